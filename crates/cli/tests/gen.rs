//! `claimscope gen` as benchmarks and load tests use it: what it writes is a valid article of the
//! size asked for, and the same seed always gives the same bytes.

use std::process::{Command, Output};

fn claimscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimscope"))
        .args(args)
        .output()
        .expect("the command runs")
}

/// The bytes `gen` writes to standard output for `claims` claims and `seed`.
fn generated(claims: usize, seed: u64) -> Vec<u8> {
    let output = claimscope(&[
        "gen",
        "--claims",
        &claims.to_string(),
        "--seed",
        &seed.to_string(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

fn load(bytes: &[u8]) -> claimscope_core::Article {
    match claimscope_core::load(bytes) {
        Ok(article) => article,
        Err(problems) => panic!(
            "the generated file is invalid: {}",
            problems
                .iter()
                .take(5)
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

#[test]
fn a_thousand_claims_load_without_problems() {
    let article = load(&generated(1000, 7));
    assert_eq!(article.claims().len(), 1000);
    assert!(article.actors().len() >= 50);
    assert!(article.sources().iter().any(|s| !s.listed));
    assert!(article.claims().iter().any(|c| c.sources.is_empty()));
    assert!(!article.mentions().is_empty());
    assert!(!article.relations().is_empty());
    assert!(!article.events().is_empty());
    let kinds: Vec<&str> = claimscope_core::findings(&article)
        .iter()
        .map(|f| f.kind.key())
        .collect();
    for kind in [
        "unlisted-source",
        "several-names",
        "contradiction",
        "unsourced-claims",
    ] {
        assert!(kinds.contains(&kind), "no {kind} finding in {kinds:?}");
    }
}

#[test]
fn the_smallest_articles_are_valid_too() {
    for claims in [1, 2, 3, 9, 10, 49, 50] {
        let article = load(&generated(claims, 1));
        assert_eq!(article.claims().len(), claims);
    }
}

#[test]
fn the_same_seed_gives_the_same_bytes() {
    assert_eq!(generated(1000, 42), generated(1000, 42));
}

#[test]
fn different_seeds_give_different_articles() {
    assert_ne!(generated(1000, 1), generated(1000, 2));
}

#[test]
fn the_largest_article_fits_the_size_limit() {
    let bytes = generated(100_000, 1);
    assert!(
        bytes.len() <= claimscope_core::MAX_FILE_BYTES,
        "{} bytes",
        bytes.len()
    );
}

#[test]
fn out_writes_the_same_bytes_to_a_file() {
    let path = std::env::temp_dir().join(format!("claimscope-gen-{}.json", std::process::id()));
    let path_text = path.to_str().expect("a UTF-8 temporary path");
    let output = claimscope(&["gen", "--claims", "20", "--seed", "3", "--out", path_text]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    let written = std::fs::read(&path).expect("the file is written");
    std::fs::remove_file(&path).expect("the file is removed");
    assert_eq!(written, generated(20, 3));
}

#[test]
fn sizes_out_of_range_are_usage_errors() {
    for claims in ["0", "100001", "many"] {
        let output = claimscope(&["gen", "--claims", claims]);
        assert_eq!(output.status.code(), Some(2), "--claims {claims}");
    }
    assert_eq!(claimscope(&["gen"]).status.code(), Some(2));
}
