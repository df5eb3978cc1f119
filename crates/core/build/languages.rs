//! Compiles the drafter's language files (`languages/xx.txt`, see
//! docs/drafting-languages.md) into one `|`-separated text per list and language, the form the
//! drafter's word lists take (`draft::words::Words`), so that reading them costs the WebAssembly
//! nothing but the words. English is always compiled in, the other languages with the `languages` feature. A file
//! with a line that names no list the drafter reads, an entry listed twice or a list missing
//! fails the build, with the file and the line.

use std::fmt::Write as _;
use std::path::Path;

/// The lists a language file holds, each read by the drafter.
const LISTS: &[&str] = &[
    "speech",
    "denial",
    "framing",
    "auxiliary",
    "person pronoun",
    "other pronoun",
    "first person",
    "determiner",
    "according",
    "joining",
    "and",
    "participle ending",
    "that",
    "reported",
    "title",
    "not name",
];
/// The lists a language may leave out: its grammar has no such form.
const OPTIONAL: &[&str] = &["reported"];
const OTHERS: &[&str] = &["de", "es", "fr", "ru", "uk"];

pub fn compile_all() {
    let mut languages = vec!["en"];
    if std::env::var_os("CARGO_FEATURE_LANGUAGES").is_some() {
        languages.extend(OTHERS);
    }
    for code in OTHERS.iter().chain(["en"].iter()) {
        println!("cargo:rerun-if-changed=languages/{code}.txt");
    }
    let mut out = String::from("/// Each language compiled in: its code and its lists' entries.\n");
    out.push_str("pub const LANGUAGES: &[(&str, &[(&str, &str)])] = &[\n");
    for code in &languages {
        let path = format!("languages/{code}.txt");
        let file = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&path))
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut seen: Vec<Vec<String>> = vec![Vec::new(); LISTS.len()];
        for (number, line) in file.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, entries) = line.split_once(':').unwrap_or(("", line));
            let Some(list) = LISTS.iter().position(|l| *l == name.trim()) else {
                panic!(
                    "{path}:{}: “{}” is not a list the drafter reads",
                    number + 1,
                    name.trim()
                );
            };
            for entry in entries.split('|').map(str::trim).filter(|e| !e.is_empty()) {
                if seen[list].iter().any(|e| e == entry) {
                    panic!(
                        "{path}:{}: “{entry}” is in {} twice",
                        number + 1,
                        LISTS[list]
                    );
                }
                seen[list].push(entry.to_string());
            }
        }
        let _ = writeln!(out, "    ({code:?}, &[");
        for (list, entries) in seen.iter().enumerate() {
            let optional = OPTIONAL.contains(&LISTS[list]);
            assert!(
                optional || !entries.is_empty(),
                "{path}: the list {} is missing",
                LISTS[list]
            );
            let _ = writeln!(out, "        ({:?}, {:?}),", LISTS[list], entries.join("|"));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let written = std::fs::write(Path::new(&dir).join("languages.rs"), out);
    written.unwrap_or_else(|e| panic!("cannot write the language lists: {e}"));
}
