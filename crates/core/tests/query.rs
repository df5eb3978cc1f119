//! The query engine's semantics: OR within a facet, AND across facets, text that ignores case and
//! accents, and facet counts that count each value against the other facets.

use claimscope_core::query::{highlights, run};
use claimscope_core::{load, Article, ClaimKind, FacetValue, Query, SourceFilter};

const EXAMPLE: &str = include_str!("../../../tests/fixtures/harbour.json");

fn example() -> Article {
    load(EXAMPLE.as_bytes()).expect("the example is valid")
}

fn keys(article: &Article, query: &Query) -> Vec<String> {
    run(article, query)
        .claims
        .iter()
        .map(|c| article.claim(*c).key.clone())
        .collect()
}

fn actor(article: &Article, key: &str) -> claimscope_core::ActorId {
    article.actor_by_key(key).expect("known actor")
}

#[test]
fn an_empty_query_matches_everything() {
    let article = example();
    assert_eq!(
        keys(&article, &Query::default()),
        ["closed", "reopen", "no-date"]
    );
}

#[test]
fn values_of_one_facet_are_alternatives() {
    let article = example();
    let mut query = Query::default();
    query.toggle(FacetValue::By(actor(&article, "mayor")));
    query.toggle(FacetValue::By(actor(&article, "port-authority")));
    assert_eq!(keys(&article, &query), ["reopen", "no-date"]);
}

#[test]
fn facets_must_all_match() {
    let article = example();
    let mut query = Query::default();
    query.toggle(FacetValue::About(actor(&article, "port-authority")));
    query.toggle(FacetValue::Kind(ClaimKind::Denial));
    assert_eq!(keys(&article, &query), ["no-date"]);
    query.toggle(FacetValue::Source(SourceFilter::Unsourced));
    assert_eq!(keys(&article, &query), ["no-date"]);
    query.toggle(FacetValue::Source(SourceFilter::Unsourced));
    query.toggle(FacetValue::Source(SourceFilter::Source(
        article.source_by_key("gazette").unwrap(),
    )));
    assert!(keys(&article, &query).is_empty());
}

#[test]
fn text_ignores_case_and_accents_and_needs_every_word() {
    let article = example();
    let query = |text: &str| Query {
        text: text.into(),
        ..Query::default()
    };
    assert_eq!(keys(&article, &query("MONDAY")), ["reopen"]);
    // The author's name is “Ana Pérez”, the claimant of “closed”; the source is “Port Gazette”.
    assert_eq!(keys(&article, &query("perez gazette")), ["closed"]);
    assert_eq!(keys(&article, &query("perez monday")), Vec::<String>::new());
    assert_eq!(
        keys(&article, &query("   ")),
        ["closed", "reopen", "no-date"]
    );
}

#[test]
fn facet_counts_apply_every_other_facet() {
    let article = example();
    let mut query = Query::default();
    query.toggle(FacetValue::Kind(ClaimKind::Denial));
    let results = run(&article, &query);
    let count = |value| results.counts.of(value);
    // Other kinds are counted as if the kind facet were clear…
    assert_eq!(count(FacetValue::Kind(ClaimKind::Report)), 1);
    assert_eq!(count(FacetValue::Kind(ClaimKind::Statement)), 1);
    // …while the claimant facet counts only denials.
    assert_eq!(count(FacetValue::By(actor(&article, "mayor"))), 0);
    assert_eq!(count(FacetValue::By(actor(&article, "port-authority"))), 1);
    assert_eq!(count(FacetValue::Source(SourceFilter::Unsourced)), 1);
}

#[test]
fn highlights_point_into_the_original_text() {
    let query = Query {
        text: "perez".into(),
        ..Query::default()
    };
    let text = "By Ana Pérez.";
    let ranges = highlights(&query, text);
    assert_eq!(
        ranges.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(),
        ["Pérez"]
    );
}
