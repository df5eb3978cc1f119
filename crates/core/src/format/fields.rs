//! Reading typed fields out of parsed JSON, collecting a [`Problem`] for each one that is wrong.
//!
//! Each reader returns `None` when the field is unusable and records why, so that loading can go on
//! and report every problem in the file at once.

use std::fmt;

use super::json::Json;
use super::problem::Problem;
use crate::i18n::{Arg, Locale, Msg};
use crate::model::{Date, Url, Vocabulary};

/// The longest id the format allows.
const MAX_ID_LEN: usize = 64;

/// Where a value stands in the file, such as `claims[12].quote.exact`. Built on the stack as
/// loading descends and written out only when there is a problem to report, so reading a large
/// valid file formats no paths at all.
#[derive(Debug, Clone, Copy)]
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

/// The whole file.
pub static ROOT: Path<'static> = Path::Root;

impl<'a> Path<'a> {
    /// The path of member `key` of the object here.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    /// The path of item `i` of the list here.
    pub fn index(&'a self, i: usize) -> Path<'a> {
        Path::Index(self, i)
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// Collects problems while fields are read, said in the locale's language.
pub struct Fields {
    pub problems: Vec<Problem>,
    pub locale: Locale,
}

impl Fields {
    pub fn new(locale: Locale) -> Fields {
        Fields {
            problems: Vec::new(),
            locale: locale.checking(),
        }
    }

    pub fn problem(&mut self, path: &Path, msg: Msg, args: &[Arg]) {
        let message = self.locale.format(msg, args);
        self.problems.push(Problem::new(path.to_string(), message));
    }

    /// A value of the wrong kind: `expected` is a key of the message `check-wrong-type`.
    fn wrong_type(&mut self, path: &Path, expected: &str, found: &Json) {
        let args = [expected.into(), found.type_name().into()];
        self.problem(path, Msg::CheckWrongType, &args);
    }

    /// `value` as an object, or a problem.
    pub fn object<'j>(&mut self, value: &'j Json<'j>, path: &Path) -> Option<&'j Json<'j>> {
        match value {
            Json::Object(_) => Some(value),
            other => {
                self.wrong_type(path, "object", other);
                None
            }
        }
    }

    /// A field that must be present (it may hold `null`).
    pub fn required<'j>(
        &mut self,
        object: &'j Json<'j>,
        path: &Path,
        key: &str,
    ) -> Option<&'j Json<'j>> {
        let value = object.get(key);
        if value.is_none() {
            self.problem(&path.key(key), Msg::CheckMissing, &[]);
        }
        value
    }

    /// A field that must be present and hold text, which may be empty: an empty summary is an
    /// editorial gap the checker warns of (`crate::format::warnings`), not a file the explorer
    /// cannot show. Text is borrowed from the parsed file: loading copies only what the article
    /// keeps.
    pub fn text<'j>(&mut self, object: &'j Json<'j>, path: &Path, key: &str) -> Option<&'j str> {
        let value = self.required(object, path, key)?;
        self.text_value(value, &path.key(key))
    }

    /// A field that must be present and hold text that is not blank, because the explorer shows
    /// nothing else in its place: an actor's name, a source's outlet, a quote.
    pub fn label<'j>(&mut self, object: &'j Json<'j>, path: &Path, key: &str) -> Option<&'j str> {
        let text = self.text(object, path, key)?;
        if text.trim().is_empty() {
            self.problem(&path.key(key), Msg::CheckEmpty, &[]);
            return None;
        }
        Some(text)
    }

    pub fn text_value<'j>(&mut self, value: &'j Json<'j>, path: &Path) -> Option<&'j str> {
        match value {
            Json::String(s) => Some(s),
            other => {
                self.wrong_type(path, "text", other);
                None
            }
        }
    }

    /// A field that must be present and hold text or `null`. The outer `None` means the
    /// field was wrong.
    pub fn nullable_text(
        &mut self,
        object: &Json,
        path: &Path,
        key: &str,
    ) -> Option<Option<String>> {
        match self.required(object, path, key)? {
            Json::Null => Some(None),
            value => self
                .text_value(value, &path.key(key))
                .map(|text| Some(text.to_owned())),
        }
    }

    /// A field that may be left out, or hold text or `null`.
    pub fn optional_text(&mut self, object: &Json, path: &Path, key: &str) -> Option<String> {
        match object.get(key)? {
            Json::Null => None,
            value => self.text_value(value, &path.key(key)).map(str::to_owned),
        }
    }

    pub fn boolean(&mut self, object: &Json, path: &Path, key: &str) -> Option<bool> {
        match self.required(object, path, key)? {
            Json::Bool(b) => Some(*b),
            other => {
                self.wrong_type(&path.key(key), "boolean", other);
                None
            }
        }
    }

    /// A field that may be left out, or hold true or false; left out is false.
    pub fn optional_boolean(&mut self, object: &Json, path: &Path, key: &str) -> Option<bool> {
        match object.get(key) {
            None => Some(false),
            Some(Json::Bool(b)) => Some(*b),
            Some(other) => {
                self.wrong_type(&path.key(key), "boolean", other);
                None
            }
        }
    }

    /// A field holding an id: 1–64 of `a-z 0-9 - _`, starting with a letter or digit.
    pub fn id<'j>(&mut self, object: &'j Json<'j>, path: &Path, key: &str) -> Option<&'j str> {
        let value = self.required(object, path, key)?;
        self.id_value(value, &path.key(key))
    }

    pub fn id_value<'j>(&mut self, value: &'j Json<'j>, path: &Path) -> Option<&'j str> {
        let text = self.text_value(value, path)?;
        let well_formed = text.len() <= MAX_ID_LEN
            && text
                .bytes()
                .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_'))
            && text
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphanumeric());
        if well_formed {
            Some(text)
        } else {
            self.problem(path, Msg::CheckId, &[abbreviate(text).as_str().into()]);
            None
        }
    }

