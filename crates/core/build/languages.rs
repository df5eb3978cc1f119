//! Compiles the drafter's language files (`languages/xx.txt`, see docs/drafting-languages.md,
//! read by `draft::language_file`, which this build includes) into one `|`-separated text per
//! list and language, the form the drafter's word lists take (`draft::words::Words`), so that
//! reading them costs the WebAssembly nothing but the words. English is always compiled in, the
//! other languages with the `languages` feature; every build carries each language's small words
//! and letters, which tell a text's language, its months, which a reference in it may date a source by in a
//! text in any language, and the name of its file beside the page, which the editor fetches. A
//! file with a mistake fails the build, with the file and the line.

use std::fmt::Write as _;
use std::path::Path;

#[path = "../src/draft/language_file.rs"]
mod language_file;

use language_file::LISTS;

/// The lists whose words tell a text's language: small words every text uses (articles,
/// pronouns, conjunctions, auxiliaries, “that”), few enough that every build carries each
/// language's.
const SMALL: [&str; 9] = [
    "determiner",
    "and",
    "that",
    "joining",
    "person pronoun",
    "other pronoun",
    "first person",
    "auxiliary",
    "small word",
];

/// How many of a language's verbs of speech (the commonest come first) tell its texts too.
const SPEECH: usize = 12;
const OTHERS: &[&str] = &["de", "es", "fr", "ru", "uk"];

pub fn compile_all() {
    let all_compiled = std::env::var_os("CARGO_FEATURE_LANGUAGES").is_some();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("languages");
    let mut compiled = String::from(
        "/// Each language compiled in: its code and its lists' entries, in `LISTS`' order.\n",
    );
    compiled.push_str("pub const LANGUAGES: &[(&str, &[&str])] = &[\n");
    let mut codes = String::from("/// The code of each language compiled in, as in `LANGUAGES`.\n");
    codes.push_str("pub const COMPILED: &[&str] = &[\n");
    let mut known = String::from(
        "/// Every language with a file: its code and the file's name beside the page.\n",
    );
    known.push_str("pub const KNOWN: &[(&str, &str)] = &[\n");
    let mut detection = String::from(
        "/// Every language's small words and letters, which tell a text's language.\n",
    );
    detection.push_str("pub const DETECTION: &[(&str, &str, &str)] = &[\n");
    let mut months = String::from(
        "/// Every language's months, January first, each with its forms apart by `/`.\n",
    );
    months.push_str("pub const MONTHS: &[&str] = &[\n");
    let mut writers = String::from(
        "/// Every language's name for the writer of a text without a byline (its list `writer`).\n",
    );
    writers.push_str("pub const WRITERS: &[&str] = &[\n");
    let mut names = String::from("/// Every language's name in itself, as its file's first line gives it (`# Deutsch (German): …`).\n");
    names.push_str("pub const NAMES: &[&str] = &[\n");
    let mut files =
        String::from("/// Every language's file as written, to serve beside the page.\n");
    files.push_str("#[cfg(feature = \"languages\")]\npub const FILES: &[(&str, &str)] = &[\n");
    let mut english_writer = String::new();
    for code in ["en"].iter().chain(OTHERS) {
        let path = dir.join(format!("{code}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("languages/{code}.txt: {e}"));
        let lists =
            language_file::read(&text).unwrap_or_else(|e| panic!("languages/{code}.txt: {e}"));
        if *code == "en" || all_compiled {
            let _ = writeln!(compiled, "    ({code:?}, &{lists:?}),");
            let _ = writeln!(codes, "    {code:?},");
        }
        let _ = writeln!(
            known,
            "    ({code:?}, \"drafter-{code}-{:08x}.txt\"),",
            super::fnv(&text)
        );
        let mut small: Vec<&str> = SMALL
            .iter()
            .filter_map(|name| LISTS.iter().position(|l| l == name))
            .map(|at| lists[at].as_str())
            .filter(|entries| !entries.is_empty())
            .collect();
        // And the commonest verbs of speech, which a file lists first: a one-line quotation
        // with “dijo” after it has no other word to tell its language by.
        let speech = lists[0]
            .split('|')
            .take(SPEECH)
            .collect::<Vec<_>>()
            .join("|");
        small.push(&speech);
        let letters = LISTS
            .iter()
            .position(|l| *l == "letter")
            .map_or("", |at| lists[at].as_str());
        let _ = writeln!(
            detection,
            "    ({code:?}, {:?}, {letters:?}),",
            small.join("|")
        );
        let writer = LISTS.iter().position(|l| *l == "writer");
        let writer = writer.and_then(|at| lists[at].split('|').next());
        // English's serves a language whose file names none (the list is optional).
        let writer = writer.filter(|w| !w.is_empty());
        let writer = writer.map_or_else(|| english_writer.clone(), str::to_owned);
        if *code == "en" {
            english_writer.clone_from(&writer);
        }
        let _ = writeln!(writers, "    {writer:?},");
        if let Some(at) = LISTS.iter().position(|l| *l == "month") {
            let _ = writeln!(months, "    {:?},", lists[at]);
        }
        let _ = writeln!(
            files,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        );
        let name = text
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("# "))
            .and_then(|line| line.split_once(':'))
            .map(|(name, _)| name.split(" (").next().unwrap_or(name).trim())
            .unwrap_or_else(|| panic!("languages/{code}.txt: the first line names the language in itself: “# Deutsch (German): …”"));
        let _ = writeln!(names, "    {name:?},");
    }
    let mut out = String::new();
    for part in [
        compiled, codes, known, detection, months, writers, names, files,
    ] {
        out.push_str(&part);
        out.push_str("];\n");
    }
    let target = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let written = std::fs::write(Path::new(&target).join("languages.rs"), out);
    written.unwrap_or_else(|e| panic!("cannot write the language lists: {e}"));
}
