//! Words as the drafter reads them: runs of letters and digits, with the apostrophes and hyphens
//! inside a word kept (“Putin’s”, “anti-Kremlin”, “Zoë”), and an ampersand between capitals
//! (“A&E”), each with its byte range in the text so that what the rules find can be quoted
//! exactly.

use std::sync::OnceLock;

use super::languages;

/// One word of a text and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    pub start: usize,
    pub end: usize,
    pub text: &'t str,
}

/// The words of `text`, in order.
pub fn words(text: &str) -> Vec<Word<'_>> {
    // Every rule reads words, many times a paragraph: the common case, an ASCII byte, is told
    // without decoding, and what follows a mark is looked at only after an apostrophe or hyphen.
    let mut found = Vec::with_capacity(text.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut at = 0;
    let letter_at = |at: usize| {
        text.get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphanumeric)
    };
    while let Some(&byte) = text.as_bytes().get(at) {
        let (letter, mark, width) = if byte.is_ascii() {
            // A decimal comma keeps a figure whole: “1,4 milliard”.
            let decimal = byte == b','
                && at
                    .checked_sub(1)
                    .and_then(|p| text.as_bytes().get(p))
                    .is_some_and(u8::is_ascii_digit)
                && text.as_bytes().get(at + 1).is_some_and(u8::is_ascii_digit);
            // An ampersand between capitals keeps an initialism whole: “A&E”, “AT&T”.
            let initials = byte == b'&'
                && at
                    .checked_sub(1)
                    .and_then(|p| text.as_bytes().get(p))
                    .is_some_and(u8::is_ascii_uppercase)
                && text
                    .as_bytes()
                    .get(at + 1)
                    .is_some_and(u8::is_ascii_uppercase);
            (
                byte.is_ascii_alphanumeric(),
                matches!(byte, b'\'' | b'-') || decimal || initials,
                1,
            )
        } else {
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            (c.is_alphanumeric(), matches!(c, '’' | '‑'), c.len_utf8())
        };
        if letter {
            start.get_or_insert(at);
        } else if let Some(s) = start.filter(|_| !(mark && letter_at(at + width))) {
            // An apostrophe or hyphen inside a word keeps it whole; anything else ends it.
            found.push(word(text, s, at));
            start = None;
        }
        at += width;
    }
    if let Some(s) = start {
        found.push(word(text, s, text.len()));
    }
    found
}

fn word(text: &str, start: usize, end: usize) -> Word<'_> {
    Word {
        start,
        end,
        text: text.get(start..end).unwrap_or(""),
    }
}

/// Whether `word` in lower case is one of `list` (words in lower case), without making a lower-case
/// copy when the word is ASCII, as nearly every word is.
pub fn is_one_of(word: &str, list: &'static Words) -> bool {
    if word.is_ascii() {
        list.iter().any(|w| w.eq_ignore_ascii_case(word))
    } else {
        list.contains(&word.to_lowercase())
    }
}

/// Whether the word starts with a capital letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the word is an acronym: two or more capitals or digits, starting with a capital, and
/// no small letters (“RDK”, “BBC”, “G7”), an “s” of a plural aside.
pub fn is_acronym(word: &str) -> bool {
    let word = word.strip_suffix('s').unwrap_or(word);
    word.chars().count() >= 2
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
}

/// The last `count` characters of `text` (all of it when shorter): what a rule reading the words
/// just before a place needs, however long the paragraph before it.
pub fn last_chars(text: &str, count: usize) -> &str {
    let from = text.char_indices().rev().nth(count).map_or(0, |(at, _)| at);
    text.get(from..).unwrap_or(text)
}

/// The last `count` words of `text` (all of them where it has fewer), split from its end only:
/// a rule that looks a few words back from a point in a long paragraph need not split all
/// before it. Their places are in `text`.
pub fn last_words(text: &str, count: usize) -> Vec<Word<'_>> {
    let mut chars = 16 * count.max(1);
    loop {
        let tail = last_chars(text, chars);
        let mut found = words(tail);
        // The tail's first word may be cut: only those after it are whole.
        if found.len() > count || tail.len() == text.len() {
            let from = text.len() - tail.len();
            found.drain(..found.len().saturating_sub(count));
            for word in &mut found {
                word.start += from;
                word.end += from;
            }
            return found;
        }
        chars *= 2;
    }
}

