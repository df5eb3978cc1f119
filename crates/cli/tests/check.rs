//! The `claimscope` command as a newsroom runs it: exit codes, readable reports, and JSON output.

use std::process::{Command, Output};

use claimscope_core::json::Json;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/belgorod-incursions.json"
);
const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/harbour.json"
);

fn claimscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimscope"))
        .args(args)
        .output()
        .expect("the command runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

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
        report.contains("[several-names] Freedom of Russia Legion is called by 2 different names"),
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
    let reports = Json::parse(&output.stdout).expect("the output is JSON");
    let Json::Array(reports) = reports else {
        panic!("expected a list of reports")
    };
    assert_eq!(reports[0].get("valid"), Some(&Json::Bool(true)));
    let kinds: Vec<&Json> = match reports[0].get("findings") {
        Some(Json::Array(findings)) => findings.iter().filter_map(|f| f.get("kind")).collect(),
        _ => panic!("a valid file has findings"),
    };
    let expected =
        ["unlisted-source", "contradiction", "unsourced-claims"].map(|k| Json::String(k.into()));
    assert_eq!(kinds, expected.iter().collect::<Vec<_>>());
    assert_eq!(reports[1].get("valid"), Some(&Json::Bool(false)));
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
