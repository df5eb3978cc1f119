//! The command line, read with `lexopt`: every command's options in one place, one usage text,
//! and one way to say what is wrong with what was typed (`claimscope CMD: …` and the command's
//! usage line, exit status 2).

use std::ffi::OsString;

use lexopt::prelude::*;
use lexopt::{Arg, Parser};

use crate::gen::MAX_CLAIMS;

pub const USAGE: &str = "\
Usage:
  claimscope check [--json] FILE...   validate article files and list integrity findings
  claimscope stats FILE               count what an article file holds
  claimscope draft FILE.txt [--out FILE.json]
                                      draft an article file from an article's text, every
                                      claim and actor marked as drafted
  claimscope compare A.json B.json    how well B annotates A's article: precision and recall
                                      per field, A being the reference
  claimscope compare --corpus DIR     draft every NAME.txt under DIR that has a NAME.json
                                      beside it, and score each draft against that gold
                                      annotation: per text, per folder and per language
  claimscope export --csv | --json | --jsonld FILE [--query 'by=…&kind=…'] [--out OUT]
                                      the article's claims as CSV (for spreadsheets), the
                                      file itself (JSON) or JSON-LD (schema.org Claims and
                                      Web Annotations); --query filters as the explorer's
                                      address does (CSV and JSON-LD)
  claimscope gen --claims N [--seed S] [--out FILE]
                                      write a valid synthetic article file with N claims
                                      (N from 1 to 100000)
  claimscope bench [--sizes 1000,10000,100000] [--runs R]
                                      time loading, queries and findings on generated articles
                                      (build with --release)

Exit status: 0 when every file is valid, 1 when a file has problems, 2 on a usage error.";

/// What `claimscope export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    JsonLd,
}

/// A command and its options, as typed.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    Check {
        json: bool,
        files: Vec<String>,
    },
    Stats {
        file: String,
    },
    Draft {
        text: String,
        out: Option<String>,
    },
    Compare {
        reference: String,
        measured: String,
    },
    Corpus {
        dir: String,
    },
    Export {
        format: Format,
        file: String,
        query: Option<String>,
        out: Option<String>,
    },
    Gen {
        claims: usize,
        seed: u64,
        out: Option<String>,
    },
    Bench {
        sizes: Vec<usize>,
        runs: usize,
    },
}

/// What was wrong with the command line: which command (if one was named) and why.
#[derive(Debug)]
pub struct Mistake {
    command: Option<String>,
    message: String,
}

impl Mistake {
    /// The message to print: what is wrong, then how the command is used.
    pub fn explain(&self) -> String {
        let Some(command) = &self.command else {
            return format!("claimscope: {}\n\n{USAGE}", self.message);
        };
        let start = format!("  claimscope {command} ");
        let usage: Vec<&str> = USAGE
            .lines()
            .skip_while(|line| !line.starts_with(&start))
            .enumerate()
            .take_while(|(i, line)| *i == 0 || line.starts_with("      "))
            .map(|(i, line)| if i == 0 { line.trim() } else { line })
            .collect();
        format!(
            "claimscope {command}: {}\nUsage: {}",
            self.message,
            usage.join("\n")
        )
    }
}

/// Reads the arguments after the program's name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, Mistake> {
    let mut parser = Parser::from_args(args);
    let command = match parser.next() {
        Ok(Some(Arg::Value(command))) => command.string().map_err(|e| mistake(None, e))?,
        Ok(Some(Arg::Short('h') | Arg::Long("help"))) => return Ok(Command::Help),
        Ok(None) => return Err(said(None, "name a command.")),
        Ok(Some(other)) => {
            return Err(said(
                None,
                format!("{} is not a command.", other.unexpected()),
            ))
        }
        Err(e) => return Err(mistake(None, e)),
    };
    let name = Some(command.as_str());
    let read = match command.as_str() {
        "help" => Ok(Command::Help),
        "check" => check(&mut parser),
        "stats" => stats(&mut parser),
        "draft" => draft(&mut parser),
        "compare" => compare(&mut parser),
        "export" => export(&mut parser),
        "gen" => gen(&mut parser),
        "bench" => bench(&mut parser),
        other => return Err(said(None, format!("“{other}” is not a command."))),
    };
    read.map_err(|e| match e {
        Problem::Lexopt(e) => mistake(name, e),
        Problem::Said(message) => said(name, message),
    })
}

