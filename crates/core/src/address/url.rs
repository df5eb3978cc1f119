//! The explorer's state as it lives in the address bar, in both directions.
//!
//! `view`, `q`, `by`, `about`, `source`, `kind`, `claim` and `actor` (the network's selected
//! actor) belong to the explorer; `by`, `about`, `source` and `kind` repeat. Values that do not name anything in the article are dropped without
//! complaint, so an old or hand-edited link still opens. Parameters the explorer does not own (an
//! embedding's `embed`, `theme`, `data`…) are kept as they are, in order.

use crate::i18n::Msg;
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

    /// The view's name for readers: a message of `locales/*.ftl`.
    pub fn label(self) -> Msg {
        match self {
            View::Article => Msg::ViewArticle,
            View::Claims => Msg::ViewClaims,
            View::Actors => Msg::ViewActors,
            View::Sources => Msg::ViewSources,
            View::Timeline => Msg::ViewTimeline,
            View::Network => Msg::ViewNetwork,
            View::Integrity => Msg::ViewIntegrity,
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

/// The parameters that filter the claims, in the order an export's name gives them.
const FILTERS: [&str; 5] = ["q", "by", "about", "source", "kind"];

/// Parameters a shared link leaves out: the embedding's own and common campaign trackers.
fn is_private(key: &str) -> bool {
    const TRACKERS: [&str; 9] = [
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga", "yclid",
    ];
    matches!(
        key,
        "embed" | "childId" | "initialWidth" | "parentTitle" | "parentUrl"
    ) || key.starts_with("utm_")
        || TRACKERS.contains(&key)
}

/// The value of the source facet for claims without a source.
pub const UNSOURCED: &str = "unsourced";

impl UrlState {
    /// The interface's language the address asks for (`lang=`, a BCP 47 tag), if it asks. The
    /// parameter is the reader's, not the explorer's: it stays among [`UrlState::other`], in its
    /// place, so every link and embed code made from the state keeps it.
    pub fn lang(&self) -> Option<&str> {
        lang_of(&self.other)
    }

    /// Asks for the interface's language `tag`: the address's `lang=` takes it, in its place
    /// where it had one, else last; every other `lang=` goes.
    pub fn set_lang(&mut self, tag: &str) {
        let mut set = false;
        self.other.retain_mut(|(key, value)| {
            if key != "lang" {
                return true;
            }
            let first = !set;
            if first {
                *value = tag.to_owned();
                set = true;
            }
            first
        });
        if !set {
            self.other.push(("lang".into(), tag.to_owned()));
        }
    }

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

    /// The same state for another version of the article (the editor's Preview after an edit, an
    /// undo or a removal): every claim, actor and source is found again by its id, and those the
    /// new version no longer has are dropped. No position into `from` survives into the result.
    pub fn rebase(&self, from: &Article, to: &Article) -> UrlState {
        UrlState::parse(to, &self.to_query_string(from))
    }

    /// The state to share or embed: without the parameters the page was reached with that are
    /// no one else's business (an embedding's own, and the campaign trackers of newsletters,
    /// ads and social sites), so that a copied link or embed code carries only the view.
    pub fn shareable(&self) -> UrlState {
        let mut shared = self.clone();
        shared.other.retain(|(key, _)| !is_private(key));
        shared
    }

    /// The name of a download of the claims in this state: the article's id, then each filter,
    /// so that two downloads under different filters are told apart (`belgorod-claims-by-white-rex`).
    pub fn export_name(&self, article: &Article) -> String {
        let mut name = format!("{}-claims", article.info().id);
        let query = self.to_query_string(article);
        for (key, value) in pairs(&query)
            .iter()
            .filter(|(k, _)| FILTERS.contains(&k.as_str()))
        {
            if name.len() > 80 {
                break;
            }
            name.push('-');
            name.push_str(key);
            name.push('-');
            // Folded as search folds, not `str::to_lowercase`, whose tables the explorer does
            // not otherwise carry.
            let value = crate::text::fold::fold(value);
            let words = value
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            name.push_str(&words.collect::<Vec<_>>().join("-"));
        }
        name
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

/// The address's `lang=`, read before the article is, to choose the interface's language.
pub fn lang(search: &str) -> Option<String> {
    lang_of(&pairs(search)).map(str::to_owned)
}

fn lang_of(pairs: &[(String, String)]) -> Option<&str> {
    pairs
        .iter()
        .find(|(key, value)| key == "lang" && !value.is_empty())
        .map(|(_, value)| value.as_str())
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

    fn fixture() -> Article {
        crate::load(include_bytes!("../../../../tests/fixtures/harbour.json"))
            .expect("valid fixture")
    }

    #[test]
    fn the_language_travels_with_every_link_and_embed_code() {
        let article = fixture();
        let search = "?lang=uk&view=claims&embed=1";
        let state = UrlState::parse(&article, search);
        assert_eq!(state.lang(), Some("uk"));
        assert_eq!(lang(search).as_deref(), Some("uk"));
        assert_eq!(
            state.to_query_string(&article),
            "?lang=uk&embed=1&view=claims"
        );
        assert_eq!(
            state.shareable().to_query_string(&article),
            "?lang=uk&view=claims"
        );
        assert_eq!(lang("?lang=&view=claims"), None);
    }

    #[test]
    fn a_language_chosen_takes_the_place_of_the_one_asked_for_and_nothing_else_moves() {
        let article = fixture();
        let mut state = UrlState::parse(&article, "?x=1&lang=uk&view=claims&lang=de");
        state.set_lang("ar");
        assert_eq!(state.lang(), Some("ar"));
        assert_eq!(state.to_query_string(&article), "?x=1&lang=ar&view=claims");
        let mut plain = UrlState::parse(&article, "?view=claims&x=1");
        plain.set_lang("he");
        assert_eq!(plain.to_query_string(&article), "?x=1&lang=he&view=claims");
    }

    /// Regression (issue #21): the Preview kept positions into the article it first showed, and an
    /// undo that removed a claim left the selection pointing past the end.
    #[test]
    fn rebasing_finds_entries_again_by_id_and_drops_the_missing() {
        let before = fixture();
        let search =
            "?view=claims&q=x&by=mayor&about=port-authority&claim=reopen&actor=mayor&embed=1";
        let state = UrlState::parse(&before, search);
        assert_eq!(state.rebase(&before, &before), state);
        let mut file: serde_json::Value =
            serde_json::from_slice(include_bytes!("../../../../tests/fixtures/harbour.json"))
                .expect("json");
        let claims = file["claims"].as_array_mut().expect("claims");
        let at = claims
            .iter()
            .position(|c| c["id"] == "reopen")
            .expect("reopen");
        claims.remove(at);
        claims.reverse();
        file["relations"] = serde_json::json!([]);
        let after = crate::load(&serde_json::to_vec(&file).expect("json")).expect("still valid");
        let rebased = state.rebase(&before, &after);
        assert_eq!(
            rebased.claim, None,
            "the removed claim is no longer selected"
        );
        assert_eq!(
            rebased.to_query_string(&after),
            "?embed=1&view=claims&q=x&by=mayor&about=port-authority&actor=mayor"
        );
    }

    /// Regression (issue #25): the share link and the embed code carried the page's trackers.
    #[test]
    fn a_shared_state_leaves_out_trackers_and_the_embeddings_parameters() {
        let article = fixture();
        let state = UrlState::parse(
            &article,
            "?utm_source=news&theme=dark&embed=1&by=mayor&fbclid=x&childId=c&lang=uk",
        );
        assert_eq!(
            state.shareable().to_query_string(&article),
            "?theme=dark&lang=uk&by=mayor"
        );
    }

    #[test]
    fn an_exports_name_says_its_filters() {
        let article = fixture();
        let name = |search: &str| UrlState::parse(&article, search).export_name(&article);
        assert_eq!(name("?view=claims"), "harbour-closure-claims");
        assert_eq!(
            name("?q=Re-open+Monday!&by=mayor&kind=denial&source=unsourced"),
            "harbour-closure-claims-q-re-open-monday-by-mayor-source-unsourced-kind-denial"
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
