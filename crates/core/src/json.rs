//! A small, strict JSON reader and writer for article files.
//!
//! Article files come from newsrooms and, embedded on other sites, from anyone; so the reader keeps
//! what a general-purpose parser throws away: duplicate keys are an error, nesting and size are
//! bounded, and every error says where it is (line and column). Objects keep their key order.
//! Parsed text borrows from the input wherever it is written without escapes, so reading a large
//! file allocates little beyond the lists and objects themselves.

use std::borrow::Cow;
use std::fmt;

/// How deeply arrays and objects may nest before the reader gives up.
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value, borrowing its text from the input where it can (`Json<'static>` for a
/// value built in code). Objects keep their members in file order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// A number exactly as written: no field of the format is numeric, so none is ever converted.
    Number(Cow<'a, str>),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Why a text is not JSON the reader accepts, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

impl<'a> Json<'a> {
    /// Reads one JSON document from `bytes` (UTF-8; a leading byte-order mark is allowed).
    pub fn parse(bytes: &'a [u8]) -> Result<Json<'a>, SyntaxError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut reader = Reader {
            bytes,
            text: std::str::from_utf8(bytes).ok(),
            pos: 0,
            items: Vec::new(),
            members: Vec::new(),
        };
        reader.skip_space();
        let value = reader.value(0)?;
        reader.skip_space();
        if reader.pos < bytes.len() {
            return Err(reader.error("unexpected text after the end of the document"));
        }
        Ok(value)
    }

    /// The member `key` of an object; `None` for other values or a missing key.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, in the words of an error message.
    pub fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a true/false value",
            Json::Number(_) => "a number",
            Json::String(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }

    /// Writes the value as JSON text, indented by two spaces when `pretty`.
    pub fn write(&self, out: &mut String, pretty: bool) {
        self.write_at(out, pretty, 0);
    }

    fn write_at(&self, out: &mut String, pretty: bool, depth: usize) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            Json::String(s) => write_string(out, s),
            Json::Array(items) => {
                write_container(out, pretty, depth, ('[', ']'), items, |out, item| {
                    item.write_at(out, pretty, depth + 1)
                });
            }
            Json::Object(members) => {
                write_container(out, pretty, depth, ('{', '}'), members, |out, (k, v)| {
                    write_string(out, k);
                    out.push_str(if pretty { ": " } else { ":" });
                    v.write_at(out, pretty, depth + 1);
                });
            }
        }
    }
}

impl fmt::Display for Json<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.write(&mut out, false);
        f.write_str(&out)
    }
}

fn write_container<T>(
    out: &mut String,
    pretty: bool,
    depth: usize,
    (open, close): (char, char),
    items: &[T],
    mut write_item: impl FnMut(&mut String, &T),
) {
    out.push(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if pretty {
            newline(out, depth + 1);
        }
        write_item(out, item);
    }
    if pretty && !items.is_empty() {
        newline(out, depth);
    }
    out.push(close);
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Writes `s` as a JSON string literal, escaping what JSON requires and nothing more.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from_digit(c as u32 >> 4, 16).unwrap_or('0'));
                out.push(char::from_digit(c as u32 & 15, 16).unwrap_or('0'));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Reader<'a> {
    bytes: &'a [u8],
    /// The whole input when it is all UTF-8, as it nearly always is: text is then cut from it
    /// without checking each piece again.
    text: Option<&'a str>,
    pos: usize,
    /// The items and members of the lists and objects being read, innermost last, so that each
    /// list or object is allocated once, at its final size, when it closes.
    items: Vec<Json<'a>>,
    members: Vec<(Cow<'a, str>, Json<'a>)>,
}

