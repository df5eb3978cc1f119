//! `claimscope compare`: how well one annotation of an article (a draft) agrees with another
//! (the reference), as precision and recall per field; and with `--corpus`, how well the drafter
//! does on a folder of texts with gold annotations, per text, per folder and per language, so
//! that a newsroom can measure it on its own archive.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimscope_core::compare::{compare, Comparison};

pub fn run(reference: &str, measured: &str) -> ExitCode {
    let mut loaded = Vec::new();
    for file in [reference, measured] {
        match crate::load(file) {
            Ok(article) => loaded.push(article),
            Err(problems) => {
                eprintln!("claimscope compare: {file} is not a valid article file:");
                for problem in problems.iter().take(10) {
                    eprintln!("  {problem}");
                }
                return ExitCode::FAILURE;
            }
        }
    }
    if let [reference_article, measured_article] = loaded.as_slice() {
        say!("{measured} measured against {reference}:\n");
        say!("{}", compare(reference_article, measured_article));
    }
    ExitCode::SUCCESS
}

/// The figures a corpus's table gives, by the comparison's field names, with their headings.
const COLUMNS: [(&str, &str); 9] = [
    ("claims found", "claims found"),
    ("claimant", "claimant right"),
    ("sources", "sources right"),
    ("named actors", "named actors"),
    ("actor names and aliases", "all their names"),
    ("actor mentions", "all their mentions"),
    ("sources (outlets)", "sources found"),
    ("source dates", "source dates"),
    ("source listed", "source listed"),
];

pub fn corpus(dir: &str) -> ExitCode {
    let mut texts = Vec::new();
    if let Err(e) = find_texts(Path::new(dir), &mut texts) {
        eprintln!("claimscope compare: cannot read {dir}: {e}.");
        return ExitCode::FAILURE;
    }
    texts.sort();
    if texts.is_empty() {
        eprintln!("claimscope compare: {dir} holds no NAME.txt with a NAME.json beside it.");
        return ExitCode::FAILURE;
    }
    let mut rows = Vec::new();
    // Totals by folder (within the corpus) and by language, in name order.
    let mut totals: BTreeMap<String, (usize, Comparison)> = BTreeMap::new();
    for text in &texts {
        let name = text.strip_prefix(dir).unwrap_or(text).with_extension("");
        let name = name.to_string_lossy().trim_start_matches('/').to_string();
        let (language, comparison) = match score(text) {
            Ok(scored) => scored,
            Err(message) => {
                eprintln!("claimscope compare: {message}");
                return ExitCode::FAILURE;
            }
        };
        let folder = name.rsplit_once('/').map_or("", |(folder, _)| folder);
        // A folder named for its language (`de/NAME.txt`) is that language's row, counted once;
        // a text at the corpus's top has no folder's row.
        let mut groups = vec![language.as_str()];
        if !folder.is_empty() && folder != language {
            groups.push(folder);
        }
        for group in groups.into_iter().map(|group| format!("**{group}**")) {
            let entry = totals
                .entry(group)
                .or_insert_with(|| (0, Comparison { rows: Vec::new() }));
            entry.0 += 1;
            entry.1.add(&comparison);
        }
        rows.push((name, 1, comparison));
    }
    let headings: Vec<&str> = COLUMNS.iter().map(|(_, heading)| *heading).collect();
    say!("| text | texts | {} |", headings.join(" | "));
    say!("|---|---:|{}", "---:|".repeat(COLUMNS.len()));
    let totals = totals.into_iter().map(|(name, (n, c))| (name, n, c));
    for (name, count, comparison) in rows.into_iter().chain(totals) {
        let cells: Vec<String> = COLUMNS
            .iter()
            .map(|(field, _)| {
                comparison
                    .score(field)
                    .map_or("—".to_string(), |s| format!("{:.1} %", s * 100.0))
            })
            .collect();
        say!("| {name} | {count} | {} |", cells.join(" | "));
    }
    ExitCode::SUCCESS
}

/// Every `NAME.txt` under `dir`, at any depth, that has a `NAME.json` beside it.
fn find_texts(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            find_texts(&path, found)?;
        } else if path.extension().is_some_and(|e| e == "txt")
            && path.with_extension("json").is_file()
        {
            found.push(path);
        }
    }
    Ok(())
}

/// The text's draft compared with its gold annotation, and the gold's language.
fn score(text: &Path) -> Result<(String, Comparison), String> {
    let gold_path = text.with_extension("json");
    let gold = crate::load(&gold_path.to_string_lossy()).map_err(|problems| {
        let first = problems
            .first()
            .map(ToString::to_string)
            .unwrap_or_default();
        format!(
            "{} is not a valid article file: {first}",
            gold_path.display()
        )
    })?;
    let bytes = std::fs::read(text).map_err(|e| format!("cannot read {}: {e}.", text.display()))?;
    let draft = claimscope_core::draft::draft(&String::from_utf8_lossy(&bytes));
    let drafted = claimscope_core::load(draft.to_json().as_bytes())
        .map_err(|_| format!("the draft of {} is not valid.", text.display()))?;
    Ok((gold.info().language.clone(), compare(&gold, &drafted)))
}
