//! The drafter's first drafts of the corpus texts its rules are written for
//! (`tests/corpus/<language>/tune`), held at their floors language by language with `claimscope
//! compare --corpus`, so that no change makes one language's drafts worse unnoticed. The
//! held-back texts are scored by `scripts/drafter-scores.sh`, never held here.

mod common;

use common::{claimscope, stdout};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus");

/// Each language's floors, in per cent: claims found, claimant right, sources right, named
/// actors, named actors with all their names.
const FLOORS: [(&str, [f64; 5]); 6] = [
    ("de", [87.2, 67.0, 89.9, 82.1, 51.0]),
    ("en", [89.4, 78.8, 86.4, 71.1, 62.2]),
    ("es", [80.2, 77.3, 86.6, 93.3, 65.1]),
    ("fr", [79.5, 73.2, 79.4, 81.8, 75.7]),
    ("ru", [82.7, 67.4, 89.5, 69.0, 66.7]),
    ("uk", [87.1, 75.0, 95.5, 73.7, 64.3]),
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
