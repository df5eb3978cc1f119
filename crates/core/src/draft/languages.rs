//! What the drafter knows of each language, as data: one file per language
//! (`crates/core/languages/xx.txt`, described in docs/drafting-languages.md) holds its word lists
//! — verbs of reported speech and of denial, titles, pronouns, words that open clauses, and more
//! as the engine moves them out of its code — and one engine reads them. The build compiles the
//! files into one text per list and language (`build.rs`). A text is read in the language
//! [`detect`] finds it written in, so that one language's words never change how another's text
//! is read (“Die” opens a German sentence; “Die Zeit” names a paper in an English one). English
//! is always in; the others come with the `languages` feature, which the command line takes. The
//! browser's drafter (`crates/drafter`) carries English's lists, and reads another language's
//! file, which the editor fetches, when a text in it is drafted ([`read_file`]); the editor
//! itself carries every language's small words alone (to tell a text's language). A text in a
//! language without its lists is read with the language-neutral rules alone.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::sync::RwLock;

use super::language_file::{self, LISTS};
use super::words::words;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

thread_local! {
    /// The language texts are read in: its lists' place (in [`LANGUAGES`], then in [`READ`]),
    /// or `usize::MAX` for none, and its code.
    static CURRENT: Cell<usize> = const { Cell::new(0) };
    static CODE: RefCell<String> = RefCell::new(String::from("en"));
}

/// The languages read from their files since the program started (the editor fetches one when
/// a text in it is drafted): each one's code and lists, in [`LISTS`]' order. One for the
/// program, as the word lists' caches are ([`super::words::Words`]): a language has one place.
static READ: RwLock<Vec<(&'static str, &'static [String])>> = RwLock::new(Vec::new());

/// The languages read, to look at.
fn read_languages() -> std::sync::RwLockReadGuard<'static, Vec<(&'static str, &'static [String])>> {
    READ.read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The entries of the list `name`, `|` apart, in the language at `at` (of [`count`]).
pub fn list(at: usize, name: &str) -> &'static str {
    let Some(list) = LISTS.iter().position(|l| *l == name) else {
        return "";
    };
    if let Some((_, lists)) = LANGUAGES.get(at) {
        return lists.get(list).copied().unwrap_or_default();
    }
    let read = read_languages()
        .get(at - LANGUAGES.len())
        .map(|(_, lists)| *lists);
    read.and_then(|lists| lists.get(list))
        .map_or("", String::as_str)
}

/// The first entry of the list `name` in the language texts are read in now, if it has one.
pub fn first_of(name: &str) -> Option<&'static str> {
    let first = list(current(), name).split('|').next();
    first.filter(|entry| !entry.is_empty())
}

/// Whether `line` (in small letters) opens with an entry of the list `name`, in the text's
/// language or in English: what a page in any language may carry in English too (“Share”).
pub fn opens_with_one_of(name: &str, line: &str) -> bool {
    opening_of(name, line).is_some()
}

/// The entry of the list `name`, in the text's language or in English, that `line` (in small
/// letters) opens with.
pub fn opening_of(name: &str, line: &str) -> Option<&'static str> {
    let here = list(current(), name);
    let english = list(0, name);
    here.split('|')
        .chain(english.split('|'))
        .find(|entry| !entry.is_empty() && line.starts_with(entry))
}

/// Whether `entry` is one of the list `name` in the text's language or in English (whose lists
/// come first): what a text in any language may write in English too, as a reference list's
/// heading.
pub fn here_or_in_english(name: &str, entry: &str) -> bool {
    [current(), 0]
        .iter()
        .any(|&at| list(at, name).split('|').any(|e| e == entry))
}

/// The name the drafter gives the writer of a text without a byline, in the language texts are
/// read in now: [`writer_in`] its code.
pub fn writer() -> String {
    writer_in(&current_code())
}

