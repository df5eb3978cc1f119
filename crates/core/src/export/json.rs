//! A JSON document to write, as the JSON-LD export builds it: text, lists and objects whose keys
//! keep the order they were written in.
//!
//! Hand-written rather than serde_json's `Value` and `json!`, because the explorer's own build
//! carries the JSON-LD export and no other JSON: serde_json's value, map and writer cost the seed
//! page 5.9 KB brotli there (measured with `node scripts/size-report.mjs`, the export written
//! each way). Text is escaped exactly as serde_json escapes it (a property test holds the two to
//! the same output), so a reader of either sees the same document.

use std::fmt::{self, Write};

/// A JSON value: the export writes no numbers, booleans or nulls (an absent value is an absent
/// key).
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Text(String),
    List(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

impl Json {
    /// An object of these keys and values, in this order.
    pub fn object<const N: usize>(pairs: [(&'static str, Json); N]) -> Json {
        Json::Object(pairs.into())
    }

    /// The object with `key: value` added at its end, when there is a value (and unchanged when
    /// there is none, or when this is not an object).
    pub fn with(mut self, key: &'static str, value: Option<impl Into<Json>>) -> Json {
        if let (Json::Object(pairs), Some(value)) = (&mut self, value) {
            pairs.push((key, value.into()));
        }
        self
    }
}

impl From<&str> for Json {
    fn from(text: &str) -> Json {
        Json::Text(text.to_string())
    }
}

impl From<String> for Json {
    fn from(text: String) -> Json {
        Json::Text(text)
    }
}

impl From<&String> for Json {
    fn from(text: &String) -> Json {
        Json::Text(text.clone())
    }
}

impl From<Vec<Json>> for Json {
    fn from(items: Vec<Json>) -> Json {
        Json::List(items)
    }
}

/// Compact JSON, as `serde_json::to_string` writes it.
impl fmt::Display for Json {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Text(text) => quoted(text, out),
            Json::List(items) => {
                out.write_char('[')?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.write_char(',')?;
                    }
                    item.fmt(out)?;
                }
                out.write_char(']')
            }
            Json::Object(pairs) => {
                out.write_char('{')?;
                for (i, (key, value)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.write_char(',')?;
                    }
                    quoted(key, out)?;
                    out.write_char(':')?;
                    value.fmt(out)?;
                }
                out.write_char('}')
            }
        }
    }
}

/// `text` as a JSON string: `"` and `\` escaped, and the control characters, as serde_json does
/// (the short escapes where JSON has them, else `\u00xx`).
fn quoted(text: &str, out: &mut impl Write) -> fmt::Result {
    out.write_char('"')?;
    let mut start = 0;
    for (at, c) in text.char_indices() {
        let short = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            c if c < ' ' => "",
            _ => continue,
        };
        out.write_str(&text[start..at])?;
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let byte = c as u8;
            out.write_str("\\u00")?;
            out.write_char(char::from(HEX[usize::from(byte >> 4)]))?;
            out.write_char(char::from(HEX[usize::from(byte & 0xf)]))?;
        } else {
            out.write_str(short)?;
        }
        start = at + c.len_utf8();
    }
    out.write_str(&text[start..])?;
    out.write_char('"')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn objects_keep_their_order_and_skip_absent_values() {
        let json = Json::object([("b", "1".into()), ("a", vec![Json::from("x")].into())])
            .with("none", None::<&str>)
            .with("c", Some("\"q\"\n"));
        assert_eq!(json.to_string(), r#"{"b":"1","a":["x"],"c":"\"q\"\n"}"#);
    }

    proptest! {
        #[test]
        fn text_is_written_as_serde_json_writes_it(text in any::<String>()) {
            let ours = Json::from(text.as_str()).to_string();
            prop_assert_eq!(&ours, &serde_json::to_string(&text).expect("a string"));
        }

        #[test]
        fn control_characters_are_written_as_serde_json_writes_them(
            text in "[\\x00-\\x1f\"\\\\a-é]{0,12}"
        ) {
            let ours = Json::from(text.as_str()).to_string();
            prop_assert_eq!(&ours, &serde_json::to_string(&text).expect("a string"));
        }
    }
}
