//! Placing a message's arguments: plural and exact-number choices, bidi isolation of values, and
//! the pseudo-locale's transformation of the message's own text.

use super::{category, Locale};
use crate::i18n::Direction;

/// An argument of a message: a count, which plural choices select on, or a value (a name, a
/// quote, a date already formatted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    Num(usize),
    Str(&'a str),
    /// Text a message made already (a list), whose values are isolated each: placed as it is,
    /// so that its own words (“and”, “و”) give it its direction.
    Formatted(&'a str),
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(n as usize)
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

/// The markers of a compiled message (`crates/core/build.rs` writes them): an argument is `ARG`
/// and its index as a digit; a choice is `SELECT`, the index, then each variant as `KEY`, its key
/// (`*` before the default's), `BODY` and its pattern, and finally `END`. Being ASCII, each is
/// one byte of the string, never part of a longer character.
const ARG: u8 = 1;
const SELECT: u8 = 2;
const KEY: u8 = 3;
const BODY: u8 = 4;
const END: u8 = 5;

pub(super) fn format(locale: Locale, pattern: &str, args: &[Arg]) -> String {
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

/// A value as a message places it: isolated where its direction may differ from the
/// interface's.
pub(super) fn value(locale: Locale, text: &str) -> String {
    let mut out = String::new();
    write(locale, "\u{1}0", &[Arg::Str(text)], &mut out);
    out
}

/// How deep choices may nest: English's deepest is 2. A table read from a file (`Locale::decode`)
/// is not trusted to stop sooner, and each level is a call: deeper choices are left out.
const DEEPEST: usize = 4;

fn write(locale: Locale, pattern: &str, args: &[Arg], out: &mut String) {
    write_at(locale, pattern, args, out, 0);
}

fn write_at(locale: Locale, pattern: &str, args: &[Arg], out: &mut String, depth: usize) {
    let mut rest = pattern;
    while let Some(at) = rest.bytes().position(|b| b == ARG || b == SELECT) {
        text(locale, &rest[..at], out);
        let marker = rest.as_bytes()[at];
        let arg = rest
            .as_bytes()
            .get(at + 1)
            .and_then(|digit| args.get(usize::from(digit.wrapping_sub(b'0'))));
        rest = rest.get(at + 2..).unwrap_or_default();
        if marker == SELECT {
            let (chosen, after) = select(locale, rest, arg);
            if depth < DEEPEST {
                write_at(locale, chosen, args, out, depth + 1);
            }
            rest = after;
            continue;
        }
        match arg {
            Some(Arg::Num(n)) => number(locale, *n, out),
            Some(Arg::Str(value)) if needs_isolation(locale, value) => {
                out.push(ISOLATE.0);
                out.push_str(value);
                out.push(ISOLATE.1);
            }
            Some(Arg::Str(value) | Arg::Formatted(value)) => out.push_str(value),
            None => {}
        }
    }
    text(locale, rest, out);
}

/// A count grouped in thousands as the language writes it (CLDR's separators): `12,345` in
/// English, `12.345` in German, `12 345` in French (a narrow no-break space), Ukrainian and
/// Russian (a no-break space); Spanish leaves four digits whole (`1234`, `12.345`).
fn number(locale: Locale, n: usize, out: &mut String) {
    let language = locale.language();
    let separator = match language {
        "de" | "es" | "it" | "pt" => '.',
        "fr" => '\u{202F}',
        "uk" | "ru" => '\u{A0}',
        _ => ',',
    };
    let digits = n.to_string();
    let fewest = if language == "es" { 5 } else { 4 };
    if digits.len() < fewest {
        out.push_str(&digits);
        return;
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
}

/// The variant a choice takes for `arg` (the first whose key matches, else the default), and
/// what follows the choice.
fn select<'p>(locale: Locale, mut rest: &'p str, arg: Option<&Arg>) -> (&'p str, &'p str) {
    let (mut chosen, mut default) = (None, "");
    while rest.as_bytes().first() == Some(&KEY) {
        let (key, after) = rest[1..]
            .split_once(char::from(BODY))
            .unwrap_or((&rest[1..], ""));
        let (body, next) = variant(after);
        let key = match key.strip_prefix('*') {
            Some(key) => {
                default = body;
                key
            }
            None => key,
        };
        if chosen.is_none() && matches(locale, key, arg) {
            chosen = Some(body);
        }
        rest = next;
    }
    (chosen.unwrap_or(default), rest.get(1..).unwrap_or_default())
}

/// A variant's pattern, up to the `KEY` or `END` of its own choice (choices nest), and the rest.
fn variant(text: &str) -> (&str, &str) {
    let mut depth = 0_usize;
    for (i, byte) in text.bytes().enumerate() {
        match byte {
            SELECT => depth += 1,
            KEY | END if depth == 0 => return text.split_at(i),
            END => depth -= 1,
            _ => {}
        }
    }
    (text, "")
}

/// Whether a variant's key matches: a count by its exact number (`[0]`) or its plural category
/// (`[one]`), a value by its word.
fn matches(locale: Locale, key: &str, arg: Option<&Arg>) -> bool {
    match arg {
        Some(Arg::Num(n)) => match key.parse::<usize>() {
            Ok(exact) => exact == *n,
            Err(_) => category(locale.language(), *n).key() == key,
        },
        Some(Arg::Str(value) | Arg::Formatted(value)) => key == *value,
        None => false,
    }
}

/// Text of the message itself: as it is, or the pseudo-locale's.
fn text(locale: Locale, text: &str, out: &mut String) {
    if locale.pseudo {
        pseudo(text, out);
    } else {
        out.push_str(text);
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
/// and their presentation forms (which end at U+FEFC: U+FEFF, the byte-order mark, is no letter).
fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
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
        write(pseudo, "\u{1}0", &[Arg::Str("Kyiv")], &mut out);
        assert_eq!(out, "\u{2068}Kyiv\u{2069}");
    }

    #[test]
    fn every_message_formats_in_every_language_and_the_pseudo_one_is_all_accented() {
        let counts = [Arg::Num(2); 4];
        for locale in Locale::all() {
            for msg in Msg::ALL {
                let text = locale.checking().format(msg, &counts);
                let markers = ['\u{1}', '\u{2}', '\u{3}', '\u{4}', '\u{5}'];
                assert!(!text.trim().is_empty(), "{} {}", locale.tag(), msg.id());
                assert!(
                    !text.contains(markers),
                    "{} {}: {text:?}",
                    locale.tag(),
                    msg.id()
                );
                if locale.tag() == super::super::PSEUDO {
                    assert!(!text.contains(|c: char| c.is_ascii_alphabetic()), "{text}");
                }
            }
        }
    }

    #[test]
    fn counts_are_grouped_in_thousands_as_each_language_writes_them() {
        let grouped = |tag: &str, n: usize| {
            let locale = Locale::negotiate([tag]).expect("shipped");
            let mut out = String::new();
            write(locale, "\u{1}0", &[Arg::Num(n)], &mut out);
            out
        };
        assert_eq!(grouped("en", 999), "999");
        assert_eq!(grouped("en", 1_000), "1,000");
        assert_eq!(grouped("en", 1_234_567), "1,234,567");
        assert_eq!(grouped("de", 10_000), "10.000");
        assert_eq!(grouped("es", 1_234), "1234");
        assert_eq!(grouped("es", 12_345), "12.345");
        assert_eq!(grouped("fr", 12_345), "12\u{202F}345");
        assert_eq!(grouped("uk", 100_000), "100\u{A0}000");
        assert_eq!(grouped("ar", 100_000), "100,000");
    }

    #[test]
    fn only_right_to_left_values_are_isolated_in_a_left_to_right_interface() {
        let en = Locale::ENGLISH;
        let mut out = String::new();
        write(en, "\u{1}0", &[Arg::Str("Kyiv")], &mut out);
        assert_eq!(out, "Kyiv");
        out.clear();
        write(en, "\u{1}0", &[Arg::Str("كييف")], &mut out);
        assert_eq!(out, "\u{2068}كييف\u{2069}");
        // Regression: a byte-order mark in a name (tests/hostile/markup.json) is no Arabic letter.
        out.clear();
        write(en, "\u{1}0", &[Arg::Str("mayor\u{feff}")], &mut out);
        assert_eq!(out, "mayor\u{feff}");
    }
}