/// The writer's name in the language `code` (its file's list `writer`), English's where the
/// drafter has no file for it. A table of its own, built with the lists: the editor names a
/// writer without the drafter's lists, which it does not carry.
pub fn writer_in(code: &str) -> String {
    let at = KNOWN.iter().position(|(c, _)| *c == code).unwrap_or(0);
    let english = WRITERS.first().copied().unwrap_or_default();
    WRITERS.get(at).copied().unwrap_or(english).to_owned()
}

/// How many languages the drafter has lists for: those compiled in, then those read.
pub fn count() -> usize {
    LANGUAGES.len() + read_languages().len()
}

/// The place of the language texts are read in now (`usize::MAX` for none: the
/// language-neutral rules alone).
pub fn current() -> usize {
    CURRENT.get()
}

/// The code of the language texts are read in now, which the drafted file names.
pub fn current_code() -> String {
    CODE.with_borrow(Clone::clone)
}

/// The place of the language `code` among those the drafter has lists for.
fn position(code: &str) -> Option<usize> {
    let compiled = LANGUAGES.iter().position(|(c, _)| *c == code);
    compiled.or_else(|| {
        let read = read_languages().iter().position(|(c, _)| *c == code);
        read.map(|at| LANGUAGES.len() + at)
    })
}

/// Runs `read` with texts read in the language `code` (a BCP 47 code): with its lists where the
/// drafter has them, else with the language-neutral rules alone.
pub fn reading<T>(code: &str, read: impl FnOnce() -> T) -> T {
    /// Puts the language read before back, however the reading ends (a panic included).
    struct Restore(usize, String);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.set(self.0);
            CODE.set(std::mem::take(&mut self.1));
        }
    }
    let _restore = Restore(
        CURRENT.replace(position(code).unwrap_or(usize::MAX)),
        CODE.replace(code.to_owned()),
    );
    read()
}

/// The name of the file, beside the page, that holds the language `code`'s lists, where the
/// drafter has a file for it and its lists are not compiled in: what the editor fetches and
/// hands the drafter whenever it drafts a text in that language ([`read_file`] reads it once).
pub fn file_to_read(code: &str) -> Option<&'static str> {
    let known = KNOWN.iter().find(|(c, _)| *c == code);
    known
        .filter(|(c, _)| !COMPILED.contains(c))
        .map(|(_, file)| *file)
}

/// Reads the language file of `code` (the file [`file_to_read`] names), so that texts in it are
/// read with its lists from now on (a language compiled in or read before is not read again);
/// what is wrong with the file where it cannot be read.
pub fn read_file(code: &str, file: &str) -> Result<(), String> {
    let Some((code, _)) = KNOWN.iter().find(|(c, _)| *c == code) else {
        return Err(format!("the drafter has no file for the language “{code}”"));
    };
    if position(code).is_some() {
        return Ok(());
    }
    let lists = language_file::read(file)?;
    let mut read = READ
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !read.iter().any(|(c, _)| c == code) {
        read.push((code, lists.leak()));
    }
    Ok(())
}

/// Every language the drafter has a file for: its code and its name in itself (“Deutsch”).
pub fn known() -> impl Iterator<Item = (&'static str, &'static str)> {
    KNOWN
        .iter()
        .zip(NAMES)
        .map(|((code, _), name)| (*code, *name))
}

/// The name in itself of the language `code` (“Deutsch”), where the drafter has a file for it.
pub fn name(code: &str) -> Option<&'static str> {
    known().find(|(c, _)| *c == code).map(|(_, name)| name)
}

/// Every language's file, with the name it is served under beside the page (the pre-render
/// writes them there).
#[cfg(feature = "languages")]
pub fn served_files() -> impl Iterator<Item = (&'static str, &'static str)> {
    KNOWN
        .iter()
        .zip(FILES)
        .map(|((_, name), (_, text))| (*name, *text))
}

