//! Integrity findings: what a careful reader would want flagged about how the article sources its
//! claims. They are computed from a valid article, never authored, and each points at the claims,
//! paragraphs, actors and sources it concerns.

use crate::i18n::{Arg, Locale, Msg};
use crate::model::Article;
use crate::model::*;
use crate::search::query::{FacetValue, Results, SourceFilter};

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingKind {
    /// A source the text cites that the reference list leaves out.
    UnlistedSource,
    /// A source in the reference list that no claim cites.
    UncitedSource,
    /// Claims the text attributes to no source.
    UnsourcedClaims,
    /// An actor the text calls by two or more different full names.
    SeveralNames,
    /// Two claims that contradict each other.
    Contradiction,
}

impl FindingKind {
    /// A stable word for the kind, for styling and tests.
    pub fn key(self) -> &'static str {
        match self {
            FindingKind::UnlistedSource => "unlisted-source",
            FindingKind::UncitedSource => "uncited-source",
            FindingKind::UnsourcedClaims => "unsourced-claims",
            FindingKind::SeveralNames => "several-names",
            FindingKind::Contradiction => "contradiction",
        }
    }
}

/// One finding: a headline, a sentence of explanation, and what it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    pub title: String,
    pub detail: String,
    /// Whether the detail is the article file's own note, in the article's language, rather than
    /// a sentence of the interface.
    pub detail_is_note: bool,
    pub claims: Vec<ClaimId>,
    pub paragraphs: Vec<ParagraphId>,
    pub actors: Vec<ActorId>,
    pub sources: Vec<SourceId>,
}

impl Finding {
    /// The facet value whose claims are exactly the finding's claims, for a link that shows
    /// them all and no other: a source missing from the reference list, or the unsourced claims.
    /// A contradiction's claims are linked one by one; the other findings concern no claim.
    pub fn facet(&self) -> Option<FacetValue> {
        match (self.kind, self.sources.as_slice()) {
            (FindingKind::UnlistedSource, [source]) => {
                Some(FacetValue::Source(SourceFilter::Source(*source)))
            }
            (FindingKind::UnsourcedClaims, _) => Some(FacetValue::Source(SourceFilter::Unsourced)),
            _ => None,
        }
    }

    /// Whether the finding concerns a claim the filters let through: one of its claims, or a
    /// claim by or about one of its actors.
    pub fn concerns(&self, article: &Article, results: &Results) -> bool {
        let any = |claims: &[ClaimId]| claims.iter().any(|c| results.matches(*c));
        any(&self.claims)
            || self
                .actors
                .iter()
                .any(|&a| any(article.claims_by(a)) || any(article.claims_about(a)))
    }
}

/// Every finding for the article, most consequential first, in English (the CLI's language).
pub fn findings(article: &Article) -> Vec<Finding> {
    findings_in(article, Locale::ENGLISH)
}

