//! `claimscope draft` and `claimscope compare` as a newsroom runs them: a text in, an article
//! file out that `check` accepts; two annotations in, a table of precision and recall out; and
//! the drafter's scores on the corpus held at their floors.

mod common;

use common::{claimscope, stdout, SEED};

const SEED_TEXT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../core/tests/texts/belgorod-incursions.txt"
);

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("claimscope-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn drafting_the_seed_writes_a_file_that_checks() {
    let output = claimscope(&["draft", SEED_TEXT]);
    assert_eq!(output.status.code(), Some(0));
    let json = stdout(&output);
    assert!(
        json.starts_with("{\n  \"format\": \"claimscope/1\""),
        "{json}"
    );
    assert!(json.contains("\"drafted\": true"));
    let dir = scratch("draft");
    let out = dir.join("seed.json");
    let output = claimscope(&["draft", SEED_TEXT, "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), json);
    let checked = claimscope(&["check", out.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(0), "{}", stdout(&checked));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn draft_usage_errors_and_unreadable_files() {
    assert_eq!(claimscope(&["draft"]).status.code(), Some(2));
    assert_eq!(
        claimscope(&["draft", SEED_TEXT, "--out"]).status.code(),
        Some(2)
    );
    assert_eq!(
        claimscope(&["draft", SEED_TEXT, "--pretty"]).status.code(),
        Some(2)
    );
    assert_eq!(
        claimscope(&["draft", SEED_TEXT, SEED_TEXT]).status.code(),
        Some(2)
    );
    let missing = claimscope(&["draft", "/nonexistent/article.txt"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
}

#[test]
fn comparing_an_annotation_with_itself_agrees_on_every_field() {
    let output = claimscope(&["compare", SEED, SEED]);
    assert_eq!(output.status.code(), Some(0));
    let table = stdout(&output);
    assert!(table.contains("field"), "{table}");
    for field in [
        "claims found",
        "claimant",
        "sources",
        "kind",
        "subjects",
        "actors",
        "source dates",
        "source listed",
    ] {
        let line = table
            .lines()
            .find(|l| l.starts_with(field))
            .unwrap_or_else(|| panic!("no row {field}: {table}"));
        assert!(
            line.contains("100.0%   100.0%") || line.contains("100.0%  100.0%"),
            "{line}"
        );
    }
}

#[test]
fn comparing_a_draft_with_the_seeds_annotation_reports_recall() {
    let dir = scratch("compare");
    let out = dir.join("draft.json");
    claimscope(&["draft", SEED_TEXT, "--out", out.to_str().unwrap()]);
    let output = claimscope(&["compare", SEED, out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    let table = stdout(&output);
    let found = table
        .lines()
        .find(|l| l.starts_with("claims found"))
        .unwrap();
    assert!(found.split_whitespace().nth(2) == Some("39"), "{found}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn compare_usage_errors_and_invalid_files() {
    assert_eq!(claimscope(&["compare", SEED]).status.code(), Some(2));
    assert_eq!(
        claimscope(&["compare", SEED, SEED, SEED]).status.code(),
        Some(2)
    );
    let invalid = claimscope(&["compare", SEED, SEED_TEXT]);
    assert_eq!(invalid.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&invalid.stderr).contains("is not a valid article file"));
}

#[test]
fn compare_corpus_scores_each_text_and_totals_each_folder_and_language() {
    let dir = scratch("corpus");
    for (folder, name) in [("en/tune", "seed"), ("en/held", "again")] {
        std::fs::create_dir_all(dir.join(folder)).unwrap();
        std::fs::copy(SEED_TEXT, dir.join(folder).join(format!("{name}.txt"))).unwrap();
        std::fs::copy(SEED, dir.join(folder).join(format!("{name}.json"))).unwrap();
    }
    // A text without a gold annotation beside it is no part of the corpus.
    std::fs::write(dir.join("en/notes.txt"), "Notes.").unwrap();
    let output = claimscope(&["compare", "--corpus", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    let table = stdout(&output);
    let rows: Vec<&str> = table.lines().filter(|l| l.starts_with("| ")).collect();
    let names: Vec<&str> = rows
        .iter()
        .filter_map(|row| row.split(" | ").next())
        .collect();
    assert_eq!(
        names,
        [
            "| text",
            "| en/held/again",
            "| en/tune/seed",
            "| **en**",
            "| **en/held**",
            "| **en/tune**"
        ]
    );
    // The same text twice: each folder's figures are the language's.
    let figures = |name: &str| {
        let row = rows.iter().find(|r| r.starts_with(name)).unwrap();
        row.split(" | ").skip(2).collect::<Vec<_>>().join("|")
    };
    assert_eq!(figures("| **en** "), figures("| **en/tune** "));
    assert!(figures("| en/tune/seed ").starts_with("89.7 %"), "{table}");
    assert_eq!(
        claimscope(&["compare", "--corpus", dir.to_str().unwrap(), SEED])
            .status
            .code(),
        Some(2)
    );
    let empty = scratch("empty-corpus");
    assert_eq!(
        claimscope(&["compare", "--corpus", empty.to_str().unwrap()])
            .status
            .code(),
        Some(1)
    );
    std::fs::remove_dir_all(dir).unwrap();
    std::fs::remove_dir_all(empty).unwrap();
}

#[test]
fn compare_corpus_counts_a_folder_named_for_its_language_once() {
    let dir = scratch("corpus-by-language");
    std::fs::create_dir_all(dir.join("en")).unwrap();
    for (folder, name) in [("en", "one"), ("en", "two"), ("", "top")] {
        std::fs::copy(SEED_TEXT, dir.join(folder).join(format!("{name}.txt"))).unwrap();
        std::fs::copy(SEED, dir.join(folder).join(format!("{name}.json"))).unwrap();
    }
    let output = claimscope(&["compare", "--corpus", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    let table = stdout(&output);
    let counts: Vec<(&str, &str)> = table
        .lines()
        .skip(2)
        .filter_map(|row| {
            let mut cells = row.split(" | ");
            Some((cells.next()?, cells.next()?))
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("| en/one", "1"),
            ("| en/two", "1"),
            ("| top", "1"),
            ("| **en**", "3")
        ],
        "{table}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus");

/// Each language's floors on its tuned corpus texts (`tests/corpus/<language>/tune`), held so
/// that no change makes one language's first drafts worse unnoticed; the held-back texts are
/// scored by `scripts/drafter-scores.sh`, never held here. In per cent: claims found, claimant
/// right, sources right, named actors, named actors with all their names, and with all their
/// mentions, sources found. (French annotations list a surname the text writes only after a
/// title or a given name, “Vasseur” beside “M. Vasseur”, as most others do not: its names
/// column fell with the drafter's keeping to the names the text writes alone.)
const FLOORS: [(&str, [f64; 7]); 6] = [
    ("de", [89.7, 85.3, 96.2, 88.2, 81.2, 79.7, 100.0]),
    ("en", [91.3, 86.8, 91.0, 91.2, 75.0, 76.5, 76.9]),
    ("es", [85.6, 86.9, 92.7, 96.8, 85.7, 91.4, 92.3]),
    ("fr", [89.3, 90.5, 89.2, 93.2, 75.9, 73.6, 64.3]),
    ("ru", [86.6, 79.8, 89.9, 80.4, 83.3, 88.4, 90.9]),
    ("uk", [91.3, 83.3, 94.4, 90.0, 75.5, 77.3, 62.5]),
];

#[test]
fn each_languages_tuned_texts_draft_at_or_above_their_floors() {
    let output = claimscope(&["compare", "--corpus", CORPUS]);
    assert_eq!(output.status.code(), Some(0));
    let table = stdout(&output);
    for (language, floors) in FLOORS {
        let label = format!("| **{language}/tune** |");
        let row = table
            .lines()
            .find(|line| line.starts_with(&label))
            .unwrap_or_else(|| panic!("no row {label} in\n{table}"));
        // The row's cells after its name and its count of texts: “87.2 %”, ….
        let figures: Vec<f64> = row
            .split('|')
            .skip(3)
            .filter_map(|cell| cell.trim().trim_end_matches('%').trim().parse().ok())
            .collect();
        for (at, floor) in floors.iter().enumerate() {
            let figure = figures.get(at).copied().unwrap_or(f64::NAN);
            assert!(
                figure >= *floor,
                "{language}: column {} is {figure} %, below its floor {floor} %\n{row}",
                at + 1
            );
        }
    }
}
