//! `claimscope check`: every validation problem and integrity finding of each file, for people or
//! (with `--json`) for machines.

use std::process::ExitCode;

use claimscope_core::json::Json;
use claimscope_core::{findings, Article, Finding, Problem};

pub fn run(args: &[String]) -> ExitCode {
    let json = args.iter().any(|a| a == "--json");
    let files: Vec<&String> = args.iter().filter(|a| *a != "--json").collect();
    if files.is_empty() {
        eprintln!("claimscope check: name at least one article file.");
        return ExitCode::from(2);
    }
    let mut reports = Vec::new();
    let mut all_valid = true;
    for file in files {
        let loaded = crate::load(file);
        all_valid &= loaded.is_ok();
        if json {
            reports.push(report_json(file, &loaded));
        } else {
            print_report(file, &loaded);
        }
    }
    if json {
        let mut out = String::new();
        Json::Array(reports).write(&mut out, true);
        say!("{out}");
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn print_report(file: &str, loaded: &Result<Article, Vec<Problem>>) {
    match loaded {
        Err(problems) => {
            say!("{file}: invalid, {}", plural(problems.len(), "problem"));
            for problem in problems {
                say!("  {file}: {problem}");
            }
        }
        Ok(article) => {
            let found = findings(article);
            say!("{file}: valid, {}", plural(found.len(), "finding"));
            for finding in &found {
                say!("  [{}] {}", finding.kind.key(), finding.title);
                say!("      {}", finding.detail);
                let claims: Vec<&str> = finding
                    .claims
                    .iter()
                    .map(|c| article.claim(*c).key.as_str())
                    .collect();
                if !claims.is_empty() {
                    say!("      claims: {}", claims.join(", "));
                }
            }
        }
    }
}

fn report_json(file: &str, loaded: &Result<Article, Vec<Problem>>) -> Json<'static> {
    let text = |s: &str| Json::String(s.to_string().into());
    let mut members = vec![
        ("file".into(), text(file)),
        ("valid".into(), Json::Bool(loaded.is_ok())),
    ];
    match loaded {
        Err(problems) => {
            let problems = problems
                .iter()
                .map(|p| {
                    Json::Object(vec![
                        ("path".into(), text(&p.path)),
                        ("message".into(), text(&p.message)),
                    ])
                })
                .collect();
            members.push(("problems".into(), Json::Array(problems)));
        }
        Ok(article) => {
            let found = findings(article)
                .iter()
                .map(|f| finding_json(article, f))
                .collect();
            members.push(("problems".into(), Json::Array(Vec::new())));
            members.push(("findings".into(), Json::Array(found)));
        }
    }
    Json::Object(members)
}

fn finding_json(article: &Article, finding: &Finding) -> Json<'static> {
    let keys = |keys: Vec<&str>| {
        Json::Array(
            keys.into_iter()
                .map(|k| Json::String(k.to_string().into()))
                .collect(),
        )
    };
    Json::Object(vec![
        ("kind".into(), Json::String(finding.kind.key().into())),
        ("title".into(), Json::String(finding.title.clone().into())),
        ("detail".into(), Json::String(finding.detail.clone().into())),
        (
            "claims".into(),
            keys(
                finding
                    .claims
                    .iter()
                    .map(|c| article.claim(*c).key.as_str())
                    .collect(),
            ),
        ),
        (
            "paragraphs".into(),
            keys(
                finding
                    .paragraphs
                    .iter()
                    .map(|p| article.paragraph(*p).key.as_str())
                    .collect(),
            ),
        ),
        (
            "actors".into(),
            keys(
                finding
                    .actors
                    .iter()
                    .map(|a| article.actor(*a).key.as_str())
                    .collect(),
            ),
        ),
        (
            "sources".into(),
            keys(
                finding
                    .sources
                    .iter()
                    .map(|s| article.source(*s).key.as_str())
                    .collect(),
            ),
        ),
    ])
}

pub fn plural(n: usize, noun: &str) -> String {
    claimscope_core::integrity::count(n, noun)
}
