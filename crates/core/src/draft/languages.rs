//! What the drafter knows of each language, as data: one file per language
//! (`crates/core/languages/xx.txt`, described in docs/drafting-languages.md) holds its word lists
//! — verbs of reported speech and of denial, auxiliaries, pronouns, and more as the engine moves
//! them out of its code — and one engine reads them all. The build compiles the files into one
//! text per list (`build.rs`). A list's entries are those of every language compiled in, so a
//! text is read in whichever language it is written in, and one that mixes two is read in both.
//! English is always in; the others come with the `languages` feature, which the command line
//! takes (the browser's editor, within its download budget, goes without them for now).

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The entries of the list `name`, `|` apart, in every language compiled in.
pub fn list(name: &str) -> &'static str {
    LISTS
        .iter()
        .find(|(list, _)| *list == name)
        .map_or("", |(_, entries)| entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_entries_and_english_is_in() {
        assert!(CODES.contains(&"en"));
        for (name, entries) in LISTS {
            assert!(*name == "reported" || !entries.is_empty(), "{name}");
        }
        assert_eq!(list("no such list"), "");
    }

    #[test]
    fn a_list_runs_over_lines_and_languages() {
        let speech: Vec<&str> = list("speech").split('|').collect();
        assert!(speech.contains(&"said") && speech.contains(&"framing"));
        #[cfg(feature = "languages")]
        for verb in ["sagte", "déclaré", "dijo", "заявив", "заявил"] {
            assert!(speech.contains(&verb), "{verb}");
        }
    }
}
