//! `claimscope export`: an article's claims taken elsewhere, as the explorer's Share panel gives
//! them: CSV for a spreadsheet, the file itself as JSON, JSON-LD for linked data. `--query` takes
//! the explorer's address (`view=claims&by=white-rex`) and exports the claims its filters match.

use std::process::ExitCode;

use claimscope_core::i18n::Locale;
use claimscope_core::{export, query, UrlState};

use crate::args::Format;

pub fn run(format: Format, file: &str, filters: Option<&str>, out: Option<&str>) -> ExitCode {
    let bytes = match std::fs::read(file) {
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
    let filter = filters.map(|search| UrlState::parse(&article, search).query);
    let claims = query::run(&article, &filter.clone().unwrap_or_default()).claims;
    let text: Vec<u8> = match format {
        Format::Csv => export::csv(&article, &claims, Locale::ENGLISH).into_bytes(),
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
    let written = match out {
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
            let place = out.unwrap_or("standard output");
            eprintln!("claimscope export: cannot write {place}: {e}.");
            ExitCode::FAILURE
        }
    }
}
