//! The explorer's state as it lives in the address bar, in both directions.
//!
//! `view`, `q`, `by`, `about`, `source`, `kind` and `claim` belong to the explorer; `by`, `about`,
//! `source` and `kind` repeat. Values that do not name anything in the article are dropped without
//! complaint, so an old or hand-edited link still opens. Parameters the explorer does not own (an
//! embedding's `embed`, `theme`, `data`…) are kept as they are, in order.

use crate::article::Article;
use crate::model::{ClaimId, ClaimKind, Vocabulary};
use crate::query::{Query, SourceFilter};

/// The explorer's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Article,
    Claims,
    Actors,
    Sources,
    Integrity,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Article,
        View::Claims,
        View::Actors,
        View::Sources,
        View::Integrity,
    ];

    pub fn key(self) -> &'static str {
        match self {
            View::Article => "article",
            View::Claims => "claims",
            View::Actors => "actors",
            View::Sources => "sources",
            View::Integrity => "integrity",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Article => "Article",
            View::Claims => "Claims",
            View::Actors => "Actors",
            View::Sources => "Sources",
            View::Integrity => "Integrity",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// Everything the address bar says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlState {
    pub view: View,
    pub query: Query,
    pub claim: Option<ClaimId>,
    /// Parameters the explorer does not own, kept in order.
    pub other: Vec<(String, String)>,
}

const OWNED: [&str; 7] = ["view", "q", "by", "about", "source", "kind", "claim"];

/// The value of the source facet for claims without a source.
pub const UNSOURCED: &str = "unsourced";

impl UrlState {
    /// Reads a query string (with or without its leading `?`).
    pub fn parse(article: &Article, search: &str) -> UrlState {
        let mut state = UrlState::default();
        for (key, value) in pairs(search) {
            let query = &mut state.query;
            match key.as_str() {
                "view" => state.view = View::from_key(&value).unwrap_or(state.view),
                "q" => query.text = value,
                "by" => query.by.extend(article.actor_by_key(&value)),
                "about" => query.about.extend(article.actor_by_key(&value)),
                "source" if value == UNSOURCED => {
                    query.source.insert(SourceFilter::Unsourced);
                }
                "source" => query
                    .source
                    .extend(article.source_by_key(&value).map(SourceFilter::Source)),
                "kind" => query.kind.extend(ClaimKind::from_key(&value)),
                "claim" => state.claim = article.claim_by_key(&value),
                _ => state.other.push((key, value)),
            }
        }
        state
    }

    /// Writes the state as a query string, `?` included, or `""` when there is nothing to say.
    pub fn to_query_string(&self, article: &Article) -> String {
        let mut pairs: Vec<(&str, &str)> = self
            .other
            .iter()
            .filter(|(k, _)| !OWNED.contains(&k.as_str()))
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        if self.view != View::default() {
            pairs.push(("view", self.view.key()));
        }
        if !self.query.text.is_empty() {
            pairs.push(("q", &self.query.text));
        }
        pairs.extend(
            self.query
                .by
                .iter()
                .map(|a| ("by", article.actor(*a).key.as_str())),
        );
        pairs.extend(
            self.query
                .about
                .iter()
                .map(|a| ("about", article.actor(*a).key.as_str())),
        );
        pairs.extend(self.query.source.iter().map(|s| match s {
            SourceFilter::Unsourced => ("source", UNSOURCED),
            SourceFilter::Source(s) => ("source", article.source(*s).key.as_str()),
        }));
        pairs.extend(self.query.kind.iter().map(|k| ("kind", k.key())));
        if let Some(claim) = self.claim {
            pairs.push(("claim", &article.claim(claim).key));
        }
        let mut out = String::new();
        for (key, value) in pairs {
            out.push(if out.is_empty() { '?' } else { '&' });
            encode(key, &mut out);
            out.push('=');
            encode(value, &mut out);
        }
        out
    }
}

/// The decoded key–value pairs of a query string; malformed escapes are kept literally.
pub fn pairs(search: &str) -> Vec<(String, String)> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match bytes
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok())
            {
                Some(byte) => {
                    out.push(byte);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn encode(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            b => {
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_handles_plus_escapes_and_broken_escapes() {
        assert_eq!(
            pairs("?q=peace+keeping%E2%80%99s&x=%ZZ&&flag"),
            [
                ("q".to_string(), "peace keeping’s".to_string()),
                ("x".into(), "%ZZ".into()),
                ("flag".into(), "".into())
            ]
        );
    }

    #[test]
    fn encoding_then_decoding_is_identity() {
        for text in ["a b&c=d", "é’%+", "", "?#/"] {
            let mut encoded = String::new();
            encode(text, &mut encoded);
            assert_eq!(decode(&encoded), text);
        }
    }
}
