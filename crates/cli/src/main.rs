//! The `claimscope` command: what a newsroom runs on its article files before publishing them.

/// Prints a line to standard output, ignoring a closed pipe (`claimscope check … | head`).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod bench;
mod check;
mod compare;
mod draft;
mod export;
mod gen;
mod stats;

use std::process::ExitCode;

const USAGE: &str = "\
Usage:
  claimscope check [--json] FILE...   validate article files and list integrity findings
  claimscope stats FILE               count what an article file holds
  claimscope draft FILE.txt [--out FILE.json]
                                      draft an article file from an article's text, every
                                      claim and actor marked as drafted
  claimscope compare A.json B.json    how well B annotates A's article: precision and recall
                                      per field, A being the reference
  claimscope export --csv | --json | --jsonld FILE [--query 'by=…&kind=…'] [--out OUT]
                                      the article's claims as CSV (for spreadsheets), the
                                      file itself (JSON) or JSON-LD (schema.org Claims and
                                      Web Annotations); --query filters as the explorer's
                                      address does (CSV and JSON-LD)
  claimscope gen --claims N [--seed S] [--out FILE]
                                      write a valid synthetic article file with N claims
  claimscope bench [--sizes 1000,10000,100000] [--runs R]
                                      time loading, queries and findings on generated articles
                                      (build with --release)

Exit status: 0 when every file is valid, 1 when a file has problems, 2 on a usage error.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => check::run(&args[1..]),
        Some("stats") => stats::run(&args[1..]),
        Some("gen") => gen::run(&args[1..]),
        Some("draft") => draft::run(&args[1..]),
        Some("compare") => compare::run(&args[1..]),
        Some("export") => export::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("-h" | "--help" | "help") => {
            say!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Reads and validates one file, describing a read failure as a problem of its own.
fn load(path: &str) -> Result<claimscope_core::Article, Vec<claimscope_core::Problem>> {
    match std::fs::read(path) {
        Ok(bytes) => claimscope_core::load(&bytes),
        Err(e) => Err(vec![claimscope_core::Problem::new(
            "",
            format!("cannot read the file: {e}."),
        )]),
    }
}
