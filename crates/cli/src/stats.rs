//! `claimscope stats`: how much an article file holds, at a glance.

use std::process::ExitCode;

use claimscope_core::{findings, ClaimKind, Vocabulary};

pub fn run(file: &str) -> ExitCode {
    let article = match crate::load(file) {
        Ok(article) => article,
        Err(problems) => {
            eprintln!(
                "{file}: invalid, {} (run claimscope check)",
                claimscope_core::view::count(problems.len(), "problem")
            );
            return ExitCode::FAILURE;
        }
    };
    let claims = article.claims();
    say!("{}", article.info().title);
    say!("paragraphs  {:>6}", article.paragraphs().len());
    say!("actors      {:>6}", article.actors().len());
    say!("mentions    {:>6}", article.mentions().len());
    say!(
        "sources     {:>6}  ({} not in the reference list)",
        article.sources().len(),
        article.sources().iter().filter(|s| !s.listed).count()
    );
    say!(
        "claims      {:>6}  ({} without a source)",
        claims.len(),
        claims.iter().filter(|c| c.sources.is_empty()).count()
    );
    for &(kind, key) in ClaimKind::ALL {
        say!(
            "  {key:<10}{:>6}",
            claims.iter().filter(|c| c.kind == kind).count()
        );
    }
    say!("relations   {:>6}", article.relations().len());
    say!("events      {:>6}", article.events().len());
    say!("findings    {:>6}", findings(&article).len());
    ExitCode::SUCCESS
}
