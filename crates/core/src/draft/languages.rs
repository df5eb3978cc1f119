//! What the drafter knows of each language, as data: one file per language
//! (`crates/core/languages/xx.txt`, described in docs/drafting-languages.md) holds its word lists
//! — verbs of reported speech and of denial, titles, pronouns, words that open clauses, and more
//! as the engine moves them out of its code — and one engine reads them. The build compiles the
//! files into one text per list and language (`build.rs`). A text is read in the language
//! [`detect`] finds it written in, so that one language's words never change how another's text
//! is read (“Die” opens a German sentence; “Die Zeit” names a paper in an English one). English
//! is always in; the others come with the `languages` feature, which the command line takes (the
//! browser's editor, within its download budget, goes without them for now).

use std::cell::Cell;
use std::collections::HashSet;

use super::words::words;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

thread_local! {
    /// The language texts are read in, by its place in [`LANGUAGES`].
    static CURRENT: Cell<usize> = const { Cell::new(0) };
}

/// The entries of the list `name`, `|` apart, in the language at `at` in [`LANGUAGES`].
pub fn list(at: usize, name: &str) -> &'static str {
    LANGUAGES
        .get(at)
        .and_then(|(_, lists)| lists.iter().find(|(list, _)| *list == name))
        .map_or("", |(_, entries)| entries)
}

/// How many languages are compiled in.
pub fn count() -> usize {
    LANGUAGES.len()
}

/// The language texts are read in now.
pub fn current() -> usize {
    CURRENT.get()
}

/// The BCP 47 code of the language at `at`.
pub fn code(at: usize) -> &'static str {
    LANGUAGES.get(at).map_or("en", |(code, _)| code)
}

/// Runs `read` with texts read in the language at `at`.
pub fn reading<T>(at: usize, read: impl FnOnce() -> T) -> T {
    let before = CURRENT.replace(at);
    let result = read();
    CURRENT.set(before);
    result
}

/// The language `text` is written in, of those compiled in: the one whose small words (articles,
/// pronouns, conjunctions, “that”) and verbs of speech it uses most, among its first thousands of
/// words; English when none is used.
pub fn detect(text: &str) -> usize {
    const SMALL: [&str; 9] = [
        "determiner",
        "and",
        "that",
        "joining",
        "person pronoun",
        "other pronoun",
        "first person",
        "auxiliary",
        "speech",
    ];
    if count() == 1 {
        return 0;
    }
    let sample = text.get(..text.floor_char_boundary(20_000)).unwrap_or(text);
    let found: Vec<String> = words(sample)
        .iter()
        .map(|w| w.text.to_lowercase())
        .collect();
    let mut best = (0, 0);
    for at in 0..count() {
        let small: HashSet<&str> = SMALL
            .iter()
            .flat_map(|name| list(at, name).split('|'))
            .collect();
        let used = found.iter().filter(|w| small.contains(w.as_str())).count();
        if used > best.1 {
            best = (at, used);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_lists_and_english_comes_first() {
        assert_eq!(code(0), "en");
        for (code, lists) in LANGUAGES {
            for (name, entries) in *lists {
                assert!(*name == "reported" || !entries.is_empty(), "{code}: {name}");
            }
        }
        assert_eq!(list(0, "no such list"), "");
    }

    #[test]
    fn a_text_is_read_in_the_language_it_is_written_in() {
        assert_eq!(
            code(detect("The mayor said that the port would close.")),
            "en"
        );
        assert_eq!(code(detect("")), "en");
        #[cfg(feature = "languages")]
        for (text, language) in [
            (
                "Die Bürgermeisterin sagte, dass die Zahlen falsch seien.",
                "de",
            ),
            ("Le maire a déclaré que la situation était grave.", "fr"),
            (
                "La alcaldesa dijo que la situación era grave y que el agua volverá.",
                "es",
            ),
            (
                "Мэр заявил, что ситуация тяжёлая, и он не знает, что делать.",
                "ru",
            ),
            (
                "Мер заявив, що ситуація складна, і він не знає, що робити.",
                "uk",
            ),
        ] {
            assert_eq!(code(detect(text)), language, "{text}");
        }
    }

    #[test]
    fn reading_in_a_language_ends_with_its_text() {
        let inside = reading(count() - 1, current);
        assert_eq!((inside, current()), (count() - 1, 0));
    }
}
