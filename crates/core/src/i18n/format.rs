//! Placing a message's arguments: plural and exact-number choices, bidi isolation of values, and
//! the pseudo-locale's transformation of the message's own text.

use super::{category, Key, Locale, Piece};
use crate::i18n::Direction;

/// An argument of a message: a count, which plural choices select on, or a value (a name, a
/// quote, a date already formatted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    Num(u64),
    Str(&'a str),
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as u64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(n.into())
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Str(text)
    }
}

/// First Strong Isolate and Pop Directional Isolate: a value's own direction, whatever is
/// around it.
const ISOLATE: (char, char) = ('\u{2068}', '\u{2069}');

pub(super) fn format(locale: Locale, pattern: &[Piece], args: &[Arg]) -> String {
    let mut out = String::new();
    if locale.pseudo {
        out.push('[');
    }
    write(locale, pattern, args, &mut out);
    if locale.pseudo {
        out.push(']');
    }
    out
}

fn write(locale: Locale, pattern: &[Piece], args: &[Arg], out: &mut String) {
    for piece in pattern {
        match piece {
            Piece::Text(text) if locale.pseudo => pseudo(text, out),
            Piece::Text(text) => out.push_str(text),
            Piece::Arg(i) => match args.get(*i) {
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                Some(Arg::Str(value)) if needs_isolation(locale, value) => {
                    out.push(ISOLATE.0);
                    out.push_str(value);
                    out.push(ISOLATE.1);
                }
                Some(Arg::Str(value)) => out.push_str(value),
                None => {}
            },
            Piece::Select(on, variants, default) => {
                let chosen = variants
                    .iter()
                    .find(|(key, _)| matches(locale, key, args.get(*on)))
                    .or_else(|| variants.get(*default));
                if let Some((_, pattern)) = chosen {
                    write(locale, pattern, args, out);
                }
            }
        }
    }
}

/// Whether a choice's variant matches: a count by its exact number first, then by its plural
/// category (the caller tries the variants in order, so `[0]` wins over `[zero]`); a value by
/// its word.
fn matches(locale: Locale, key: &Key, arg: Option<&Arg>) -> bool {
    match (key, arg) {
        (Key::Exact(k), Some(Arg::Num(n))) => u64::from(*k) == *n,
        (Key::Plural(p), Some(Arg::Num(n))) => category(locale.language(), *n) == *p,
        (Key::Word(w), Some(Arg::Str(value))) => w == value,
        _ => false,
    }
}

/// In a right-to-left interface every value is isolated; in a left-to-right one, only a value
/// holding right-to-left letters, so English sentences about English names stay plain text. The
/// pseudo-locale isolates every value too, which tells its tests a value (a name, a quote) from
/// text that escaped translation.
fn needs_isolation(locale: Locale, value: &str) -> bool {
    locale.pseudo || locale.direction() == Direction::Rtl || value.chars().any(is_right_to_left)
}

/// Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic
/// and their presentation forms.
fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// Every ASCII letter as a look-alike that is not ASCII, capitals then small letters.
const ACCENTED: [&str; 2] = ["ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ", "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž"];

/// The pseudo-locale's text: each letter accented, each vowel doubled (about 40 % longer).
fn pseudo(text: &str, out: &mut String) {
    for c in text.chars() {
        let row = if c.is_ascii_uppercase() { 0 } else { 1 };
        match ACCENTED[row]
            .chars()
            .nth(usize::from(c.to_ascii_lowercase() as u8).wrapping_sub(usize::from(b'a')))
            .filter(|_| c.is_ascii_alphabetic())
        {
            Some(accented) => {
                out.push(accented);
                if "aeiouAEIOU".contains(c) {
                    out.push(accented);
                }
            }
            None => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Locale, Msg};
    use super::*;

    #[test]
    fn plurals_choose_by_the_count() {
        let en = Locale::ENGLISH;
        assert_eq!(en.format(Msg::ResultCountAll, &[Arg::Num(1)]), "1 claim");
        assert_eq!(en.format(Msg::ResultCountAll, &[Arg::Num(0)]), "0 claims");
    }

    #[test]
    fn the_pseudo_locale_leaves_no_ascii_letter_and_keeps_the_values() {
        let pseudo = Locale::negotiate(["en-XA"]).expect("the pseudo-locale");
        let english = Locale::ENGLISH.format(Msg::ResultCountAll, &[Arg::Num(12)]);
        let text = pseudo.format(Msg::ResultCountAll, &[Arg::Num(12)]);
        assert!(text.starts_with("[12 ") && text.ends_with(']'), "{text}");
        assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
        assert!(
            text.chars().count() * 10 >= english.chars().count() * 13,
            "{text}"
        );
        let mut out = String::new();
        write(pseudo, &[Piece::Arg(0)], &[Arg::Str("Kyiv")], &mut out);
        assert_eq!(out, "\u{2068}Kyiv\u{2069}");
    }

    #[test]
    fn only_right_to_left_values_are_isolated_in_a_left_to_right_interface() {
        let en = Locale::ENGLISH;
        let mut out = String::new();
        write(en, &[Piece::Arg(0)], &[Arg::Str("Kyiv")], &mut out);
        assert_eq!(out, "Kyiv");
        out.clear();
        write(en, &[Piece::Arg(0)], &[Arg::Str("كييف")], &mut out);
        assert_eq!(out, "\u{2068}كييف\u{2069}");
    }
}