/// Why one command's options could not be read.
enum Problem {
    Lexopt(lexopt::Error),
    Said(String),
}

impl From<lexopt::Error> for Problem {
    fn from(e: lexopt::Error) -> Problem {
        Problem::Lexopt(e)
    }
}

impl From<&str> for Problem {
    fn from(message: &str) -> Problem {
        Problem::Said(message.to_string())
    }
}

impl From<String> for Problem {
    fn from(message: String) -> Problem {
        Problem::Said(message)
    }
}

fn mistake(command: Option<&str>, e: lexopt::Error) -> Mistake {
    said(command, format!("{e}."))
}

fn said(command: Option<&str>, message: impl Into<String>) -> Mistake {
    Mistake {
        command: command.map(str::to_string),
        message: message.into(),
    }
}

/// The values of a command that takes only file names.
fn files(parser: &mut Parser) -> Result<Vec<String>, Problem> {
    let mut files = Vec::new();
    while let Some(arg) = parser.next()? {
        match arg {
            Value(file) => files.push(file.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    Ok(files)
}

fn check(parser: &mut Parser) -> Result<Command, Problem> {
    let (mut json, mut files) = (false, Vec::new());
    while let Some(arg) = parser.next()? {
        match arg {
            Long("json") => json = true,
            Value(file) => files.push(file.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    if files.is_empty() {
        return Err("name at least one article file.".into());
    }
    Ok(Command::Check { json, files })
}

fn stats(parser: &mut Parser) -> Result<Command, Problem> {
    match files(parser)?.as_slice() {
        [file] => Ok(Command::Stats { file: file.clone() }),
        _ => Err("name one article file.".into()),
    }
}

fn draft(parser: &mut Parser) -> Result<Command, Problem> {
    let (mut text, mut out) = (None, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("out") => out = Some(parser.value()?.string()?),
            Value(file) if text.is_none() => text = Some(file.string()?),
            Value(extra) => {
                return Err(format!(
                    "name one text file, not also “{}”.",
                    extra.to_string_lossy()
                )
                .into())
            }
            other => return Err(other.unexpected().into()),
        }
    }
    let text = text.ok_or("name the text file to draft.")?;
    Ok(Command::Draft { text, out })
}

fn compare(parser: &mut Parser) -> Result<Command, Problem> {
    let (mut corpus, mut files) = (None, Vec::new());
    while let Some(arg) = parser.next()? {
        match arg {
            Long("corpus") => corpus = Some(parser.value()?.string()?),
            Value(file) => files.push(file.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    if let Some(dir) = corpus {
        return match files.is_empty() {
            true => Ok(Command::Corpus { dir }),
            false => Err("name either two article files or --corpus DIR.".into()),
        };
    }
    match files.as_slice() {
        [reference, measured] => Ok(Command::Compare {
            reference: reference.clone(),
            measured: measured.clone(),
        }),
        _ => Err("name two article files.".into()),
    }
}

fn export(parser: &mut Parser) -> Result<Command, Problem> {
    let (mut format, mut file, mut query, mut out) = (None, None, None, None);
    while let Some(arg) = parser.next()? {
        let chosen = match arg {
            Long("csv") => Format::Csv,
            Long("json") => Format::Json,
            Long("jsonld") => Format::JsonLd,
            Long("out") => {
                out = Some(parser.value()?.string()?);
                continue;
            }
            Long("query") => {
                query = Some(parser.value()?.string()?);
                continue;
            }
            Value(value) if file.is_none() => {
                file = Some(value.string()?);
                continue;
            }
            Value(extra) => {
                return Err(format!(
                    "one file at a time, not also “{}”.",
                    extra.to_string_lossy()
                )
                .into())
            }
            other => return Err(other.unexpected().into()),
        };
        if format.replace(chosen).is_some() {
            return Err("choose one of --csv, --json and --jsonld.".into());
        }
    }
    let (Some(format), Some(file)) = (format, file) else {
        return Err("name a format (--csv, --json or --jsonld) and an article file.".into());
    };
    if format == Format::Json && query.is_some() {
        return Err(
            "--json exports the whole file, exactly as it is; --query filters CSV and JSON-LD."
                .into(),
        );
    }
    Ok(Command::Export {
        format,
        file,
        query,
        out,
    })
}

/// A whole number from `range`, the value of `flag`.
fn whole(
    flag: &str,
    value: &str,
    range: std::ops::RangeInclusive<usize>,
) -> Result<usize, Problem> {
    match value.trim().parse::<usize>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(format!(
            "{flag} takes whole numbers from {} to {}, not “{value}”.",
            range.start(),
            range.end()
        )
        .into()),
    }
}

fn gen(parser: &mut Parser) -> Result<Command, Problem> {
    let (mut claims, mut seed, mut out) = (None, 1, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("claims") => {
                claims = Some(whole(
                    "--claims",
                    &parser.value()?.string()?,
                    1..=MAX_CLAIMS,
                )?)
            }
            Long("seed") => seed = parser.value()?.parse()?,
            Long("out") => out = Some(parser.value()?.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let claims = claims.ok_or("say how many claims with --claims N.")?;
    Ok(Command::Gen { claims, seed, out })
}

fn bench(parser: &mut Parser) -> Result<Command, Problem> {
    let (mut sizes, mut runs) = (vec![1_000, 10_000, 100_000], 15);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("sizes") => {
                let value = parser.value()?.string()?;
                sizes = value
                    .split(',')
                    .map(|size| whole("--sizes", size, 1..=MAX_CLAIMS))
                    .collect::<Result<_, _>>()?;
            }
            Long("runs") => runs = whole("--runs", &parser.value()?.string()?, 1..=10_000)?,
            other => return Err(other.unexpected().into()),
        }
    }
    Ok(Command::Bench { sizes, runs })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Result<Command, String> {
        parse(line.split_whitespace().map(OsString::from)).map_err(|m| m.explain())
    }

    #[test]
    fn commands_and_their_options_are_read() {
        assert_eq!(
            read("check --json a.json b.json").ok(),
            Some(Command::Check {
                json: true,
                files: vec!["a.json".into(), "b.json".into()]
            })
        );
        assert_eq!(
            read("export a.json --jsonld --query by=x --out=o.jsonld").ok(),
            Some(Command::Export {
                format: Format::JsonLd,
                file: "a.json".into(),
                query: Some("by=x".into()),
                out: Some("o.jsonld".into())
            })
        );
        assert_eq!(
            read("gen --claims 20 --seed 3").ok(),
            Some(Command::Gen {
                claims: 20,
                seed: 3,
                out: None
            })
        );
        assert_eq!(read("--help").ok(), Some(Command::Help));
    }

    #[test]
    fn a_mistake_says_what_is_wrong_and_how_the_command_is_used() {
        let said = read("check --jsonn a.json").expect_err("an unknown option");
        assert!(
            said.starts_with("claimscope check: invalid option '--jsonn'."),
            "{said}"
        );
        assert!(
            said.contains("Usage: claimscope check [--json] FILE..."),
            "{said}"
        );
        let said = read("gen --claims 0").expect_err("out of range");
        assert!(
            said.contains("--claims takes whole numbers from 1 to 100000, not “0”."),
            "{said}"
        );
        assert!(
            said.contains("Usage: claimscope gen --claims N [--seed S] [--out FILE]\n"),
            "{said}"
        );
        let said = read("frobnicate").expect_err("no such command");
        assert!(
            said.starts_with("claimscope: “frobnicate” is not a command.\n\nUsage:"),
            "{said}"
        );
    }
}
