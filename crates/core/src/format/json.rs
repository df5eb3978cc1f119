//! The tree an article file is read into before validation, parsed by serde_json with the promises
//! a general-purpose reader does not make: a key given twice in one object is an error, nesting is
//! bounded, and every error says where it is (line and column) in an editor's words. Objects keep
//! their key order, and text written without escapes is borrowed from the input, so reading a
//! large file allocates little beyond the lists and objects themselves.
//!
//! The loader walks this tree rather than deserialising typed structs, because it reports every
//! problem of a file at once with its JSON path; typed deserialisation stops at the first.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::i18n::{Locale, Msg};

/// How deeply arrays and objects may nest before the reader gives up.
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value, borrowing its text from the input where it can. Objects keep their
/// members in file order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// No field of the format is numeric, so a number's value is never kept.
    Number,
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Why a text is not JSON the reader accepts, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    /// What is wrong: a message `check-json-…`, whose one argument is `detail` (the depth
    /// allowed, for `check-json-deep`).
    pub message: Msg,
    pub detail: String,
}

impl SyntaxError {
    /// What is wrong, in `locale`'s language.
    pub fn said(&self, locale: Locale) -> String {
        let detail = match self.message {
            Msg::CheckJsonDeep => MAX_DEPTH.into(),
            _ => self.detail.as_str().into(),
        };
        locale.checking().format(self.message, &[detail])
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let english = Locale::ENGLISH.checking();
        let at = [self.line.into(), self.column.into()];
        let at = english.format(Msg::CheckAt, &at);
        write!(f, "{at}: {}", self.said(english))
    }
}

impl<'a> Json<'a> {
    /// Reads one JSON document from `bytes` (UTF-8; a leading byte-order mark is allowed).
    pub fn parse(bytes: &'a [u8]) -> Result<Json<'a>, SyntaxError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut reader = serde_json::Deserializer::from_slice(bytes);
        let value = Tree { depth: 0 }
            .deserialize(&mut reader)
            .and_then(|value| reader.end().map(|()| value));
        value.map_err(|e| {
            let (message, detail) = in_editors_words(&e);
            SyntaxError {
                line: e.line(),
                column: e.column(),
                message,
                detail,
            }
        })
    }

    /// The member `key` of an object; `None` for other values or a missing key.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is: a key of the message `check-wrong-type`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "boolean",
            Json::Number => "number",
            Json::String(_) => "text",
            Json::Array(_) => "list",
            Json::Object(_) => "object",
        }
    }
}

/// serde_json's message for an error, without the position it appends, as a message said for
/// an editor, with its argument.
fn in_editors_words(error: &serde_json::Error) -> (Msg, String) {
    let text = error.to_string();
    let message = match text.rfind(" at line ") {
        Some(at) if error.line() > 0 => &text[..at],
        _ => &text,
    };
    if let Some(key) = message.strip_prefix(TWICE) {
        return (Msg::CheckJsonTwice, key.to_owned());
    }
    let said = match message {
        "EOF while parsing a string" => Msg::CheckJsonUnclosed,
        "EOF while parsing a value" => Msg::CheckJsonEndsValue,
        "EOF while parsing a list" => Msg::CheckJsonEndsList,
        "EOF while parsing an object" => Msg::CheckJsonEndsObject,
        "expected value" | "expected ident" => Msg::CheckJsonValue,
        "trailing comma" => Msg::CheckJsonTrailingComma,
        "expected `,` or `]`" => Msg::CheckJsonListComma,
        "expected `,` or `}`" => Msg::CheckJsonObjectComma,
        "expected `:`" => Msg::CheckJsonColon,
        "key must be a string" => Msg::CheckJsonKey,
        "trailing characters" => Msg::CheckJsonTrailing,
        "number out of range" => Msg::CheckJsonNumberLarge,
        "invalid number" => Msg::CheckJsonNumber,
        "invalid escape" => Msg::CheckJsonEscape,
        "invalid unicode code point" => Msg::CheckJsonUtf8,
        "control character (\\u0000-\\u001F) found while parsing a string" => Msg::CheckJsonControl,
        "lone leading surrogate in hex escape" => Msg::CheckJsonSurrogate,
        "unexpected end of hex escape" => Msg::CheckJsonHex,
        DEEP => Msg::CheckJsonDeep,
        other => return (Msg::CheckJsonOther, other.to_owned()),
    };
    (said, String::new())
}