/// The language `text` is written in, of those the drafter has a file for: the one whose small
/// words (articles, pronouns, conjunctions, auxiliaries, “that”, the list `small word`), twelve
/// commonest verbs of speech and letters (the list `letter`: “і”, “ñ”) it uses most, among its
/// first thousands of words, a word that several languages write counting for each by a share;
/// English when none is used, or [`UNDETERMINED`] when its letters are no such language's. Every
/// build carries every language's small words and letters, so the editor tells a text's
/// language before it has that language's lists.
pub fn detect(text: &str) -> &'static str {
    let sample = text.get(..text.floor_char_boundary(20_000)).unwrap_or(text);
    let found: Vec<String> = words(sample)
        .iter()
        .map(|w| w.text.to_lowercase())
        .collect();
    // A word that several languages write (“de”, “la”, “a”) tells each of them a share.
    let lists: Vec<(&str, HashSet<&str>, Vec<char>)> = DETECTION
        .iter()
        .map(|(code, small, letters)| {
            let letters = letters
                .split('|')
                .filter_map(|l| l.chars().next())
                .collect();
            (*code, small.split('|').collect(), letters)
        })
        .collect();
    // A word written with a letter only some languages have (“і”, “ы”, “ñ”) tells them too.
    let tells = |word: &str, small: &HashSet<&str>, letters: &[char]| {
        small.contains(word) || word.contains(letters)
    };
    // Shares of 60, which every count of languages up to six divides: each word read once.
    let mut shares = vec![0usize; lists.len()];
    for word in &found {
        let mut telling = [false; DETECTION.len()];
        for (tells_it, (_, s, l)) in telling.iter_mut().zip(&lists) {
            *tells_it = tells(word, s, l);
        }
        let count = telling.iter().filter(|&&t| t).count();
        for (share, _) in shares.iter_mut().zip(&telling).filter(|(_, &t)| t) {
            *share += 60 / count;
        }
    }
    let mut best = ("en", 0);
    for ((code, _, _), &used) in lists.iter().zip(&shares) {
        if used > best.1 {
            best = (code, used);
        }
    }
    // A text using none of them, in letters no language with lists writes (Latin and Cyrillic
    // are theirs; Arabic, Hebrew, Greek, Chinese… are not), is in a language the drafter does not
    // know: BCP 47's “undetermined”.
    let known =
        |c: char| c.is_ascii() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{0400}'..='\u{052F}');
    let unknown_letters = |c: char| c.is_alphabetic() && !known(c);
    if best.1 == 0 && sample.chars().any(unknown_letters) {
        return UNDETERMINED;
    }
    best.0
}

