//! Properties that hold for any input: loading never panics, an article survives writing and
//! reading, a file keeps the fields the format does not know, the address round-trips, and facet
//! counts equal what ticking the value would show.

use claimscope_core::address::url::PARAMETERS;
use claimscope_core::format::file::File;
use claimscope_core::query::run;
use claimscope_core::search::fold::fold;
use claimscope_core::{
    load, Article, ClaimKind, FacetValue, Query, SourceFilter, UrlState, View, Vocabulary,
};
use proptest::prelude::*;
use serde_json::Value;

const SEED: &str = include_str!("../../../data/belgorod-incursions.json");

fn seed() -> Article {
    load(SEED.as_bytes()).expect("the seed validates")
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-1e12f64..1e12).prop_map(|n| serde_json::json!(n)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,8}", inner, 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// The seed's file with only the claims `keep` says to keep (and the relations and events left
/// with claims of their own), so that articles of every size and shape are drawn.
fn part_of_the_seed(keep: &[bool]) -> File {
    let mut file = File::from(&seed());
    let mut kept = keep.iter().cycle();
    file.claims.retain(|_| *kept.next().unwrap_or(&true));
    let ids: Vec<String> = file.claims.iter().map(|c| c.id.clone()).collect();
    file.relations
        .retain(|r| r.claims.iter().all(|c| ids.contains(c)));
    for event in &mut file.events {
        event.claims.retain(|c| ids.contains(c));
    }
    file
}

/// A query over the seed: any subset of each facet and some text.
fn seed_query(article: &Article) -> impl Strategy<Value = Query> {
    let actors = article.actors().len();
    let sources = article.sources().len();
    let actor_ids: Vec<_> = article.actors().iter().map(|a| a.id).collect();
    let source_ids: Vec<_> = article.sources().iter().map(|s| s.id).collect();
    (
        prop::collection::btree_set(0..actors, 0..3),
        prop::collection::btree_set(0..actors, 0..3),
        prop::collection::btree_set(0..=sources, 0..3),
        prop::collection::btree_set(0..ClaimKind::ALL.len(), 0..3),
        prop_oneof![
            Just(String::new()),
            Just("russia".to_string()),
            "[a-z ]{0,6}",
            "[a-zA-Z0-9éÉ’'.,()\\- ]{0,8}",
            piece_of_searchable_text(article),
            // A phrase: a piece of a claim's text between quotation marks, straight or curly.
            (piece_of_searchable_text(article), any::<bool>()).prop_map(
                |(piece, curly)| if curly {
                    format!("“{piece}”")
                } else {
                    format!("\"{piece}\"")
                }
            ),
        ],
    )
        .prop_map(move |(by, about, source, kind, text)| Query {
            text,
            by: by.into_iter().map(|i| actor_ids[i]).collect(),
            about: about.into_iter().map(|i| actor_ids[i]).collect(),
            source: source
                .into_iter()
                .map(|i| {
                    source_ids
                        .get(i)
                        .map_or(SourceFilter::Unsourced, |s| SourceFilter::Source(*s))
                })
                .collect(),
            kind: kind.into_iter().map(|i| ClaimKind::ALL[i].0).collect(),
        })
}

