//! Every language the interface speaks: the messages of `locales/*.ftl` (Project Fluent), which
//! the build compiles into a table ([`Msg`] names them), formatted with CLDR's plural rules, and
//! which language a reader gets.
//!
//! A message is text, never markup: the views place it in text nodes and attributes. A name, quote
//! or other value placed in a message is isolated (Unicode's FSI … PDI) wherever its direction
//! may differ from the interface's, so an Arabic name in an English sentence, or a Latin one in an
//! Arabic sentence, keeps its own order. The pseudo-locale `en-XA` is English made longer, accented
//! and bracketed, by [`Locale::format`] itself rather than by a file: tests use it to find strings
//! that escaped translation and text that gets cut off.
//!
//! ```
//! use claimscope_core::i18n::{Arg, Locale, Msg};
//!
//! let english = Locale::negotiate(["pt-BR", "en-GB"]).unwrap_or_default();
//! assert_eq!(english.tag(), "en");
//! let count = english.format(Msg::ResultCountAll, &[Arg::Num(3)]);
//! assert_eq!(count, "3 claims");
//! ```

mod format;
mod plural;

pub use format::Arg;
pub use plural::{category, Plural};

use crate::model::Date;

/// A language's messages, as `build.rs` compiles them (or [`Locale::decode`] reads them): one
/// string (see `format` for its encoding) and where each message, in [`Msg::ALL`]'s order, ends
/// in it.
#[derive(Debug)]
struct Table {
    tag: &'static str,
    text: &'static str,
    /// The first message starts at 0; message `i` ends at `ends[i + 1]`.
    ends: &'static [u16],
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Stands before each message of an encoded table: a control character no message holds (the
/// build refuses them all but the formatter's markers).
const SEPARATOR: char = '\u{6}';

/// The pseudo-locale's tag.
pub const PSEUDO: &str = "en-XA";

/// A language of the interface: a table of messages, compiled in or read, or the pseudo-locale.
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    table: &'static Table,
    pseudo: bool,
}

impl PartialEq for Locale {
    fn eq(&self, other: &Locale) -> bool {
        self.tag() == other.tag()
    }
}

impl Eq for Locale {}

impl Default for Locale {
    fn default() -> Locale {
        Locale::ENGLISH
    }
}

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// The direction of a language by its BCP 47 tag: right to left for the scripts of Arabic,
    /// Hebrew, Persian, Urdu, Yiddish, Pashto, Sindhi, Uyghur, Kurdish (Sorani) and Dhivehi.
    pub fn of(tag: &str) -> Direction {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let rtl = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "ckb", "dv"];
        if rtl.iter().any(|l| l.eq_ignore_ascii_case(primary)) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }
}

impl Locale {
    /// English, the language every other falls back to.
    pub const ENGLISH: Locale = Locale {
        table: &ENGLISH_TABLE,
        pseudo: false,
    };

    /// Every language this build carries, English first, the pseudo-locale last: all of
    /// [`SHIPPED`] natively (the `messages` feature), English alone in the WebAssembly, which
    /// reads the others with [`Locale::decode`].
    pub fn all() -> impl Iterator<Item = Locale> {
        #[cfg(feature = "messages")]
        let others = OTHER_TABLES.iter();
        #[cfg(not(feature = "messages"))]
        let others = [].iter();
        std::iter::once(&ENGLISH_TABLE)
            .chain(others)
            .map(|table| Locale {
                table,
                pseudo: false,
            })
            .chain([Locale {
                table: &ENGLISH_TABLE,
                pseudo: true,
            }])
    }

