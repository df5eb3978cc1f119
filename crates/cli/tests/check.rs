//! The `claimscope` command as a newsroom runs it: exit codes, readable reports, and JSON output.

mod common;

use common::{claimscope, stdout, SEED};

use serde_json::Value;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/harbour.json"
);

#[test]
fn checking_the_seed_passes_and_lists_its_findings() {
    let output = claimscope(&["check", SEED]);
    assert_eq!(output.status.code(), Some(0));
    let report = stdout(&output);
    assert!(
        report.contains("[unlisted-source] Il Post is cited but missing from the reference list"),
        "{report}"
    );
    assert!(
        report
            .contains("[several-names] Freedom of Russia Legion is called by different full names"),
        "{report}"
    );
}

#[test]
fn a_broken_file_fails_with_every_problem_and_its_path() {
    let dir = std::env::temp_dir().join(format!("claimscope-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.json");
    let text = std::fs::read_to_string(EXAMPLE)
        .unwrap()
        .replace("\"kind\": \"denial\"", "\"kind\": \"rumour\"");
    std::fs::write(&broken, text).unwrap();
    let broken = broken.to_str().unwrap();
    let output = claimscope(&["check", SEED, broken]);
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    assert!(
        report.contains(&format!("{broken}: invalid, 1 problem")),
        "{report}"
    );
    assert!(
        report.contains(&format!(
            "  {broken}: claims[2].kind: “rumour” is not a known claim kind"
        )),
        "{report}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn json_output_is_machine_readable() {
    let output = claimscope(&["check", "--json", EXAMPLE, "/nonexistent/article.json"]);
    assert_eq!(output.status.code(), Some(1));
    let reports: Value = serde_json::from_slice(&output.stdout).expect("the output is JSON");
    assert_eq!(reports[0]["valid"], Value::Bool(true));
    let kinds: Vec<&Value> = reports[0]["findings"]
        .as_array()
        .expect("a valid file has findings")
        .iter()
        .map(|f| &f["kind"])
        .collect();
    assert_eq!(
        kinds,
        ["unlisted-source", "contradiction", "unsourced-claims"]
    );
    assert_eq!(reports[0]["warnings"], serde_json::json!([]));
    assert_eq!(reports[1]["valid"], Value::Bool(false));
    assert_eq!(
        reports[1]["problems"][0]["message"]
            .as_str()
            .map(|m| m.starts_with("cannot read the file")),
        Some(true)
    );
}

#[test]
fn a_syntax_error_is_placed_by_line_and_column() {
    let dir = std::env::temp_dir().join(format!("claimscope-syntax-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(
        &broken,
        "{\n  \"format\": \"claimscope/1\"\n  \"article\": {}\n}",
    )
    .unwrap();
    let output = claimscope(&["check", "--json", broken.to_str().unwrap()]);
    let reports: Value = serde_json::from_slice(&output.stdout).expect("the output is JSON");
    assert_eq!(
        reports[0]["problems"],
        serde_json::json!([{
            "path": "line 3, column 3",
            "message": "expected ',' or '}' in an object."
        }])
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_unknown_option_is_a_usage_error_not_a_missing_file() {
    let output = claimscope(&["check", "--jsonn", EXAMPLE]);
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("invalid option '--jsonn'"), "{said}");
    assert!(output.stdout.is_empty());
}

#[test]
fn editorial_gaps_are_warnings_of_a_valid_file() {
    let dir = std::env::temp_dir().join(format!("claimscope-gaps-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut value: Value =
        serde_json::from_str(&std::fs::read_to_string(SEED).unwrap()).expect("JSON");
    value["claims"][0]["subjects"] = serde_json::json!([]);
    let gaps = dir.join("gaps.json");
    std::fs::write(&gaps, value.to_string()).unwrap();
    let output = claimscope(&["check", gaps.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(report.contains("valid, 10 findings, 1 warning"), "{report}");
    assert!(
        report.contains("warning: claims[0].subjects: the claim is about no actor"),
        "{report}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn stats_counts_what_the_file_holds() {
    let output = claimscope(&["stats", SEED]);
    assert_eq!(output.status.code(), Some(0));
    let report = stdout(&output);
    assert!(
        report
            .lines()
            .any(|l| l.starts_with("sources") && l.contains("(1 not in the reference list)")),
        "{report}"
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(claimscope(&[]).status.code(), Some(2));
    assert_eq!(claimscope(&["check"]).status.code(), Some(2));
}
