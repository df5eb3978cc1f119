//! Case- and accent-insensitive text matching for the free-text search.
//!
//! Text is folded one character at a time (lower case, Latin accents removed, typographic quotes
//! made plain), remembering where each folded byte came from, so that a match in the folded text
//! can be highlighted in the original.

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
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(lower(c)),
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