/// A few characters of some claim's quote, summary, claimant's names or sources' names, with their
/// case, accents, punctuation and line breaks: text a reader might paste.
fn piece_of_searchable_text(article: &Article) -> impl Strategy<Value = String> {
    let mut texts: Vec<String> = Vec::new();
    for claim in article.claims() {
        texts.extend([claim.quote.exact.clone(), claim.summary.clone()]);
    }
    for actor in article.actors() {
        texts.push(actor.names().collect::<Vec<_>>().join("\n"));
    }
    for source in article.sources() {
        texts.push(format!(
            "{}\n{}",
            source.outlet,
            source.author.as_deref().unwrap_or("")
        ));
    }
    (0..texts.len(), 0..200usize, 1..16usize).prop_map(move |(i, start, len)| {
        let chars: Vec<char> = texts[i].chars().collect();
        let start = start % chars.len();
        chars[start..(start + len).min(chars.len())]
            .iter()
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = load(&bytes);
    }

    #[test]
    fn loading_arbitrary_json_never_panics(value in json_value()) {
        let _ = load(value.to_string().as_bytes());
    }

    #[test]
    fn loading_a_damaged_seed_never_panics(edits in prop::collection::vec((0..SEED.len(), any::<u8>()), 1..8)) {
        let mut bytes = SEED.as_bytes().to_vec();
        for (at, byte) in edits {
            bytes[at] = byte;
        }
        let _ = load(&bytes);
    }

    #[test]
    fn an_article_loaded_written_and_loaded_again_is_the_same(keep in prop::collection::vec(any::<bool>(), 1..40)) {
        let file = part_of_the_seed(&keep);
        let article = load(file.to_json().as_bytes()).expect("part of the seed is valid");
        let again = load(File::from(&article).to_json().as_bytes()).expect("what is written is valid");
        prop_assert_eq!(again.claims(), article.claims());
        prop_assert_eq!(again.actors(), article.actors());
        prop_assert_eq!(again.sources(), article.sources());
        prop_assert_eq!(again.relations(), article.relations());
        prop_assert_eq!(again.events(), article.events());
        prop_assert_eq!(again.info(), article.info());
        prop_assert_eq!(File::from(&again), file);
    }

    #[test]
    fn a_file_keeps_every_field_it_does_not_know(extra in json_value(), at in 0..4usize) {
        let mut value: Value = serde_json::from_str(SEED).expect("JSON");
        let place = match at {
            0 => &mut value,
            1 => &mut value["article"],
            2 => &mut value["claims"][0],
            _ => &mut value["claims"][0]["quote"],
        };
        place["x-newsroom"] = extra;
        let file: File = serde_json::from_value(value.clone()).expect("deserialises");
        let written: Value = serde_json::from_str(&file.to_json()).expect("JSON");
        prop_assert_eq!(written, value);
    }

    #[test]
    fn any_address_parses(search in ".{0,80}") {
        let _ = UrlState::parse(&seed(), &search);
    }

    #[test]
    fn state_to_address_to_state_is_identity(
        query in seed_query(&seed()),
        view in 0..View::ALL.len(),
        claim in prop::option::of(0..seed().claims().len()),
        actor in prop::option::of(0..seed().actors().len()),
        other in prop::collection::vec(("[a-z&=% ]{1,6}", ".{0,6}"), 0..3),
    ) {
        let article = seed();
        let other = other.into_iter().filter(|(k, _)| !PARAMETERS.contains(&k.as_str())).collect();
        let claim = claim.and_then(|i| article.claims().get(i)).map(|c| c.id);
        let actor = actor.and_then(|i| article.actors().get(i)).map(|a| a.id);
        let state = UrlState { view: View::ALL[view], query, claim, actor, other };
        let address = state.to_query_string(&article);
        prop_assert_eq!(UrlState::parse(&article, &address), state);
    }

    #[test]
    fn queries_match_exactly_the_claims_a_plain_scan_finds(query in seed_query(&seed())) {
        let article = seed();
        let expected: Vec<_> = article.claims().iter().filter(|c| plainly_matches(&article, &query, c)).map(|c| c.id).collect();
        prop_assert_eq!(run(&article, &query).claims, expected);
    }

    #[test]
    fn a_facet_count_is_what_ticking_the_value_would_show(query in seed_query(&seed())) {
        let article = seed();
        let results = run(&article, &query);
        let mut values: Vec<FacetValue> = Vec::new();
        for actor in article.actors() {
            values.extend([FacetValue::By(actor.id), FacetValue::About(actor.id)]);
        }
        values.extend(article.sources().iter().map(|s| FacetValue::Source(SourceFilter::Source(s.id))));
        values.push(FacetValue::Source(SourceFilter::Unsourced));
        values.extend(ClaimKind::ALL.iter().map(|(k, _)| FacetValue::Kind(*k)));
        for value in values {
            let mut only = query.clone();
            only.clear(value.facet());
            only.toggle(value);
            prop_assert_eq!(results.counts.of(value) as usize, run(&article, &only).claims.len(), "{:?}", value);
        }
    }
}

/// The query's meaning, written as plainly as possible: the oracle for the engine.
fn plainly_matches(article: &Article, query: &Query, claim: &claimscope_core::Claim) -> bool {
    let claimant = article.actor(claim.claimant);
    let mut text = vec![claim.quote.exact.clone(), claim.summary.clone()];
    text.extend(claimant.names().map(str::to_string));
    for source in &claim.sources {
        let source = article.source(*source);
        text.push(source.outlet.clone());
        text.extend(source.author.clone());
    }
    let text = fold(&text.join("\n"));
    // Between double quotes, words are one phrase (single spaces between them); an open quote
    // runs to the end.
    let words_match = fold(&query.text).split('"').enumerate().all(|(i, part)| {
        if i % 2 == 1 {
            let phrase = part.split_whitespace().collect::<Vec<_>>().join(" ");
            phrase.is_empty() || text.contains(&phrase)
        } else {
            part.split_whitespace().all(|word| text.contains(word))
        }
    });
    let source_matches = query.source.iter().any(|s| match s {
        SourceFilter::Unsourced => claim.sources.is_empty(),
        SourceFilter::Source(s) => claim.sources.contains(s),
    });
    (query.by.is_empty() || query.by.contains(&claim.claimant))
        && (query.about.is_empty() || claim.subjects.iter().any(|s| query.about.contains(s)))
        && (query.source.is_empty() || source_matches)
        && (query.kind.is_empty() || query.kind.contains(&claim.kind))
        && words_match
}
