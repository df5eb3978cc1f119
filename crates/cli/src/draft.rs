//! `claimscope draft`: a first annotation of an article copied from a web page, every claim and
//! actor marked as drafted for an editor to check, written as an article file.

use std::process::ExitCode;

pub fn run(input: &str, out: Option<&str>) -> ExitCode {
    let text = match std::fs::read(input) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("claimscope draft: cannot read {input}: {e}.");
            return ExitCode::FAILURE;
        }
    };
    let json = claimscope_core::draft::draft(&text).to_json();
    match out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, json) {
                eprintln!("claimscope draft: cannot write {path}: {e}.");
                return ExitCode::FAILURE;
            }
        }
        None => {
            use std::io::Write as _;
            let _ = std::io::stdout().write_all(json.as_bytes());
        }
    }
    ExitCode::SUCCESS
}
