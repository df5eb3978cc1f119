//! `claimscope export`: each format as a newsroom takes it elsewhere, and the filters it follows.

mod common;

use common::{claimscope, stdout, SEED};

use serde_json::Value;

#[test]
fn json_export_is_the_file_exactly() {
    let output = claimscope(&["export", "--json", SEED]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(output.stdout, std::fs::read(SEED).unwrap());
}

#[test]
fn csv_export_has_a_row_per_claim_under_a_header() {
    let output = claimscope(&["export", "--csv", SEED]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.starts_with("\u{feff}id,paragraph,quote,summary,claimant,kind,"));
    let seed: Value = serde_json::from_slice(&std::fs::read(SEED).unwrap()).unwrap();
    let claims = seed["claims"].as_array().unwrap();
    // No seed quote or summary holds a line break, so lines are rows.
    assert_eq!(text.matches("\r\n").count(), claims.len() + 1);
    let first = text.lines().nth(1).unwrap();
    assert!(first.starts_with("incursion-may-22,1,"), "{first}");
}

#[test]
fn a_query_filters_like_the_explorers_address() {
    let output = claimscope(&[
        "export",
        "--csv",
        SEED,
        "--query",
        "view=claims&by=white-rex&kind=denial",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let ids: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|line| line.split(',').next().unwrap())
        .collect();
    assert_eq!(ids, ["rex-denies-heavy-casualties"]);
}

#[test]
fn jsonld_export_names_every_claim_and_can_go_to_a_file() {
    let dir = std::env::temp_dir().join(format!("claimscope-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("claims.jsonld");
    let output = claimscope(&["export", "--jsonld", SEED, "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    let document: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).expect("JSON");
    std::fs::remove_dir_all(dir).unwrap();
    assert_eq!(document["@context"], "https://schema.org");
    let named: Vec<&str> = document["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["@type"] == "Claim")
        .map(|n| n["identifier"].as_str().unwrap())
        .collect();
    let seed: Value = serde_json::from_slice(&std::fs::read(SEED).unwrap()).unwrap();
    let ids: Vec<&str> = seed["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(named, ids);
}

#[test]
fn usage_errors_say_what_is_wrong() {
    for args in [
        vec!["export", SEED],
        vec!["export", "--csv", "--json", SEED],
        vec!["export", "--csv", SEED, "--out"],
        vec!["export", "--xml", SEED],
        vec!["export", "--json", SEED, "--query", "by=white-rex"],
    ] {
        let output = claimscope(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("Usage: claimscope export"));
    }
    let missing = claimscope(&["export", "--csv", "/nonexistent/article.json"]);
    assert_eq!(missing.status.code(), Some(1));
}
