//! `claimscope export`: an article's claims taken elsewhere, as the explorer's Share panel gives
//! them: CSV for a spreadsheet, the file itself as JSON, JSON-LD for linked data. `--query` takes
//! the explorer's address (`view=claims&by=white-rex`) and exports the claims its filters match.

use std::process::ExitCode;

use claimscope_core::{export, query, UrlState};

const USAGE: &str =
    "claimscope export --csv | --json | --jsonld FILE [--query 'by=…&kind=…'] [--out OUT]";

enum Format {
    Csv,
    Json,
    JsonLd,
}

pub fn run(args: &[String]) -> ExitCode {
    let mut format = None;
    let mut file = None;
    let mut out = None;
    let mut filters = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let chosen = match arg.as_str() {
            "--csv" => Some(Format::Csv),
            "--json" => Some(Format::Json),
            "--jsonld" => Some(Format::JsonLd),
            "--out" | "--query" => {
                let Some(value) = args.next() else {
                    return usage(&format!("{arg} needs a value."));
                };
                if arg == "--out" {
                    out = Some(value.clone());
                } else {
                    filters = Some(value.clone());
                }
                None
            }
            other if other.starts_with("--") => {
                return usage(&format!("unknown option “{other}”."));
            }
            other if file.is_none() => {
                file = Some(other.to_string());
                None
            }
            other => return usage(&format!("one file at a time, not also “{other}”.")),
        };
        if chosen.is_some() {
            if format.is_some() {
                return usage("choose one of --csv, --json and --jsonld.");
            }
            format = chosen;
        }
    }
    let (Some(format), Some(file)) = (format, file) else {
        return usage("name a format (--csv, --json or --jsonld) and an article file.");
    };
    let bytes = match std::fs::read(&file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("claimscope export: cannot read {file}: {e}.");
            return ExitCode::FAILURE;
        }
    };
    let article = match claimscope_core::load(&bytes) {
        Ok(article) => article,
        Err(problems) => {
            eprintln!("claimscope export: {file} is not a valid article file:");
            for problem in problems {
                eprintln!("  {file}: {problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    let filter = filters.map(|search| UrlState::parse(&article, &search).query);
    let claims = query::run(&article, &filter.clone().unwrap_or_default()).claims;
    let text: Vec<u8> = match format {
        Format::Csv => export::csv(&article, &claims).into_bytes(),
        Format::Json if filter.is_some() => {
            return usage(
                "--json exports the whole file, exactly as it is; --query filters CSV and JSON-LD.",
            );
        }
        Format::Json => bytes,
        Format::JsonLd => {
            // The core writes compact JSON; a file for people to read is indented.
            let compact = export::json_ld(&article, &claims).to_string();
            let mut text = serde_json::from_str::<serde_json::Value>(&compact)
                .and_then(|value| serde_json::to_string_pretty(&value))
                .unwrap_or(compact);
            text.push('\n');
            text.into_bytes()
        }
    };
    let written = match &out {
        Some(path) => std::fs::write(path, &text),
        None => {
            use std::io::Write as _;
            let mut stdout = std::io::stdout();
            match stdout.write_all(&text) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other,
            }
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let place = out.as_deref().unwrap_or("standard output");
            eprintln!("claimscope export: cannot write {place}: {e}.");
            ExitCode::FAILURE
        }
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("claimscope export: {message}\nUsage: {USAGE}");
    ExitCode::from(2)
}