/// Every finding for the article, most consequential first, its sentences in `locale`.
pub fn findings_in(article: &Article, locale: Locale) -> Vec<Finding> {
    let mut found = Vec::new();
    for source in article.sources() {
        let citing = article.claims_citing(source.id);
        if !source.listed && !citing.is_empty() {
            found.push(Finding {
                kind: FindingKind::UnlistedSource,
                detail_is_note: false,
                title: locale.format(Msg::FindingUnlistedTitle, &[source.outlet.as_str().into()]),
                detail: locale.format(
                    Msg::FindingUnlistedDetail,
                    &[citing.len().into(), source.outlet.as_str().into()],
                ),
                claims: citing.to_vec(),
                paragraphs: paragraphs_of(article, citing),
                actors: Vec::new(),
                sources: vec![source.id],
            });
        } else if source.listed && citing.is_empty() {
            found.push(Finding {
                kind: FindingKind::UncitedSource,
                detail_is_note: false,
                title: locale.format(Msg::FindingUncitedTitle, &[source.outlet.as_str().into()]),
                detail: locale.text(Msg::FindingUncitedDetail),
                claims: Vec::new(),
                paragraphs: Vec::new(),
                actors: Vec::new(),
                sources: vec![source.id],
            });
        }
    }
    found.extend(several_names(article, locale));
    for relation in article
        .relations()
        .iter()
        .filter(|r| r.kind == RelationKind::Contradicts)
    {
        let [a, b] = relation.claims.map(|c| article.claim(c));
        found.push(Finding {
            kind: FindingKind::Contradiction,
            title: sentence_case(locale.format(
                Msg::FindingContradictionTitle,
                &[
                    who(article.actor(a.claimant), locale).as_str().into(),
                    who(article.actor(b.claimant), locale).as_str().into(),
                ],
            )),
            detail_is_note: relation.note.is_some(),
            detail: relation.note.clone().unwrap_or_else(|| {
                locale.format(
                    Msg::FindingContradictionDetail,
                    &[a.headline().into(), b.headline().into()],
                )
            }),
            claims: relation.claims.to_vec(),
            paragraphs: paragraphs_of(article, &relation.claims),
            actors: vec![a.claimant, b.claimant],
            sources: Vec::new(),
        });
    }
    let unsourced: Vec<ClaimId> = article
        .claims()
        .iter()
        .filter(|c| c.sources.is_empty())
        .map(|c| c.id)
        .collect();
    if !unsourced.is_empty() {
        found.push(Finding {
            kind: FindingKind::UnsourcedClaims,
            detail_is_note: false,
            title: locale.format(Msg::FindingUnsourcedTitle, &[unsourced.len().into()]),
            detail: locale.text(Msg::FindingUnsourcedDetail),
            paragraphs: paragraphs_of(article, &unsourced),
            claims: unsourced,
            actors: Vec::new(),
            sources: Vec::new(),
        });
    }
    found
}

/// Actors named in the text by two or more different full names (several words, not an acronym),
/// which readers may take for different actors.
fn several_names(article: &Article, locale: Locale) -> Vec<Finding> {
    let mut found = Vec::new();
    for actor in article.actors() {
        let mut names: Vec<(&str, Vec<ParagraphId>)> = Vec::new();
        for mention in article.mentions_of(actor.id) {
            let name = &article.paragraph(mention.paragraph).text[mention.range.clone()];
            if !is_full_name(name) {
                continue;
            }
            match names.iter_mut().find(|(n, _)| *n == name) {
                Some((_, paragraphs)) if paragraphs.contains(&mention.paragraph) => {}
                Some((_, paragraphs)) => paragraphs.push(mention.paragraph),
                None => names.push((name, vec![mention.paragraph])),
            }
        }
        if names.len() < 2 {
            continue;
        }
        let listed = names
            .iter()
            .map(|(name, paragraphs)| {
                let numbers: Vec<String> = paragraphs
                    .iter()
                    .map(|p| (p.index() + 1).to_string())
                    .collect();
                let numbers = locale.list(&numbers, false);
                let args = [
                    Arg::Str(name),
                    paragraphs.len().into(),
                    Arg::Formatted(&numbers),
                ];
                locale.format(Msg::FindingNamesName, &args)
            })
            .collect::<Vec<_>>();
        let listed = locale.list(&listed, true);
        let mut paragraphs: Vec<ParagraphId> =
            names.iter().flat_map(|(_, p)| p.iter().copied()).collect();
        paragraphs.sort();
        paragraphs.dedup();
        found.push(Finding {
            kind: FindingKind::SeveralNames,
            detail_is_note: false,
            title: locale.format(Msg::FindingNamesTitle, &[actor.name.as_str().into()]),
            detail: locale.format(Msg::FindingNamesDetail, &[Arg::Formatted(&listed)]),
            claims: Vec::new(),
            paragraphs,
            actors: vec![actor.id],
            sources: Vec::new(),
        });
    }
    found
}

/// An actor as a finding names it: the article's own voice is “the author”.
fn who(actor: &Actor, locale: Locale) -> String {
    if actor.kind == ActorKind::Author {
        locale.format(Msg::FindingAuthor, &[actor.name.as_str().into()])
    } else {
        actor.name.clone()
    }
}

