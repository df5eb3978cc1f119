//! `claimscope check`: every validation problem of each file, or for a valid file its editorial
//! gaps (warnings) and the integrity findings a reader will see; for people or (with `--json`) for
//! machines.

use std::process::ExitCode;

use claimscope_core::format::warnings;
use claimscope_core::view::count;
use claimscope_core::{findings, Article, Finding, Problem};
use serde_json::{json, Value};

pub fn run(json: bool, files: &[String]) -> ExitCode {
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
        let out = serde_json::to_string_pretty(&reports).unwrap_or_default();
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
            say!("{file}: invalid, {}", count(problems.len(), "problem"));
            for problem in problems {
                say!("  {file}: {problem}");
            }
        }
        Ok(article) => {
            let found = findings(article);
            let gaps = warnings(article);
            say!(
                "{file}: valid, {}, {}",
                count(found.len(), "finding"),
                count(gaps.len(), "warning")
            );
            for gap in &gaps {
                say!("  {file}: warning: {gap}");
            }
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

fn report_json(file: &str, loaded: &Result<Article, Vec<Problem>>) -> Value {
    let problems = |problems: &[Problem]| -> Vec<Value> {
        problems
            .iter()
            .map(|p| json!({ "path": p.path, "message": p.message }))
            .collect()
    };
    match loaded {
        Err(found) => json!({ "file": file, "valid": false, "problems": problems(found) }),
        Ok(article) => {
            let found: Vec<Value> = findings(article)
                .iter()
                .map(|f| finding_json(article, f))
                .collect();
            json!({
                "file": file,
                "valid": true,
                "problems": [],
                "warnings": problems(&warnings(article)),
                "findings": found,
            })
        }
    }
}

fn finding_json(article: &Article, finding: &Finding) -> Value {
    let claims: Vec<&str> = finding
        .claims
        .iter()
        .map(|&c| article.claim(c).key.as_str())
        .collect();
    let paragraphs: Vec<&str> = finding
        .paragraphs
        .iter()
        .map(|&p| article.paragraph(p).key.as_str())
        .collect();
    let actors: Vec<&str> = finding
        .actors
        .iter()
        .map(|&a| article.actor(a).key.as_str())
        .collect();
    let sources: Vec<&str> = finding
        .sources
        .iter()
        .map(|&s| article.source(s).key.as_str())
        .collect();
    json!({
        "kind": finding.kind.key(),
        "title": finding.title,
        "detail": finding.detail,
        "claims": claims,
        "paragraphs": paragraphs,
        "actors": actors,
        "sources": sources,
    })
}
