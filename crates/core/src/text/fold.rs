//! Case- and accent-insensitive text matching for the free-text search, in every script the
//! newsrooms write.
//!
//! Text is folded one character at a time (lower case; the marks of Latin, Cyrillic and Greek
//! letters removed, so `ё` finds `е` and `ї` finds `і`; Arabic's harakat and tatweel and Hebrew's
//! niqqud and cantillation ignored, Arabic's alef forms made one and hamza carriers their letter; the apostrophe's spellings and
//! typographic quotes made plain), remembering where each folded byte came from, so that a match
//! in the folded text can be highlighted in the original. The tests hold the marks' removal to
//! ICU's canonical decomposition for every letter folded.

use std::ops::Range;

use super::lower::lower;

/// The base letter of each character from U+00C0 to U+017F; `.` where the character has none.
const LATIN_BASE: &[u8; 192] = b"aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y\
aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll\
lllnnnnnn.nnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Appends the folded form of `c` to `out`.
fn fold_char(c: char, out: &mut String) {
    match c {
        'Æ' | 'æ' => out.push_str("ae"),
        'Œ' | 'œ' => out.push_str("oe"),
        'ß' => out.push_str("ss"),
        'Þ' | 'þ' => out.push_str("th"),
        'Ĳ' | 'ĳ' => out.push_str("ij"),
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => out.push('\''),
        '\u{201C}' | '\u{201D}' => out.push('"'),
        '\u{2010}'..='\u{2015}' => out.push('-'),
        // Combining marks (as in decomposed "é") and invisible format characters fold to nothing.
        '\u{0300}'..='\u{036F}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' => {}
        '\u{00C0}'..='\u{017F}' => match LATIN_BASE[c as usize - 0xC0] {
            b'.' => out.extend(lower(c)),
            base => out.push(base as char),
        },
        // Greek (monotonic) and Cyrillic: lower case, then the letter without its marks.
        '\u{0386}'..='\u{03CE}' | '\u{0400}'..='\u{045F}' | '\u{0490}' | '\u{0491}' => {
            out.extend(lower(c).map(unmarked));
        }
        // Arabic's harakat, superscript alef and tatweel; Hebrew's cantillation and points.
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'
        | '\u{05C2}'
        | '\u{05C4}'
        | '\u{05C5}'
        | '\u{05C7}' => {}
        // Alef with hamza above or below, with madda, and wasla: alef; the other letters that
        // carry a hamza (waw, yeh, and Persian's and Urdu's heh and yeh barree): the letter.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => out.push('\u{0627}'),
        '\u{0624}' => out.push('\u{0648}'),
        '\u{0626}' => out.push('\u{064A}'),
        '\u{06C0}' => out.push('\u{06D5}'),
        '\u{06C2}' => out.push('\u{06C1}'),
        '\u{06D3}' => out.push('\u{06D2}'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(lower(c)),
    }
}

/// A lower-case Greek or Cyrillic letter without its marks; `ґ` is `г`, as it is often typed.
fn unmarked(c: char) -> char {
    match c {
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        'ς' => 'σ',
        'ѐ' | 'ё' => 'е',
        'ѓ' | 'ґ' => 'г',
        'ї' => 'і',
        'ќ' => 'к',
        'ѝ' | 'й' => 'и',
        'ў' => 'у',
        c => c,
    }
}

/// Folds a whole string: what searches compare.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends the folded form of `text` to `out`.
pub(crate) fn fold_into(text: &str, out: &mut String) {
    let mut rest = text;
    while !rest.is_empty() {
        // Runs of ASCII, most of any text, are copied and lower-cased whole.
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let start = out.len();
        out.push_str(rest.get(..ascii).unwrap_or_default());
        if let Some(run) = out.get_mut(start..) {
            run.make_ascii_lowercase();
        }
        let mut chars = rest.get(ascii..).unwrap_or_default().chars();
        if let Some(c) = chars.next() {
            fold_char(c, out);
        }
        rest = chars.as_str();
    }
}

/// A text folded for searching, with a way back to the original's byte offsets.
#[derive(Debug, Clone)]
pub struct Folded {
    folded: String,
    /// For each byte of `folded`, the offset of the original character it came from.
    origin: Vec<u32>,
    original_len: usize,
}

impl Folded {
    pub fn new(text: &str) -> Folded {
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        for (offset, c) in text.char_indices() {
            fold_char(c, &mut folded);
            origin.resize(folded.len(), offset as u32);
        }
        Folded {
            folded,
            origin,
            original_len: text.len(),
        }
    }

    /// Where each of the (already folded) `terms` occurs, as ranges of the original text,
    /// sorted and merged where they overlap.
    pub fn find(&self, terms: &[String]) -> Vec<Range<usize>> {
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for term in terms.iter().filter(|t| !t.is_empty()) {
            for (start, _) in self.folded.match_indices(term.as_str()) {
                ranges.push(self.original_range(start..start + term.len()));
            }
        }
        ranges.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }

    fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        let start = self.origin[folded.start] as usize;
        // The match ends where the character after its last folded byte begins.
        let last = self.origin[folded.end - 1];
        let end = self.origin[folded.end..].iter().find(|&&o| o > last);
        start..end.map_or(self.original_len, |&o| o as usize)
    }
}