    /// A field holding a list.
    pub fn list<'j>(
        &mut self,
        object: &'j Json<'j>,
        path: &Path,
        key: &str,
    ) -> Option<&'j [Json<'j>]> {
        match self.required(object, path, key)? {
            Json::Array(items) => Some(items),
            other => {
                self.wrong_type(&path.key(key), "list", other);
                None
            }
        }
    }

    /// A field holding a list of ids.
    pub fn id_list<'j>(
        &mut self,
        object: &'j Json<'j>,
        path: &Path,
        key: &str,
    ) -> Option<Vec<&'j str>> {
        let items = self.list(object, path, key)?;
        let path = path.key(key);
        every(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| self.id_value(v, &path.index(i))),
        )
    }

    /// A field holding one word of a [`Vocabulary`].
    pub fn word<V: Vocabulary>(&mut self, object: &Json, path: &Path, key: &str) -> Option<V> {
        let text = self.text(object, path, key)?;
        let word = V::from_key(text);
        if word.is_none() {
            let known: Vec<&str> = V::ALL.iter().map(|(_, k)| *k).collect();
            let (value, known) = (abbreviate(text), known.join(", "));
            let args = [value.as_str().into(), V::WHAT.into(), known.as_str().into()];
            self.problem(&path.key(key), Msg::CheckWord, &args);
        }
        word
    }

    /// A field holding a date, or `null` when `nullable`. The outer `None` means the field was wrong.
    pub fn date(
        &mut self,
        object: &Json,
        path: &Path,
        key: &str,
        nullable: bool,
    ) -> Option<Option<Date>> {
        let value = self.required(object, path, key)?;
        let path = path.key(key);
        if nullable && *value == Json::Null {
            return Some(None);
        }
        let text = self.text_value(value, &path)?;
        let date = Date::parse(text);
        if date.is_none() {
            self.problem(&path, Msg::CheckDate, &[abbreviate(text).as_str().into()]);
        }
        date.map(Some)
    }

    /// A field holding an `http(s)` URL or `null`. The outer `None` means the field was wrong.
    pub fn url(&mut self, object: &Json, path: &Path, key: &str) -> Option<Option<Url>> {
        match self.required(object, path, key)? {
            Json::Null => Some(None),
            value => {
                let path = path.key(key);
                let text = self.text_value(value, &path)?;
                let url = Url::parse(text);
                if url.is_none() {
                    let link = abbreviate(text);
                    self.problem(&path, Msg::CheckLink, &[link.as_str().into()]);
                }
                url.map(Some)
            }
        }
    }
}

/// Every item, or `None` if any is missing. Unlike collecting into an `Option`, it goes on past a
/// missing item, so that every item reports its problem, and it builds one list, not two.
pub fn every<T>(items: impl ExactSizeIterator<Item = Option<T>>) -> Option<Vec<T>> {
    let mut list = Vec::with_capacity(items.len());
    let mut complete = true;
    for item in items {
        match item {
            Some(item) => list.push(item),
            None => complete = false,
        }
    }
    complete.then_some(list)
}

/// Quoted text for an error message, cut short so a 100 KB field does not flood the report.
pub fn abbreviate(text: &str) -> String {
    const LIMIT: usize = 60;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
