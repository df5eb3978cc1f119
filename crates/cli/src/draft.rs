//! `claimscope draft`: a first annotation of an article copied from a web page, every claim and
//! actor marked as drafted for an editor to check, written as an article file.

use std::process::ExitCode;

const USAGE: &str = "claimscope draft FILE.txt [--out FILE.json]";

pub fn run(args: &[String]) -> ExitCode {
    let (input, out) = match options(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("claimscope draft: {message}\nUsage: {USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read(&input) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("claimscope draft: cannot read {input}: {e}.");
            return ExitCode::FAILURE;
        }
    };
    let json = claimscope_core::draft::draft(&text).to_json();
    match out {
        Some(path) => {
            if let Err(e) = std::fs::write(&path, json) {
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

/// The text file to draft and where to write the draft (standard output when `None`).
fn options(args: &[String]) -> Result<(String, Option<String>), String> {
    let mut input = None;
    let mut out = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => {
                let path = args.next().ok_or("--out needs a file name.")?;
                out = Some(path.clone());
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option “{flag}”.")),
            file if input.is_none() => input = Some(file.to_string()),
            extra => return Err(format!("name one text file, not also “{extra}”.")),
        }
    }
    let input = input.ok_or("name the text file to draft.")?;
    Ok((input, out))
}
