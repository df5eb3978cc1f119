//! The explorer's state as it lives in the address bar, in both directions.
//!
//! `view`, `q`, `by`, `about`, `source`, `kind`, `claim` and `actor` (the network's selected
//! actor) belong to the explorer; `by`, `about`, `source` and `kind` repeat. Values that do not name anything in the article are dropped without
//! complaint, so an old or hand-edited link still opens. Parameters the explorer does not own (an
//! embedding's `embed`, `theme`, `data`…) are kept as they are, in order.

use crate::model::Article;
use crate::model::{ActorId, ClaimId, ClaimKind, Vocabulary};
use crate::search::query::{Query, SourceFilter};

/// The explorer's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Article,
    Claims,
    Actors,
    Sources,
    Timeline,
    Network,
    Integrity,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Article,
        View::Claims,
        View::Actors,
        View::Sources,
        View::Timeline,
        View::Network,
        View::Integrity,
    ];

    pub fn key(self) -> &'static str {
        match self {
            View::Article => "article",
            View::Claims => "claims",
            View::Actors => "actors",
            View::Sources => "sources",
            View::Timeline => "timeline",
            View::Network => "network",
            View::Integrity => "integrity",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Article => "Article",
            View::Claims => "Claims",
            View::Actors => "Actors",
            View::Sources => "Sources",
            View::Timeline => "Timeline",
            View::Network => "Network",
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
    /// The actor selected in the network.
    pub actor: Option<ActorId>,
    /// Parameters the explorer does not own, kept in order.
    pub other: Vec<(String, String)>,
}

/// The parameters the explorer owns; every other parameter of the address is kept as it was.
pub const PARAMETERS: [&str; 8] = [
    "view", "q", "by", "about", "source", "kind", "claim", "actor",
];

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
                "actor" => state.actor = article.actor_by_key(&value),
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
            .filter(|(k, _)| !PARAMETERS.contains(&k.as_str()))
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
        if let Some(actor) = self.actor {
            pairs.push(("actor", &article.actor(actor).key));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let mut out = form_urlencoded::Serializer::for_suffix(String::from("?"), 1);
        out.extend_pairs(pairs);
        out.finish()
    }
}

/// The decoded key–value pairs of a query string (with or without its leading `?`), as a browser
/// decodes them: `+` is a space, a malformed escape is kept literally, and bytes that are not
/// UTF-8 become U+FFFD.
pub fn pairs(search: &str) -> Vec<(String, String)> {
    let search = search.strip_prefix('?').unwrap_or(search);
    form_urlencoded::parse(search.as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect()
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
        for text in ["a b&c=d", "é’%+", "", "?#/", "~*"] {
            let state = UrlState {
                other: vec![("x".into(), text.into())],
                ..UrlState::default()
            };
            let article = crate::load(include_bytes!("../../../../tests/fixtures/harbour.json"))
                .expect("valid fixture");
            let search = state.to_query_string(&article);
            assert_eq!(pairs(&search), [("x".to_string(), text.to_string())]);
        }
    }
}