/// The code a text in a language the drafter has no lists for is drafted with.
pub const UNDETERMINED: &str = "und";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_lists_and_english_comes_first() {
        assert_eq!(LANGUAGES[0].0, "en");
        assert_eq!(KNOWN[0].0, "en");
        for (code, lists) in LANGUAGES {
            for (name, entries) in LISTS.iter().zip(*lists) {
                let optional = language_file::OPTIONAL.contains(name);
                assert!(optional || !entries.is_empty(), "{code}: {name}");
            }
        }
        assert_eq!(list(0, "no such list"), "");
        for (code, file) in KNOWN {
            assert!(file.starts_with(&format!("drafter-{code}-")), "{file}");
        }
    }

    #[test]
    fn a_text_is_read_in_the_language_it_is_written_in_whatever_the_build_carries() {
        assert_eq!(detect("The mayor said that the port would close."), "en");
        assert_eq!(detect(""), "en");
        assert_eq!(detect("قال الوزير إن الوضع تحت السيطرة"), UNDETERMINED);
        assert_eq!(
            detect("Ο υπουργός είπε ότι η κατάσταση είναι υπό έλεγχο"),
            UNDETERMINED
        );
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
            assert_eq!(detect(text), language, "{text}");
        }
    }

    #[test]
    fn reading_in_a_language_ends_with_its_text_and_an_unknown_one_has_no_lists() {
        let inside = reading("en", || (current(), current_code()));
        assert_eq!(inside, (0, "en".to_string()));
        let neutral = reading("it", || {
            (current(), current_code(), list(current(), "speech"))
        });
        assert_eq!(neutral, (usize::MAX, "it".to_string(), ""));
        assert_eq!((current(), current_code()), (0, "en".to_string()));
        assert_eq!(file_to_read("en"), None, "English is always compiled in");
        assert_eq!(file_to_read("it"), None, "no file for Italian");
        assert!(read_file("it", "speech: dice").is_err());
    }

    #[test]
    fn a_language_file_with_a_mistake_is_refused_by_line() {
        let english = KNOWN[0].1;
        assert!(english.ends_with(".txt"));
        let broken = "speech: said\nspeach: told\n";
        assert_eq!(
            language_file::read(broken),
            Err("line 2: “speach” is not a list the drafter reads".to_string())
        );
        let twice = "speech: said | said\n";
        assert_eq!(
            language_file::read(twice),
            Err("line 1: “said” is in speech twice".to_string())
        );
        assert_eq!(
            language_file::read("speech: said\n"),
            Err("the list denial is missing".to_string())
        );
    }

    /// A build without the other languages (the browser's drafter) reads one from its file, and from then
    /// on drafts a text in it with its lists, where before it had the language-neutral rules.
    #[cfg(not(feature = "languages"))]
    #[test]
    fn a_language_read_from_its_file_reads_its_texts_from_then_on() {
        let text = "Titel\n\n„Die Zahlen sind falsch“, sagte Anna Müller.\n";
        let claimant = |file: &crate::format::file::File| {
            let claim = file.claims.first().expect("a claim");
            let actor = file.actors.iter().find(|a| a.id == claim.claimant);
            actor.map(|a| a.name.clone()).unwrap_or_default()
        };
        let neutral = super::super::draft_in(text, "de");
        assert_ne!(claimant(&neutral), "Anna Müller");
        assert_eq!(neutral.article.language, "de");
        let file = file_to_read("de").expect("German is fetched");
        assert!(file.starts_with("drafter-de-"));
        assert!(
            read_file("de", "speech: sagte").is_err(),
            "a damaged file is refused"
        );
        read_file("de", include_str!("../../languages/de.txt")).expect("reads");
        // Still named: the editor hands the drafter the file each time, which reads it once.
        assert_eq!(file_to_read("de"), Some(file));
        assert_eq!(claimant(&super::super::draft_in(text, "de")), "Anna Müller");
    }

    /// The writer of a text without a byline is named in the text's language, as its file says;
    /// a language without a file, or without the list, names them as English does.
    #[cfg(feature = "languages")]
    #[test]
    fn the_writer_without_a_byline_is_named_in_the_texts_language() {
        let named = |file: &str| {
            let line = file.lines().find(|l| l.starts_with("writer:"));
            line.map(|l| l["writer:".len()..].trim().to_owned())
        };
        let english = named(FILES[0].1).expect("English names the writer");
        for (code, file) in FILES {
            assert_eq!(
                writer_in(code),
                named(file).unwrap_or(english.clone()),
                "{code}"
            );
        }
        assert_eq!(writer_in(UNDETERMINED), english);
        assert_eq!(writer_in("ar"), english);
    }

    /// Each language's file, read as the editor reads a fetched one, holds exactly the lists the
    /// build compiles in.
    #[cfg(feature = "languages")]
    #[test]
    fn every_file_read_at_run_time_holds_the_compiled_lists() {
        for ((code, file), (compiled, lists)) in FILES.iter().zip(LANGUAGES) {
            assert_eq!(code, compiled);
            let read = language_file::read(file).expect("reads");
            assert_eq!(
                read,
                lists.iter().map(|l| l.to_string()).collect::<Vec<_>>()
            );
        }
    }
}