/// The reader's own errors, as it hands them to serde_json and reads them back.
const DEEP: &str = "nested too deep";
const TWICE: &str = "a field given twice: ";

/// Reads a value at nesting `depth`, refusing to go deeper than [`MAX_DEPTH`].
struct Tree {
    depth: usize,
}

impl Tree {
    fn inner<E: de::Error>(&self) -> Result<Tree, E> {
        if self.depth >= MAX_DEPTH {
            Err(E::custom(DEEP))
        } else {
            Ok(Tree {
                depth: self.depth + 1,
            })
        }
    }
}

impl<'de> DeserializeSeed<'de> for Tree {
    type Value = Json<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Tree {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Json<'de>, E> {
        Ok(Json::Number)
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(text)))
    }

    fn visit_str<E>(self, text: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(text.to_owned())))
    }

    fn visit_string<E>(self, text: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(text)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.inner()?)? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut members: Vec<(Cow<'de, str>, Json<'de>)> = Vec::new();
        while let Some(key) = map.next_key_seed(Key)? {
            // Objects of the format hold a dozen keys, quicker to compare than to sort or hash;
            // a hostile object of 100,000 keys is checked once it ends.
            if members.len() < LONG_OBJECT && members.iter().any(|(k, _)| *k == key) {
                return Err(twice(&key));
            }
            let value = map.next_value_seed(self.inner()?)?;
            members.push((key, value));
        }
        if members.len() > LONG_OBJECT {
            let mut keys: Vec<&str> = members.iter().map(|(k, _)| k.as_ref()).collect();
            keys.sort_unstable();
            if let Some(pair) = keys.windows(2).find(|pair| pair[0] == pair[1]) {
                return Err(twice(pair[0]));
            }
        }
        Ok(Json::Object(members))
    }
}

/// Objects longer than this are checked for a key given twice when they end, not at each key.
const LONG_OBJECT: usize = 32;

fn twice<E: de::Error>(key: &str) -> E {
    E::custom(format_args!("{TWICE}{key}"))
}