    /// The first language of `wanted` (BCP 47 tags, most wanted first) that this build carries,
    /// each tried whole and then without its last subtags (`pt-BR`, then `pt`); `None` when it
    /// carries none of them.
    pub fn negotiate<'a>(wanted: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
        first_known(wanted, |tag| {
            Locale::all().find(|l| l.tag().eq_ignore_ascii_case(tag))
        })
    }

    /// As [`Locale::negotiate`], over every language shipped, whether this build carries it or
    /// not: the tag to [`Locale::negotiate`] or to fetch (as [`Locale::file_name`]).
    pub fn negotiate_shipped<'a>(
        wanted: impl IntoIterator<Item = &'a str>,
    ) -> Option<&'static str> {
        first_known(wanted, |tag| {
            SHIPPED
                .into_iter()
                .chain([PSEUDO])
                .find(|shipped| shipped.eq_ignore_ascii_case(tag))
        })
    }

    /// The file a language's table is served in beside the page: named for the set of messages
    /// too, so a cache never hands an older build's table to a newer one.
    pub fn file_name(tag: &str) -> String {
        format!("messages-{tag}-{FINGERPRINT}.txt")
    }

    /// The language's table as text, for [`Locale::decode`]: a line naming the set of messages
    /// and the language, then the messages, each after a [`SEPARATOR`]. Holds no `<`, so it may
    /// stand in an HTML data block, when the messages hold none (the message files' test refuses
    /// markup).
    pub fn encode(self) -> String {
        let mut encoded = format!("{FINGERPRINT} {}\n", self.tag());
        for msg in Msg::ALL {
            encoded.push(SEPARATOR);
            encoded.push_str(self.pattern(msg));
        }
        encoded
    }

    /// Reads a table [`Locale::encode`] wrote, checking that it holds this build's messages. The
    /// table is kept for the rest of the page's life (a page reads one or two).
    pub fn decode(encoded: &str) -> Result<Locale, &'static str> {
        let (head, body) = encoded.split_once('\n').unwrap_or_default();
        let (fingerprint, tag) = head.split_once(' ').unwrap_or_default();
        if fingerprint != FINGERPRINT {
            return Err("messages for another build");
        }
        let tag = SHIPPED
            .into_iter()
            .find(|shipped| *shipped == tag)
            .ok_or("a language not shipped")?;
        let (mut text, mut ends) = (String::new(), vec![0]);
        for pattern in body.split(SEPARATOR).skip(1) {
            text.push_str(pattern);
            ends.push(u16::try_from(text.len()).map_err(|_| "a table too long")?);
        }
        if ends.len() != Msg::ALL.len() + 1 || !body.starts_with(SEPARATOR) {
            return Err("a damaged table of messages");
        }
        let table = Table {
            tag,
            text: text.leak(),
            ends: ends.leak(),
        };
        Ok(Locale {
            table: Box::leak(Box::new(table)),
            pseudo: false,
        })
    }

    /// The language's BCP 47 tag, for `<html lang>` and the address's `lang=`.
    pub fn tag(self) -> &'static str {
        if self.pseudo {
            PSEUDO
        } else {
            self.table.tag
        }
    }

    pub fn direction(self) -> Direction {
        Direction::of(self.tag())
    }

    /// The message with its arguments placed, in this language.
    pub fn format(self, msg: Msg, args: &[Arg]) -> String {
        format::format(self, self.pattern(msg), args)
    }

    /// A message as compiled: its text with the formatter's markers.
    fn pattern(self, msg: Msg) -> &'static str {
        let (table, at) = (self.table, msg as usize);
        let (start, end) = (table.ends[at], table.ends[at + 1]);
        &table.text[usize::from(start)..usize::from(end)]
    }

    /// A message without arguments.
    pub fn text(self, msg: Msg) -> String {
        self.format(msg, &[])
    }

    /// A date for readers, as precise as it is: `25 May 2023`, `May 2023` or `2023` in English.
    pub fn date(self, date: &Date) -> String {
        let year = Arg::Num(date.year.into());
        match (date.day, date.month) {
            (Some(day), Some(month)) => self.format(
                Msg::DateDay,
                &[Arg::Num(day.into()), Arg::Num(month.into()), year],
            ),
            (_, Some(month)) => self.format(Msg::DateMonth, &[Arg::Num(month.into()), year]),
            _ => self.format(Msg::DateYear, &[year]),
        }
    }

    /// The language whose plural rules apply: the tag's primary subtag.
    fn language(self) -> &'static str {
        let tag = self.tag();
        tag.split('-').next().unwrap_or(tag)
    }
}

