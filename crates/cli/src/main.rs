//! The `claimscope` command: what a newsroom runs on its article files before publishing them.

/// Prints a line to standard output, ignoring a closed pipe (`claimscope check … | head`).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod args;
mod bench;
mod check;
mod compare;
mod draft;
mod export;
mod gen;
mod stats;

use std::process::ExitCode;

use args::Command;

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(mistake) => {
            eprintln!("{}", mistake.explain());
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help => {
            say!("{}", args::USAGE);
            ExitCode::SUCCESS
        }
        Command::Check { json, files } => check::run(json, &files),
        Command::Stats { file } => stats::run(&file),
        Command::Draft { text, out } => draft::run(&text, out.as_deref()),
        Command::Compare {
            reference,
            measured,
        } => compare::run(&reference, &measured),
        Command::Corpus { dir } => compare::corpus(&dir),
        Command::Export {
            format,
            file,
            query,
            out,
        } => export::run(format, &file, query.as_deref(), out.as_deref()),
        Command::Gen { claims, seed, out } => gen::run(claims, seed, out.as_deref()),
        Command::Bench { sizes, runs } => bench::run(&sizes, runs),
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