/// Reads an object's key, borrowed from the input when it has no escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(text))
    }

    fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(text.to_owned()))
    }

    fn visit_string<E>(self, text: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What is wrong, in English, without the message's full stop.
    fn english(e: &SyntaxError) -> String {
        e.said(Locale::ENGLISH).trim_end_matches('.').to_owned()
    }

    fn err(text: &str) -> SyntaxError {
        Json::parse(text.as_bytes()).unwrap_err()
    }

    #[test]
    fn reads_every_kind_of_value_in_order() {
        let v = Json::parse(
            br#" {"b": [1, -2.5e2, true, false, null], "a": "x\u00e9\ud83d\ude00\n"} "#,
        )
        .unwrap();
        let Json::Object(members) = &v else {
            panic!("not an object")
        };
        assert_eq!(members[0].0, "b");
        assert_eq!(
            members[0].1,
            Json::Array(vec![
                Json::Number,
                Json::Number,
                Json::Bool(true),
                Json::Bool(false),
                Json::Null
            ])
        );
        assert_eq!(v.get("a"), Some(&Json::String("xé😀\n".into())));
    }

    #[test]
    fn duplicate_keys_are_refused_at_the_second_key() {
        let e = err("{\n  \"id\": 1,\n  \"id\": 2\n}");
        assert_eq!((e.line, e.column), (3, 6));
        assert_eq!(
            english(&e),
            "the field “id” appears twice in the same object"
        );
    }

    #[test]
    fn duplicate_keys_are_found_in_large_objects_too() {
        let members: Vec<String> = (0..100).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}, \"k7\": 0}}", members.join(", "));
        assert_eq!(
            english(&err(&text)),
            "the field “k7” appears twice in the same object"
        );
        let text = format!("{{{}, \"k100\": 0}}", members.join(", "));
        assert!(Json::parse(text.as_bytes()).is_ok());
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(100_000);
        assert!(english(&err(&deep)).contains("64 levels"));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Json::parse(ok.as_bytes()).is_ok());
        let deep_objects = "{\"a\":".repeat(MAX_DEPTH + 1);
        assert!(english(&err(&deep_objects)).contains("64 levels"));
    }

    #[test]
    fn invalid_utf8_is_located() {
        let e = Json::parse(b"[\"ab\xFFc\"]").unwrap_err();
        assert_eq!(
            (e.line, english(&e).as_str()),
            (1, "the text is not valid UTF-8")
        );
        let e = Json::parse(b"[\"a\\n\xFF\"]").unwrap_err();
        assert_eq!(english(&e), "the text is not valid UTF-8");
    }

    #[test]
    fn text_without_escapes_is_borrowed_from_the_input() {
        let v = Json::parse(br#"{"plain": "abc", "escaped": "a\nb"}"#).unwrap();
        assert!(matches!(
            v.get("plain"),
            Some(Json::String(Cow::Borrowed("abc")))
        ));
        assert!(matches!(v.get("escaped"), Some(Json::String(Cow::Owned(s))) if s == "a\nb"));
        let Json::Object(members) = &v else {
            panic!("not an object")
        };
        assert!(matches!(members[0].0, Cow::Borrowed("plain")));
    }

    #[test]
    fn a_byte_order_mark_is_allowed() {
        assert_eq!(Json::parse(b"\xEF\xBB\xBF[]"), Ok(Json::Array(Vec::new())));
    }

    #[test]
    fn syntax_errors_are_said_in_an_editors_words() {
        assert_eq!(english(&err("1e999")), "the number is too large");
        assert_eq!(english(&err("-0.5e310")), "the number is too large");
        for in_range in ["1e308", "0.000001e314", "0e99999", "1e-99999", "-2.5E+2"] {
            assert_eq!(
                Json::parse(in_range.as_bytes()),
                Ok(Json::Number),
                "{in_range}"
            );
        }
        assert_eq!(english(&err("01")), "malformed number");
        assert_eq!(
            english(&err("[1,]")),
            "expected a value after the comma: a list or object may not end with one"
        );
        assert_eq!(english(&err("[1 2]")), "expected ',' or ']' in a list");
        assert_eq!(
            english(&err("{\"a\" 1}")),
            "expected ':' after a field name"
        );
        assert_eq!(
            english(&err("{\"a\": 1 \"b\"}")),
            "expected ',' or '}' in an object"
        );
        assert_eq!(english(&err("{1: 2}")), "expected a field name in quotes");
        assert_eq!(
            english(&err("[tru]")),
            "expected a value (text in quotes, a number, true, false, null, [ or {)"
        );
        assert_eq!(
            english(&err("")),
            "the document ends where a value was expected"
        );
        assert_eq!(
            english(&err("{} x")),
            "unexpected text after the end of the document"
        );
        assert_eq!(english(&err("\"abc")), "the text in quotes is never closed");
        assert_eq!(
            english(&err("[\"a\u{1}\"]")),
            "control characters must be escaped inside quotes"
        );
        assert_eq!(english(&err("\"\\q\"")), "unknown escape after '\\'");
        let e = err("{\n  \"a\": [1\n");
        assert_eq!(
            (e.line, english(&e).as_str()),
            (3, "the document ends inside a list (a ']' is missing)")
        );
    }
}