/// The first of `wanted` that `known` knows, each tag tried whole and then without its last
/// subtags.
fn first_known<'a, T>(
    wanted: impl IntoIterator<Item = &'a str>,
    known: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    wanted.into_iter().find_map(|tag| {
        let tag = tag.trim().replace('_', "-");
        let mut candidate = tag.as_str();
        loop {
            if let Some(found) = known(candidate) {
                return Some(found);
            }
            candidate = &candidate[..candidate.rfind('-')?];
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regional_tag_falls_back_to_its_language_then_to_none() {
        assert_eq!(Locale::negotiate(["en-GB"]), Some(Locale::ENGLISH));
        assert_eq!(Locale::negotiate(["zz-Latn-ZZ"]), None);
        assert_eq!(
            Locale::negotiate(["", "zz", "EN_us"]),
            Some(Locale::ENGLISH)
        );
        let pseudo = Locale::negotiate(["en-xa"]).expect("the pseudo-locale");
        assert_eq!(pseudo.tag(), PSEUDO);
    }

    #[test]
    fn every_shipped_language_is_carried_natively_and_reads_back_from_its_file() {
        let carried: Vec<&str> = Locale::all().map(Locale::tag).collect();
        assert_eq!(carried.len(), SHIPPED.len() + 1, "{carried:?}");
        for locale in Locale::all().filter(|l| !l.pseudo) {
            let read = Locale::decode(&locale.encode()).expect("reads");
            assert_eq!(read, locale);
            for msg in Msg::ALL {
                assert_eq!(
                    read.format(msg, &[Arg::Num(3)]),
                    locale.format(msg, &[Arg::Num(3)])
                );
            }
        }
        assert_eq!(Locale::negotiate_shipped(["pt", "EN-us"]), Some("en"));
        assert_eq!(Locale::negotiate_shipped(["en-xa"]), Some(PSEUDO));
        assert!(Locale::file_name("en").starts_with("messages-en-"));
    }

    #[test]
    fn a_table_for_another_build_or_damaged_is_refused() {
        let encoded = Locale::ENGLISH.encode();
        let flipped = if encoded.starts_with('0') { "1" } else { "0" };
        let other_build = format!("{flipped}{}", &encoded[1..]);
        assert_eq!(
            Locale::decode(&other_build),
            Err("messages for another build")
        );
        let unknown = encoded.replacen(" en\n", " xx\n", 1);
        assert_eq!(Locale::decode(&unknown), Err("a language not shipped"));
        let cut = &encoded[..encoded.rfind(SEPARATOR).expect("messages")];
        assert_eq!(Locale::decode(cut), Err("a damaged table of messages"));
    }

    proptest::proptest! {
        /// Whatever a server hands over, reading it and formatting every message never panics.
        #[test]
        fn any_text_read_as_a_table_never_panics(body in "\\PC{0,200}", cut in 0_usize..4000) {
            let encoded = Locale::ENGLISH.encode();
            let mut spliced = encoded.clone();
            let at = (0..=cut.min(encoded.len())).rev().find(|&i| encoded.is_char_boundary(i)).unwrap_or(0);
            spliced.replace_range(at.., &body);
            for text in [spliced, body.clone()] {
                if let Ok(locale) = Locale::decode(&text) {
                    for msg in Msg::ALL {
                        let _ = locale.format(msg, &[Arg::Num(2), Arg::Str(&body)]);
                    }
                }
            }
        }
    }

    #[test]
    fn arabic_and_hebrew_run_right_to_left() {
        assert_eq!(Direction::of("ar-EG"), Direction::Rtl);
        assert_eq!(Direction::of("he"), Direction::Rtl);
        assert_eq!(Direction::of("uk"), Direction::Ltr);
        assert_eq!(Direction::of(""), Direction::Ltr);
    }

    #[test]
    fn dates_read_as_precisely_as_they_are_known() {
        let en = Locale::ENGLISH;
        let date = |text| Date::parse(text).expect("a date");
        assert_eq!(en.date(&date("2023-05-22")), "22 May 2023");
        assert_eq!(en.date(&date("2024-01")), "January 2024");
        assert_eq!(en.date(&date("2023")), "2023");
    }
}