/// `text` with its first letter a capital: “van der Berg” → “Van der Berg”.
pub fn with_capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The word without a possessive ending: “Putin’s” → “Putin”, “RDK’s” → “RDK”.
pub fn without_possessive(word: &str) -> &str {
    ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .unwrap_or(word)
}

/// The entry of `list` written with an apostrophe that `word` opens with, and the rest of the
/// word after it: (“l’”, “édile”) of “l’édile”, (“l’”, “AFP”) of “L’AFP”; none for a word that is
/// the entry alone.
pub fn elided<'w>(word: &'w str, list: &'static Words) -> Option<(&'static str, &'w str)> {
    list.iter()
        .filter(|entry| entry.ends_with(['’', '\'']))
        .find_map(|entry| {
            let head = word.get(..entry.len())?;
            let rest = word.get(entry.len()..).filter(|rest| !rest.is_empty())?;
            (head.to_lowercase() == entry).then_some((entry, rest))
        })
}

/// `word` without the article elided before it (the language's list `determiner`): « l’avocat »
/// is « avocat », “L’Écho” is “Écho”.
pub fn without_elided_article(word: &str) -> &str {
    static DETERMINERS: Words = Words::listed("determiner");
    elided(word, &DETERMINERS).map_or(word, |(_, noun)| noun)
}

/// The mark that closes a quotation opened by `opening`, as each language pairs them: «…»,
/// „…“, “…”, "…".
pub fn closing_mark(opening: char) -> Option<char> {
    match opening {
        '«' => Some('»'),
        '„' => Some('“'),
        '“' => Some('”'),
        '"' => Some('"'),
        _ => None,
    }
}

/// Particles written in small letters inside names, in the text's language: “Zoë van der
/// Berg”, “Ana de la Cruz”, “Ursula von der Leyen”.
pub static PARTICLES: Words = Words::listed("name particle");

/// Articles that stand inside a name only after a particle: “von der”, “de la”, “van den”. A
/// German text lists no “der” as a particle of its own: “Rehbein der Deutschen Presse-Agentur”
/// is a name, then an article.
pub fn after_particle(word: &str) -> bool {
    ["der", "den", "la", "las", "los"].contains(&word)
}

/// A list of words or phrases written as one text, its entries apart by `|`. A `&[&str]` costs a
/// pointer and a length for each entry in the WebAssembly, which compress badly; this costs one
/// byte. The drafter's 1,600 entries written this way take 1.7 KB brotli off the editor's
/// download (238,981 B of WebAssembly against 240,684 B), which keeps it within its 250 KB.
/// Each list is split on first use and kept, so it is looked up as fast as a slice.
pub struct Words {
    text: &'static str,
    /// Whether the text names a list of the language files (see [`super::languages`]) rather
    /// than holding the entries.
    listed: bool,
    /// The entries: one list, or for a listed one, one a language, in the order of
    /// [`languages::count`] (a language the editor reads later is split when first read in).
    /// Each is set once and then read without a lock: the drafter looks words up millions of
    /// times on a long page.
    entries: [OnceLock<Entries>; LANGUAGE_SLOTS],
}

/// A list's entries in its order, and sorted (see [`by_length`]), to be looked up by halves:
/// the drafter's lists hold up to a few hundred entries, and a long page looks words up
/// millions of times (a megabyte's draft spent a sixth of its time reading them in order).
/// Most words looked up are in no list: `seen` turns most of them away before the halves, by
/// a bit for each entry's [`sign`] (a megabyte's draft spent a seventh of its time in them).
struct Entries {
    ordered: &'static [&'static str],
    sorted: &'static [&'static str],
    seen: [u64; SIGNS / 64],
}

const NO_ENTRIES: Entries = Entries {
    ordered: &[],
    sorted: &[],
    seen: [0; SIGNS / 64],
};

/// How many signs [`Entries::seen`] tells apart: for a list of a few hundred entries, a word in
/// none meets a set bit about one time in five.
const SIGNS: usize = 2048;

/// A word's sign: its length, its first and its last byte, mixed.
fn sign(word: &str) -> usize {
    let bytes = word.as_bytes();
    let first = bytes.first().copied().unwrap_or(0) as usize;
    let last = bytes.last().copied().unwrap_or(0) as usize;
    (bytes.len() * 131 + first * 31 + last * 7) % SIGNS
}

/// How many languages' lists a [`Words`] keeps: the six the drafter knows and the
/// language-neutral rules, with room to spare. A language past them reads with no lists.
const LANGUAGE_SLOTS: usize = 12;