/// The text with its first letter in upper case when that letter is ASCII, as in "the author";
/// names are written as their owners write them, so other scripts are left alone.
fn sentence_case(mut text: String) -> String {
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// A name of several words that is a proper name (a capital in it), not an acronym: “the
/// company”, a short form an editor gives on purpose, is no second name of the actor.
fn is_full_name(name: &str) -> bool {
    let is_acronym = !name.chars().any(char::is_lowercase);
    // A capital opens a proper name (`!is_lowercase`, not `is_uppercase`: the reader's build
    // carries the lower-case table already, not the upper-case one).
    let proper = name.split_whitespace().any(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
    });
    name.split_whitespace().count() > 1 && !is_acronym && proper
}

fn paragraphs_of(article: &Article, claims: &[ClaimId]) -> Vec<ParagraphId> {
    let mut paragraphs: Vec<ParagraphId> = claims
        .iter()
        .map(|c| article.claim(*c).quote.paragraph)
        .collect();
    paragraphs.sort();
    paragraphs.dedup();
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    const HARBOUR: &str = include_str!("../../../../tests/fixtures/harbour.json");

    fn findings_with(sources: Value) -> Vec<(FindingKind, String, Vec<String>)> {
        let mut file: Value = serde_json::from_str(HARBOUR).expect("JSON");
        let list = file["sources"].as_array_mut().expect("sources");
        list.extend(sources.as_array().into_iter().flatten().cloned());
        let article = crate::load(file.to_string().as_bytes()).expect("valid");
        findings(&article)
            .into_iter()
            .map(|f| {
                let sources = f
                    .sources
                    .iter()
                    .map(|&s| article.source(s).key.clone())
                    .collect();
                (f.kind, f.title, sources)
            })
            .collect()
    }

    fn source(id: &str, outlet: &str, listed: bool) -> Value {
        json!({"id": id, "outlet": outlet, "author": null, "title": null, "date": null,
               "url": null, "listed": listed})
    }

    /// Regression (issue #25): a contradiction linked to the claims *about* its two actors.
    /// Every finding's facet shows exactly its claims, on the seed and the fixture.
    #[test]
    fn a_findings_facet_shows_exactly_its_claims() {
        let seed = include_bytes!("../../../../data/belgorod-incursions.json");
        for bytes in [&seed[..], HARBOUR.as_bytes()] {
            let article = crate::load(bytes).expect("valid");
            let found = findings(&article);
            assert!(found.iter().any(|f| f.facet().is_some()));
            for finding in &found {
                if let Some(value) = finding.facet() {
                    let shown = crate::search::query::run(&article, &crate::Query::only(value));
                    let mut claims = finding.claims.clone();
                    claims.sort();
                    assert_eq!(shown.claims, claims, "{}", finding.title);
                }
            }
        }
    }

    #[test]
    fn under_a_filter_only_the_findings_about_matching_claims_concern_it() {
        let article = crate::load(HARBOUR.as_bytes()).expect("valid");
        let found = findings(&article);
        let none = crate::search::query::run(
            &article,
            &crate::Query::only(FacetValue::Kind(ClaimKind::Statement)),
        );
        let kinds: Vec<FindingKind> = found
            .iter()
            .filter(|f| f.concerns(&article, &none))
            .map(|f| f.kind)
            .collect();
        assert_eq!(
            kinds,
            [FindingKind::Contradiction, FindingKind::UnsourcedClaims]
        );
        let nothing = crate::Query {
            text: "zzzz".into(),
            ..crate::Query::default()
        };
        let nothing = crate::search::query::run(&article, &nothing);
        assert!(found.iter().all(|f| !f.concerns(&article, &nothing)));
    }

    #[test]
    fn a_listed_source_no_claim_cites_is_a_finding() {
        let found = findings_with(json!([source("almanac", "Tide Almanac", true)]));
        assert!(
            found.contains(&(
                FindingKind::UncitedSource,
                "Tide Almanac is listed but never cited".into(),
                vec!["almanac".into()]
            )),
            "{found:#?}"
        );
    }

    #[test]
    fn a_source_neither_cited_nor_listed_is_no_finding() {
        // Not “cited but missing from the reference list”: nothing cites it. The checker warns
        // of it instead (format::warnings).
        let found = findings_with(json!([source("rumour-mill", "Rumour Mill", false)]));
        assert!(
            found
                .iter()
                .all(|(_, _, sources)| !sources.contains(&"rumour-mill".to_string())),
            "{found:#?}"
        );
    }
}
