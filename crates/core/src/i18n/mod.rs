//! Every language the interface speaks: the messages of `locales/*.ftl` (Project Fluent), which
//! the build compiles into a table ([`Msg`] names them), formatted with CLDR's plural rules, and
//! which language a reader gets. The WebAssembly carries English's table; another language's is
//! read from text ([`Locale::encode`], [`Locale::decode`]) that the pre-render writes beside the
//! page, checked before it is used: a table is untrusted input like any file.
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

/// How many messages there are, the readers' and the editor's.
const ALL: usize = Msg::ALL.len();

/// The pseudo-locale's tag.
pub const PSEUDO: &str = "en-XA";

/// A language of the interface: its tables of messages (the readers', the checker's and the
/// editor's), compiled in or read, or the pseudo-locale.
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    table: &'static Table,
    /// `None` for English until [`Locale::checking`] names its table, which only code that reads
    /// files calls: the explorer's build for the page's own article links none of it.
    check: Option<&'static Table>,
    editor: &'static Table,
    pseudo: bool,
}

/// A table without messages: English's editor messages in a build without them, and the
/// checker's before [`Locale::checking`].
const EMPTY: &Table = &Table {
    tag: "en",
    text: "",
    ends: &[0],
};

/// English's editor messages, where the build carries them (the `editor` feature).
#[cfg(feature = "editor")]
const ENGLISH_EDITOR_TABLE: &Table = &ENGLISH_EDITOR;
#[cfg(not(feature = "editor"))]
const ENGLISH_EDITOR_TABLE: &Table = EMPTY;

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
        check: None,
        editor: ENGLISH_EDITOR_TABLE,
        pseudo: false,
    };

    /// Every language this build carries, English first, the pseudo-locale last: all of
    /// [`SHIPPED`] natively (the `messages` feature), English alone in the WebAssembly, which
    /// reads the others with [`Locale::decode`].
    pub fn all() -> impl Iterator<Item = Locale> {
        #[cfg(feature = "messages")]
        let others = Locale::others();
        #[cfg(not(feature = "messages"))]
        let others = std::iter::empty();
        std::iter::once(Locale::ENGLISH)
            .chain(others)
            .chain([Locale {
                pseudo: true,
                ..Locale::ENGLISH
            }])
    }

    /// Every language shipped but English: those a page fetches rather than carries (the
    /// pre-render writes them beside it).
    #[cfg(feature = "messages")]
    pub fn others() -> impl Iterator<Item = Locale> {
        OTHER_TABLES.iter().map(|[table, check, editor]| Locale {
            table,
            check: Some(check),
            editor,
            pseudo: false,
        })
    }

    /// Every language shipped, by tag, with its name in itself (`("uk", "Українська")`),
    /// English first: what a reader chooses from.
    pub fn named() -> impl Iterator<Item = (&'static str, &'static str)> {
        SHIPPED.into_iter().zip(NAMES)
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

    /// The file a language's part of the messages is served in beside the page. Named after what
    /// the language's files hold, so that a browser's cache never hands a page an older file (and
    /// one read anyway is refused unless it holds this build's set of messages:
    /// [`Locale::decode`]).
    pub fn file_name(tag: &str, part: Part) -> String {
        let part = match part {
            Part::Readers => "",
            Part::Checks => "check-",
            Part::Editor => "editor-",
        };
        let at = SHIPPED.iter().position(|shipped| *shipped == tag);
        let content = at
            .and_then(|at| CONTENT.get(at))
            .copied()
            .unwrap_or_default();
        format!("messages-{part}{tag}-{content}.txt")
    }

    /// The language's `part` of the messages as text, for [`Locale::decode`] (and
    /// [`Locale::with_checks`]): a line naming the set of messages and the language, then each
    /// message after a [`SEPARATOR`]. Holds no `<`, so it may stand in an HTML data block, when
    /// the messages hold none (the message files' test refuses markup).
    pub fn encode(self, part: Part) -> String {
        let mut encoded = format!("{FINGERPRINT} {}\n", self.tag());
        let range = match part {
            Part::Readers => 0..READERS,
            Part::Checks => READERS..CHECKS,
            Part::Editor => 0..ALL,
        };
        let this = self.checking();
        for msg in &Msg::ALL[range] {
            encoded.push(SEPARATOR);
            encoded.push_str(this.pattern(*msg));
        }
        encoded
    }

    /// Reads messages [`Locale::encode`] wrote, the readers' or the editor's part, checking that
    /// they are this build's. Without the editor's, the editor's are English's (and the
    /// checker's, until [`Locale::with_checks`] reads them). The tables are kept for the rest of
    /// the page's life (a page reads one or two).
    pub fn decode(encoded: &str) -> Result<Locale, &'static str> {
        let (tag, patterns) = read_patterns(encoded)?;
        let locale = match patterns.len() {
            READERS => Locale {
                table: table(tag, &patterns)?,
                ..Locale::ENGLISH
            },
            ALL => Locale {
                table: table(tag, &patterns[..READERS])?,
                check: Some(table(tag, &patterns[READERS..CHECKS])?),
                editor: table(tag, &patterns[CHECKS..])?,
                pseudo: false,
            },
            _ => return Err("a damaged table of messages"),
        };
        Ok(locale)
    }

    /// This language with the checker's messages [`Locale::encode`] wrote (`Part::Checks`),
    /// checked as [`Locale::decode`] checks a table.
    pub fn with_checks(self, encoded: &str) -> Result<Locale, &'static str> {
        let (tag, patterns) = read_patterns(encoded)?;
        if tag != self.tag() {
            return Err("messages of another language");
        }
        if patterns.len() != CHECKS - READERS {
            return Err("a damaged table of messages");
        }
        Ok(Locale {
            check: Some(table(tag, &patterns)?),
            ..self
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

    /// This language, able to say why a file is refused (the messages `check-…`): English's
    /// table where the build carries no other.
    pub fn checking(self) -> Locale {
        Locale {
            check: Some(self.check.unwrap_or(&ENGLISH_CHECK)),
            ..self
        }
    }

    /// A message as compiled: its text with the formatter's markers. Empty for an editor's
    /// message in a build without them, and for a checker's before [`Locale::checking`].
    fn pattern(self, msg: Msg) -> &'static str {
        let at = msg as usize;
        let (table, at) = if at < READERS {
            (self.table, at)
        } else if at < CHECKS {
            (self.check.unwrap_or(EMPTY), at - READERS)
        } else {
            (self.editor, at - CHECKS)
        };
        let range = table.ends.get(at).zip(table.ends.get(at + 1));
        range.map_or("", |(&start, &end)| &table.text[start.into()..end.into()])
    }

    /// A message without arguments.
    pub fn text(self, msg: Msg) -> String {
        self.format(msg, &[])
    }

    /// Items as a list in this language: "A, B and C" with `and`, else "A, B, C". Each item is
    /// isolated where values are (see [`Locale::format`]), the list itself is not: place it in
    /// another message as [`Arg::Formatted`], so that its words give it its direction.
    pub fn list<S: AsRef<str>>(self, items: &[S], and: bool) -> String {
        let mut items = items.iter().rev().map(AsRef::as_ref);
        let mut joined = format::value(self, items.next().unwrap_or_default());
        for (i, item) in items.enumerate() {
            let msg = if and && i == 0 {
                Msg::ListAnd
            } else {
                Msg::ListUnit
            };
            joined = self.format(msg, &[item.into(), Arg::Formatted(&joined)]);
        }
        joined
    }

    /// A date for readers, as precise as it is: `25 May 2023`, `May 2023` or `2023` in English.
    pub fn date(self, date: &Date) -> String {
        // A year is a name rather than a count: never grouped in thousands.
        let year = date.year.to_string();
        let year = Arg::Str(&year);
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

/// The parts of a language's messages, each served in a file of its own beside the page
/// ([`Locale::file_name`]): the readers', which every page in that language fetches; the
/// checker's, which the explorer fetches only to say why a file is refused; and the editor's,
/// which come with both of the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Readers,
    Checks,
    Editor,
}

/// The language and messages of an encoded table, if it is this build's and of a language
/// shipped.
fn read_patterns(encoded: &str) -> Result<(&'static str, Vec<&str>), &'static str> {
    let (head, body) = encoded.split_once('\n').unwrap_or_default();
    let (fingerprint, tag) = head.split_once(' ').unwrap_or_default();
    if fingerprint != FINGERPRINT {
        return Err("messages for another build");
    }
    let tag = SHIPPED
        .into_iter()
        .find(|shipped| *shipped == tag)
        .ok_or("a language not shipped")?;
    if !body.starts_with(SEPARATOR) {
        return Err("a damaged table of messages");
    }
    Ok((tag, body.split(SEPARATOR).skip(1).collect()))
}

/// A table of `patterns`, kept for the rest of the page's life.
fn table(tag: &'static str, patterns: &[&str]) -> Result<&'static Table, &'static str> {
    let (mut text, mut ends) = (String::new(), vec![0]);
    for pattern in patterns {
        text.push_str(pattern);
        ends.push(u16::try_from(text.len()).map_err(|_| "a table too long")?);
    }
    let table = Table {
        tag,
        text: text.leak(),
        ends: ends.leak(),
    };
    Ok(Box::leak(Box::new(table)))
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
            let read = Locale::decode(&locale.encode(Part::Editor)).expect("reads");
            assert_eq!(read, locale);
            let readers = Locale::decode(&locale.encode(Part::Readers)).expect("reads");
            let checks = readers
                .with_checks(&locale.encode(Part::Checks))
                .expect("reads");
            for msg in Msg::ALL {
                let three = |l: Locale| l.checking().format(msg, &[Arg::Num(3)]);
                assert_eq!(three(read), three(locale));
                // Without the editor's messages, the editor's are English's; without the
                // checker's, the checker's too, until they are read.
                let at = msg as usize;
                let english = |own: bool| if own { locale } else { Locale::ENGLISH };
                assert_eq!(three(readers), three(english(at < READERS)), "{}", msg.id());
                assert_eq!(three(checks), three(english(at < CHECKS)), "{}", msg.id());
            }
            let other = Locale::all().find(|l| *l != locale && !l.pseudo);
            let other = other.expect("another language").encode(Part::Checks);
            assert_eq!(
                readers.with_checks(&other),
                Err("messages of another language")
            );
        }
        // Each language is named in itself: by its own file's language-name.
        for (locale, (tag, name)) in Locale::all().zip(Locale::named()) {
            assert_eq!(locale.tag(), tag);
            assert_eq!(locale.text(Msg::LanguageName), name);
        }
        assert_eq!(Locale::negotiate_shipped(["pt", "EN-us"]), Some("en"));
        assert_eq!(Locale::negotiate_shipped(["en-xa"]), Some(PSEUDO));
        assert!(Locale::file_name("uk", Part::Readers).starts_with("messages-uk-"));
        assert!(Locale::file_name("uk", Part::Checks).starts_with("messages-check-uk-"));
        assert!(Locale::file_name("uk", Part::Editor).starts_with("messages-editor-uk-"));
    }

    #[test]
    fn a_table_for_another_build_or_damaged_is_refused() {
        let encoded = Locale::ENGLISH.encode(Part::Editor);
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

    #[test]
    fn a_table_nesting_choices_ten_thousand_deep_reads_and_formats_without_running_away() {
        let encoded = Locale::ENGLISH.encode(Part::Editor);
        let mut messages: Vec<&str> = encoded.split(SEPARATOR).collect();
        let deep = format!("{}deep", "\u{2}0\u{3}*\u{4}".repeat(10_000));
        messages[1] = &deep;
        let locale = Locale::decode(&messages.join(&SEPARATOR.to_string())).expect("reads");
        assert_eq!(locale.format(Msg::ALL[0], &[Arg::Num(1)]), "");
    }

    proptest::proptest! {
        /// Whatever a server hands over in place of a message (the formatter's markers, the
        /// separator and nesting included), reading the table and formatting every message
        /// never panics and never runs away.
        #[test]
        fn any_text_read_as_a_message_never_panics(
            body in "[\\x00-\\x07a-z0-9*=]{0,300}",
            nested in 0_usize..10_000,
            at in 0_usize..400,
        ) {
            let encoded = Locale::ENGLISH.encode(Part::Editor);
            let mut messages: Vec<&str> = encoded.split(SEPARATOR).collect();
            let deep = "\u{2}0\u{3}*\u{4}".repeat(nested);
            let slot = 1 + at % (messages.len() - 1);
            let replaced = format!("{body}{deep}");
            messages[slot] = &replaced;
            let spliced = messages.join(&SEPARATOR.to_string());
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
    fn lists_join_with_the_language_s_words() {
        let en = Locale::ENGLISH;
        assert_eq!(en.list(&["A"], true), "A");
        assert_eq!(en.list(&["A", "B"], true), "A and B");
        assert_eq!(en.list(&["A", "B", "C"], true), "A, B and C");
        assert_eq!(en.list(&["A", "B", "C"], false), "A, B, C");
        assert_eq!(en.list::<&str>(&[], false), "");
        let arabic = Locale::negotiate(["ar"]).expect("shipped");
        let isolated = |s: &str| format!("\u{2068}{s}\u{2069}");
        assert_eq!(
            arabic.list(&["A", "B"], false),
            format!("{}، {}", isolated("A"), isolated("B"))
        );
        // Three names in Arabic: each isolated once, the list not again, so that “و” and “،”
        // set its direction right to left (a list isolated whole read left to right).
        assert_eq!(
            arabic.list(&["A", "B", "C"], true),
            format!("{}، {} و{}", isolated("A"), isolated("B"), isolated("C"))
        );
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