impl Words {
    pub const fn new(text: &'static str) -> Words {
        Words {
            text,
            listed: false,
            entries: [const { OnceLock::new() }; LANGUAGE_SLOTS],
        }
    }

    /// The list `name` of the language files, in the language texts are read in.
    pub const fn listed(name: &'static str) -> Words {
        Words {
            text: name,
            listed: true,
            entries: [const { OnceLock::new() }; LANGUAGE_SLOTS],
        }
    }

    /// The entries, in order: none for a listed one while a text is read without a language's
    /// lists.
    pub fn iter(&'static self) -> impl Iterator<Item = &'static str> {
        self.entries().iter().copied()
    }

    fn entries(&'static self) -> &'static [&'static str] {
        self.read().ordered
    }

    /// The entries in the language texts are read in now, split on first use and kept for the
    /// program's life. Out of line: the drafter looks words up in a hundred places, which need
    /// one copy of the lookup, not one each.
    #[inline(never)]
    fn read(&'static self) -> &'static Entries {
        let at = if self.listed { languages::current() } else { 0 };
        let Some(slot) = self.entries.get(at) else {
            return &NO_ENTRIES;
        };
        if let Some(entries) = slot.get() {
            return entries;
        }
        // A text read with no language's lists (the language-neutral rules) has none.
        if self.listed && at >= languages::count() {
            return &NO_ENTRIES;
        }
        slot.get_or_init(|| {
            let text = match self.listed {
                true => languages::list(at, self.text),
                false => self.text,
            };
            let ordered: &'static [&'static str] = text
                .split('|')
                .filter(|e| !e.is_empty())
                .collect::<Vec<_>>()
                .leak();
            let mut sorted = ordered.to_vec();
            sorted.sort_unstable_by(|a, b| by_length(a, b));
            let mut seen = [0; SIGNS / 64];
            for entry in ordered {
                let at = sign(entry);
                if let Some(bits) = seen.get_mut(at / 64) {
                    *bits |= 1 << (at % 64);
                }
            }
            Entries {
                ordered,
                sorted: sorted.leak(),
                seen,
            }
        })
    }

    /// Whether `word` is an entry.
    #[inline(never)]
    pub fn contains(&'static self, word: &str) -> bool {
        let entries = self.read();
        let at = sign(word);
        let seen = entries
            .seen
            .get(at / 64)
            .is_some_and(|bits| bits & (1 << (at % 64)) != 0);
        seen && entries
            .sorted
            .binary_search_by(|entry| by_length(entry, word))
            .is_ok()
    }
}

/// The order a list is looked up in: by length, then by bytes, so that most steps compare two
/// lengths, not two words.
fn by_length(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// Pairs of words written as one text, `key=value` entries apart by `|`, for the reason
/// [`Words`] gives: “Ministry=government|Army=military”.
pub struct Pairs {
    text: &'static str,
    entries: OnceLock<Box<[(&'static str, &'static str)]>>,
}

impl Pairs {
    pub const fn new(text: &'static str) -> Pairs {
        Pairs {
            text,
            entries: OnceLock::new(),
        }
    }

    /// The pairs, in order.
    pub fn iter(&'static self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.entries
            .get_or_init(|| {
                self.text
                    .split('|')
                    .filter_map(|pair| pair.split_once('='))
                    .collect()
            })
            .iter()
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word list of the drafter's files, as written: the string literals between a
    /// `Words::new(` or `Pairs::new(` and its closing parenthesis (literals in a `concat!`
    /// joined), with the file it is in.
    fn word_lists() -> Vec<(&'static str, String)> {
        let files = [
            ("asides.rs", include_str!("asides.rs")),
            ("assembly.rs", include_str!("assembly.rs")),
            ("attribution.rs", include_str!("attribution.rs")),
            ("cast.rs", include_str!("cast.rs")),
            ("claims.rs", include_str!("claims.rs")),
            ("cues.rs", include_str!("cues.rs")),
            ("dates.rs", include_str!("dates.rs")),
            ("layout.rs", include_str!("layout.rs")),
            ("mod.rs", include_str!("mod.rs")),
            ("names.rs", include_str!("names.rs")),
            ("references.rs", include_str!("references.rs")),
            ("sentences.rs", include_str!("sentences.rs")),
            ("sources.rs", include_str!("sources.rs")),
            ("speakers.rs", include_str!("speakers.rs")),
            ("words.rs", include_str!("words.rs")),
        ];
        let mut lists = Vec::new();
        for (file, source) in files {
            for start in ["Words::new(", "Pairs::new("] {
                for (at, _) in source.match_indices(start) {
                    let rest = &source[at + start.len()..];
                    let Some(end) = rest.find(");").or_else(|| rest.find("))")) else {
                        continue;
                    };
                    // The literals of the call, joined; a call that names no literal (the
                    // definition itself) is none.
                    let literals: String = rest[..end].split('"').skip(1).step_by(2).collect();
                    if !literals.is_empty() {
                        lists.push((file, literals));
                    }
                }
            }
        }
        lists
    }

    /// Regression (issue #21): word lists held the same entry twice, and nothing said so.
    #[test]
    fn no_word_list_holds_an_entry_twice() {
        let lists = word_lists();
        assert!(lists.len() > 40, "the lists are found: {}", lists.len());
        for (file, list) in lists {
            let mut seen = std::collections::HashSet::new();
            for entry in list.split('|') {
                assert!(seen.insert(entry), "{file}: “{entry}” twice in “{list}”");
            }
        }
    }

    #[test]
    fn words_and_pairs_answer_as_the_slices_they_stand_for() {
        let slice: &[&str] = &["The", "United States", "Türkiye", "a"];
        static WORDS: Words = Words::new("The|United States|Türkiye|a");
        let words = &WORDS;
        assert_eq!(words.iter().collect::<Vec<_>>(), slice);
        for probe in [
            "The",
            "the",
            "United",
            "United States",
            "Türkiye",
            "a",
            "",
            "|",
        ] {
            assert_eq!(words.contains(probe), slice.contains(&probe), "{probe}");
        }
        static PAIRS: Pairs = Pairs::new("Ministry=government|Army=military");
        let pairs = &PAIRS;
        assert_eq!(
            pairs.iter().collect::<Vec<_>>(),
            [("Ministry", "government"), ("Army", "military")]
        );
    }

    proptest::proptest! {
        /// A list looked up by halves answers as the list read in order.
        #[test]
        fn a_list_answers_as_read_in_order(
            entries in proptest::collection::vec("[abé ]{0,4}", 0..12),
            probe in "[abé ]{0,4}",
        ) {
            let text: &'static str = Box::leak(entries.join("|").into_boxed_str());
            let list: &'static Words = Box::leak(Box::new(Words::new(text)));
            let in_order = list.iter().any(|entry| entry == probe);
            proptest::prop_assert_eq!(list.contains(&probe), in_order);
        }

        /// The last words, read from the end, are the text's last words, in their places.
        #[test]
        fn last_words_are_the_texts_last(text in "[a-zAé1,’'& .-]{0,400}", count in 0usize..30) {
            let all = words(&text);
            let last = last_words(&text, count);
            proptest::prop_assert_eq!(&last[..], &all[all.len().saturating_sub(count)..]);
        }
    }

    fn texts(text: &str) -> Vec<&str> {
        words(text).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_hyphens_and_accents() {
        assert_eq!(
            texts("Putin’s anti-Kremlin “peace-keeping mission,” said Zoë."),
            [
                "Putin’s",
                "anti-Kremlin",
                "peace-keeping",
                "mission",
                "said",
                "Zoë"
            ]
        );
        assert_eq!(
            texts("rock 'n' roll - 2023-05-25"),
            ["rock", "n", "roll", "2023-05-25"]
        );
        // An ampersand between capitals is inside an initialism; elsewhere it joins words.
        assert_eq!(
            texts("A&E, AT&T & Co, Smith&Sons"),
            ["A&E", "AT&T", "Co", "Smith", "Sons"]
        );
        // A decimal comma is inside its figure; a comma between figures is not.
        assert_eq!(
            texts("1,4 milliard, 2, 3 et 7,"),
            ["1,4", "milliard", "2", "3", "et", "7"]
        );
    }

    #[test]
    fn words_know_their_place() {
        let text = "Il Post — Zoë";
        let found = words(text);
        assert_eq!(found.len(), 3);
        assert_eq!(&text[found[2].start..found[2].end], "Zoë");
    }

    #[test]
    fn acronyms_and_capitals_are_told_apart() {
        assert!(is_acronym("RDK") && is_acronym("NGOs") && is_acronym("G7"));
        assert!(!is_acronym("A") && !is_acronym("Reuters") && !is_acronym("EURACTIV's"));
        assert!(is_capitalised("Édouard") && !is_capitalised("de"));
        assert_eq!(without_possessive("RDK’s"), "RDK");
        assert_eq!(without_possessive("Reuters"), "Reuters");
    }
}