impl<'a> Reader<'a> {
    fn error(&self, message: &str) -> SyntaxError {
        let before = &self.bytes[..self.pos.min(self.bytes.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Columns count characters, not bytes, so editors agree with them.
        let column = 1 + before[line_start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        SyntaxError {
            line,
            column,
            message: message.to_string(),
        }
    }

    // Called for nearly every byte: too small to be worth a call, even where size comes first.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn expect_word(&mut self, word: &[u8], value: Json<'a>) -> Result<Json<'a>, SyntaxError> {
        if self.bytes[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self
                .error("expected a value (text in quotes, a number, true, false, null, [ or {)"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, SyntaxError> {
        match self.peek() {
            None => Err(self.error("the document ends where a value was expected")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.expect_word(b"true", Json::Bool(true)),
            Some(b'f') => self.expect_word(b"false", Json::Bool(false)),
            Some(b'n') => self.expect_word(b"null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self
                .error("expected a value (text in quotes, a number, true, false, null, [ or {)")),
        }
    }

    fn enter(&self, depth: usize) -> Result<(), SyntaxError> {
        if depth > MAX_DEPTH {
            Err(self.error("lists and objects are nested more than 64 levels deep"))
        } else {
            Ok(())
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json<'a>, SyntaxError> {
        self.enter(depth)?;
        self.pos += 1;
        let start = self.items.len();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(Vec::new()));
        }
        loop {
            self.skip_space();
            let item = self.value(depth)?;
            self.items.push(item);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(self.items.drain(start..).collect()));
                }
                _ => return Err(self.error("expected ',' or ']' in a list")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json<'a>, SyntaxError> {
        self.enter(depth)?;
        self.pos += 1;
        let start = self.members.len();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(Vec::new()));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a field name in quotes"));
            }
            let key_pos = self.pos;
            let key = self.string()?;
            if self.members[start..].iter().any(|(k, _)| *k == key) {
                self.pos = key_pos;
                return Err(self.error(&format!(
                    "the field “{key}” appears twice in the same object"
                )));
            }
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected ':' after a field name"));
            }
            self.pos += 1;
            self.skip_space();
            let value = self.value(depth)?;
            self.members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(self.members.drain(start..).collect()));
                }
                _ => return Err(self.error("expected ',' or '}' in an object")),
            }
        }
    }

    fn number(&mut self) -> Result<Json<'a>, SyntaxError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        let int_len = self.digits();
        if int_len == 0 || (int_len > 1 && self.bytes[int_start] == b'0') {
            self.pos = start;
            return Err(self.error("malformed number"));
        }
        let int_end = self.pos;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error("malformed number: digits must follow '.'"));
            }
        }
        let mantissa_end = self.pos;
        let mut exponent: i64 = 0;
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            let negative = self.peek() == Some(b'-');
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            let digits_start = self.pos;
            if self.digits() == 0 {
                return Err(self.error("malformed number: digits must follow the exponent"));
            }
            exponent = self.bytes[digits_start..self.pos]
                .iter()
                .fold(0i64, |e, d| (e * 10 + i64::from(d - b'0')).min(1 << 40));
            if negative {
                exponent = -exponent;
            }
        }
        // Numbers are kept as written, but one past the range of a 64-bit float (±1e309 and beyond)
        // is refused, as every JSON reader that converts numbers would have to.
        let first_nonzero = self.bytes[int_start..mantissa_end]
            .iter()
            .filter(|d| d.is_ascii_digit())
            .position(|&d| d != b'0');
        let int_len = (int_end - int_start) as i64;
        if first_nonzero.is_some_and(|i| int_len - 1 - i as i64 + exponent > 308) {
            self.pos = start;
            return Err(self.error("the number is too large"));
        }
        Ok(Json::Number(Cow::Borrowed(
            self.text_from(start).unwrap_or("0"),
        )))
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    /// Text in quotes: borrowed from the input when it has no escapes, which is nearly always.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.pos += 1;
        let mut text = Cow::Borrowed(self.run()?);
        loop {
            match self.peek() {
                None => return Err(self.error("the text in quotes is never closed")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(text);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = self.escape()?;
                    let owned = text.to_mut();
                    owned.push(c);
                    owned.push_str(self.run()?);
                }
                Some(_) => {
                    return Err(self.error("control characters must be escaped inside quotes"))
                }
            }
        }
    }

    /// The text up to the next quote, backslash or control character, which must be UTF-8.
    fn run(&mut self) -> Result<&'a str, SyntaxError> {
        let start = self.pos;
        let rest = self.bytes.get(start..).unwrap_or_default();
        self.pos += rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            .unwrap_or(rest.len());
        self.text_from(start).map_err(|e| {
            self.pos = start + e.valid_up_to();
            self.error("the text is not valid UTF-8")
        })
    }

    /// The input from `start` to here, as text. Both ends are at ASCII bytes or the end of the
    /// input, so a slice of valid input is valid.
    fn text_from(&self, start: usize) -> Result<&'a str, std::str::Utf8Error> {
        match self.text.and_then(|text| text.get(start..self.pos)) {
            Some(run) => Ok(run),
            None => std::str::from_utf8(&self.bytes[start..self.pos]),
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode_escape();
            }
            _ => return Err(self.error("unknown escape after '\\'")),
        };
        self.pos += 1;
        Ok(c)
    }

    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let high = self.hex4()?;
        if !(0xD800..0xDC00).contains(&high) {
            return char::from_u32(high)
                .ok_or_else(|| self.error("a lone low surrogate in \\u escape"));
        }
        if !self.bytes[self.pos..].starts_with(b"\\u") {
            return Err(self.error("a high surrogate \\u escape must be followed by a low one"));
        }
        self.pos += 2;
        let low = self.hex4()?;
        if !(0xDC00..0xE000).contains(&low) {
            return Err(self.error("a high surrogate \\u escape must be followed by a low one"));
        }
        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            .ok_or_else(|| self.error("invalid \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let hex = self
            .bytes
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.error("\\u needs four hex digits"))?;
        let text = std::str::from_utf8(hex).map_err(|_| self.error("\\u needs four hex digits"))?;
        let value =
            u32::from_str_radix(text, 16).map_err(|_| self.error("\\u needs four hex digits"))?;
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.error("\\u needs four hex digits"));
        }
        self.pos += 4;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
                Json::Number("1".into()),
                Json::Number("-2.5e2".into()),
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
        assert_eq!((e.line, e.column), (3, 3));
        assert_eq!(e.message, "the field “id” appears twice in the same object");
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(100_000);
        assert!(err(&deep).message.contains("64 levels"));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Json::parse(ok.as_bytes()).is_ok());
    }

    #[test]
    fn invalid_utf8_is_located() {
        let e = Json::parse(b"[\"ab\xFFc\"]").unwrap_err();
        assert_eq!(
            (e.line, e.column, e.message.as_str()),
            (1, 5, "the text is not valid UTF-8")
        );
    }

    #[test]
    fn text_without_escapes_is_borrowed_from_the_input() {
        let v = Json::parse(br#"{"plain": "abc", "escaped": "a\nb", "n": -1.5}"#).unwrap();
        assert!(matches!(
            v.get("plain"),
            Some(Json::String(Cow::Borrowed("abc")))
        ));
        assert!(matches!(v.get("escaped"), Some(Json::String(Cow::Owned(s))) if s == "a\nb"));
        assert!(matches!(
            v.get("n"),
            Some(Json::Number(Cow::Borrowed("-1.5")))
        ));
    }

    #[test]
    fn invalid_utf8_after_an_escape_is_located() {
        let e = Json::parse(b"[\"a\\n\xFF\"]").unwrap_err();
        assert_eq!(
            (e.line, e.column, e.message.as_str()),
            (1, 6, "the text is not valid UTF-8")
        );
    }

    #[test]
    fn huge_numbers_and_bad_literals_are_errors() {
        assert_eq!(err("1e999").message, "the number is too large");
        assert_eq!(err("-0.5e310").message, "the number is too large");
        assert_eq!(
            err("12e99999999999999999999").message,
            "the number is too large"
        );
        for in_range in ["1e308", "0.000001e314", "0e99999", "1e-99999", "-2.5E+2"] {
            let parsed = Json::parse(in_range.as_bytes());
            assert_eq!(parsed, Ok(Json::Number(in_range.into())), "{in_range}");
        }
        assert_eq!(err("01").message, "malformed number");
        assert!(err("[1,]").message.starts_with("expected a value"));
        assert_eq!(
            err("{} x").message,
            "unexpected text after the end of the document"
        );
        assert_eq!(err("\"abc").message, "the text in quotes is never closed");
        assert_eq!(
            err("\"\\ud800\"").message,
            "a high surrogate \\u escape must be followed by a low one"
        );
    }

    #[test]
    fn writing_then_reading_gives_the_same_value() {
        let text = r#"{"a":[1,2.5,"q\"\\\u0001é"],"b":{"c":null,"d":[]},"e":{}}"#;
        let v = Json::parse(text.as_bytes()).unwrap();
        for pretty in [false, true] {
            let mut out = String::new();
            v.write(&mut out, pretty);
            assert_eq!(Json::parse(out.as_bytes()).unwrap(), v);
        }
        assert_eq!(v.to_string(), text);
    }
}
