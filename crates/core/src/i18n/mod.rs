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

/// A language's messages, as `build.rs` compiles them: one string (see `format` for its
/// encoding) and where each message, in [`Msg::ALL`]'s order, ends in it.
struct Table {
    text: &'static str,
    /// The first message starts at 0; message `i` ends at `ends[i + 1]`.
    ends: &'static [u16],
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// The pseudo-locale's tag.
pub const PSEUDO: &str = "en-XA";

/// A language of the interface: one of the compiled tables, or the pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Locale {
    table: usize,
    pseudo: bool,
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
        table: 0,
        pseudo: false,
    };

    /// Every language the interface speaks, English first, the pseudo-locale last.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..TABLES.len())
            .map(|table| Locale {
                table,
                pseudo: false,
            })
            .chain([Locale {
                table: 0,
                pseudo: true,
            }])
    }

    /// The first language of `wanted` (BCP 47 tags, most wanted first) that the interface
    /// speaks, each tried whole and then without its last subtags (`pt-BR`, then `pt`); `None`
    /// when it speaks none of them.
    pub fn negotiate<'a>(wanted: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
        wanted.into_iter().find_map(|tag| {
            let tag = tag.trim().replace('_', "-");
            let mut candidate = tag.as_str();
            loop {
                if let Some(found) = Locale::all().find(|l| l.tag().eq_ignore_ascii_case(candidate))
                {
                    return Some(found);
                }
                candidate = &candidate[..candidate.rfind('-')?];
            }
        })
    }

    /// The language's BCP 47 tag, for `<html lang>` and the address's `lang=`.
    pub fn tag(self) -> &'static str {
        if self.pseudo {
            PSEUDO
        } else {
            TABLES[self.table].0
        }
    }

    pub fn direction(self) -> Direction {
        Direction::of(self.tag())
    }

    /// The message with its arguments placed, in this language.
    pub fn format(self, msg: Msg, args: &[Arg]) -> String {
        let table = &TABLES[self.table].1;
        let at = msg as usize;
        let (start, end) = (table.ends[at], table.ends[at + 1]);
        format::format(
            self,
            &table.text[usize::from(start)..usize::from(end)],
            args,
        )
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