/// Splits a reader's query into folded terms; every term must match. Words in double quotes
/// (straight or typographic) are one term, a phrase, with single spaces between its words; an
/// unclosed quote runs to the end, so a phrase matches while it is being typed.
pub fn terms(query: &str) -> Vec<String> {
    let mut terms = Vec::new();
    for (i, part) in fold(query).split('"').enumerate() {
        let words = part.split_whitespace().map(str::to_string);
        if i % 2 == 1 {
            let phrase = words.collect::<Vec<_>>().join(" ");
            terms.extend(Some(phrase).filter(|p| !p.is_empty()));
        } else {
            terms.extend(words);
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_typographic_quotes() {
        assert_eq!(fold("Ørsted’s CAFÉ “Straße”"), "orsted's cafe \"strasse\"");
        assert_eq!(fold("Kyïv e\u{301}"), "kyiv e");
        assert_eq!(fold("ŁÓDŹ"), "lodz");
    }

    #[test]
    fn every_script_folds_its_marks_and_forms() {
        assert_eq!(fold("Її ЄВРОПА Ґанок"), "іі європа ганок");
        assert_eq!(fold("Ёлка Йошкар-Ола"), "елка иошкар-ола");
        assert_eq!(fold("Ἀθήνα ΆΘΗΝΑ Σωκράτης"), fold("Ἀθηνα αθηνα σωκρατησ"));
        assert_eq!(fold("مُحَمَّد"), "محمد");
        assert_eq!(fold("أحمد إبراهيم آمال"), "احمد ابراهيم امال");
        assert_eq!(fold("كـــتاب"), "كتاب");
        assert_eq!(fold("שָׁלוֹם"), "שלום");
        assert_eq!(fold("п’ять п'ять пʼять"), "п'ять п'ять п'ять");
    }

    /// ICU's canonical decomposition (NFD), lower-cased, without its combining marks: what
    /// folding a letter must give, with the standard library's lower case.
    fn decomposed(c: char) -> String {
        let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
        let text: String = c.to_lowercase().collect();
        let base: String = nfd
            .normalize(&text)
            .chars()
            .filter(|c| !matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0591}'..='\u{05C7}'))
            .collect();
        fold(&base)
    }

    #[test]
    fn marks_fold_exactly_as_icu_decomposes_every_greek_cyrillic_arabic_and_hebrew_letter() {
        let ranges = [
            '\u{0386}'..='\u{03CE}',
            '\u{0400}'..='\u{045F}',
            '\u{0600}'..='\u{06FF}',
            '\u{0590}'..='\u{05FF}',
        ];
        let mut wrong = Vec::new();
        for c in ranges.into_iter().flatten().filter(|c| c.is_alphabetic()) {
            // Final sigma is sigma in case folding, and ґ is г, as it is often typed: neither is
            // a decomposition.
            let expected = match c {
                'ς' => "σ".to_owned(),
                'Ґ' | 'ґ' => "г".to_owned(),
                'ٱ' => "ا".to_owned(),
                c => decomposed(c),
            };
            if fold(&c.to_string()) != expected {
                wrong.push(format!("{c} U+{:04X} → {expected}", c as u32));
            }
        }
        assert!(wrong.is_empty(), "{wrong:?}");
    }

    proptest::proptest! {
        /// A piece of any text, in any of the scripts folded, is found in it, and each highlight
        /// is original text that folds to hold the piece.
        #[test]
        fn a_piece_of_the_text_is_found_and_highlighted_in_the_original(
            text in "[a-zA-Zа-яА-ЯёЁіїєґІЇЄҐйЙʼ’'αάΆσςאבשָׁוֹםاأإآؤئمُحَـ ]{1,40}",
            at in 0_usize..40,
            len in 1_usize..8,
        ) {
            let chars: Vec<char> = text.chars().collect();
            let start = at.min(chars.len() - 1);
            let piece: String = chars[start..(start + len).min(chars.len())].iter().collect();
            let wanted = terms(&piece);
            let folded = Folded::new(&text);
            let ranges = folded.find(&wanted);
            proptest::prop_assert!(wanted.is_empty() || !ranges.is_empty(), "{piece:?} in {text:?}");
            for range in ranges {
                proptest::prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
                let shown = fold(&text[range]);
                proptest::prop_assert!(wanted.iter().any(|t| shown.contains(t.as_str())), "{shown:?}");
            }
        }
    }

    #[test]
    fn matches_map_back_to_the_original_text() {
        let text = "Putin’s CAFÉ and café";
        let folded = Folded::new(text);
        let ranges = folded.find(&terms("cafe"));
        let found: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, ["CAFÉ", "café"]);
        let ranges = folded.find(&terms("putin's"));
        assert_eq!(&text[ranges[0].clone()], "Putin’s");
    }

    #[test]
    fn overlapping_terms_merge_into_one_highlight() {
        let text = "Freedom of Russia";
        let ranges = Folded::new(text).find(&terms("freedom dom of"));
        assert_eq!(ranges, vec![0..7, 8..10]);
    }

    /// Regression (issue #25): `"heavy casualties"` found nothing, the quotes being part of
    /// its terms.
    #[test]
    fn quoted_words_are_one_phrase_and_an_open_quote_runs_to_the_end() {
        assert_eq!(
            terms("“Heavy  casualties” rex"),
            ["heavy casualties", "rex"]
        );
        assert_eq!(terms("rex \"heavy cas"), ["rex", "heavy cas"]);
        assert_eq!(terms("\"\" a"), ["a"]);
        let text = "claims of heavy casualties, heavy losses";
        let found = Folded::new(text).find(&terms("\"heavy casualties\""));
        assert_eq!(found, vec![10..26]);
    }

    #[test]
    fn expanding_characters_highlight_whole() {
        let text = "Die Straße";
        let ranges = Folded::new(text).find(&terms("strass"));
        assert_eq!(&text[ranges[0].clone()], "Straß");
    }
}
