//! `claimscope stats`: how much an article file holds, at a glance.

use std::process::ExitCode;

use claimscope_core::{findings, ClaimKind, Vocabulary};

pub fn run(args: &[String]) -> ExitCode {
    let [file] = args else {
        eprintln!("claimscope stats: name one article file.");
        return ExitCode::from(2);
    };
    let article = match crate::load(file) {
        Ok(article) => article,
        Err(problems) => {
            eprintln!(
                "{file}: invalid, {} (run claimscope check)",
                crate::check::plural(problems.len(), "problem")
            );
            return ExitCode::FAILURE;
        }
    };
    let claims = article.claims();
    println!("{}", article.info().title);
    println!("paragraphs  {:>6}", article.paragraphs().len());
    println!("actors      {:>6}", article.actors().len());
    println!("mentions    {:>6}", article.mentions().len());
    println!(
        "sources     {:>6}  ({} not in the reference list)",
        article.sources().len(),
        article.sources().iter().filter(|s| !s.listed).count()
    );
    println!(
        "claims      {:>6}  ({} without a source)",
        claims.len(),
        claims.iter().filter(|c| c.sources.is_empty()).count()
    );
    for &(kind, key) in ClaimKind::ALL {
        println!(
            "  {key:<10}{:>6}",
            claims.iter().filter(|c| c.kind == kind).count()
        );
    }
    println!("relations   {:>6}", article.relations().len());
    println!("events      {:>6}", article.events().len());
    println!("findings    {:>6}", findings(&article).len());
    ExitCode::SUCCESS
}
