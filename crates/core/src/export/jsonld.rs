//! The claims as linked data (JSON-LD), twice over: as schema.org `Claim`s, which search engines
//! and fact-check databases read (Google's ClaimReview builds on them), and as W3C Web Annotations,
//! which annotation tools (Hypothesis, Recogito) read; the relations between claims, which
//! schema.org cannot say, as linking annotations.
//!
//! ```json
//! { "@context": "https://schema.org",
//!   "@graph": [
//!     { "@type": "NewsArticle", "@id": "#article", "headline": …, "url": … },
//!     { "@type": "Claim", "@id": "#claim-rex-two-injured", "identifier": "rex-two-injured",
//!       "text": <summary>, "author": { "@type": "Person", "name": "White Rex" },
//!       "about": [<actors>], "appearance": { "@type": "CreativeWork", "text": <quote>,
//!       "url": <article url>#:~:text=…, "isPartOf": { "@id": "#article" } },
//!       "citation": [{ "@type": "CreativeWork", "name": <title>, "publisher": …, "author": …,
//!                      "datePublished": …, "url": … }] },
//!     { "@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
//!       "id": "#annotation-rex-two-injured", "motivation": "describing",
//!       "body": [<summary as a TextualBody>, <kind, classifying>, "#claim-rex-two-injured"],
//!       "target": { "source": <article url or #article>,
//!                   "selector": { "type": "TextQuoteSelector", "exact", "prefix", "suffix" } } },
//!     { "@context": …, "type": "Annotation", "motivation": "linking",
//!       "target": "#claim-a", "body": ["#claim-b", <kind: contradicts>, <note>] } ] }
//! ```
//!
//! Ids are relative references (`#claim-…`), so the same document is right in a served page's
//! head, where they name parts of the explorer's page, and in a downloaded file; each claim also
//! carries its file id as `identifier`. The annotations bring their own `@context`, since the Web
//! Annotation vocabulary gives `name`, `source` and `creator` meanings other than schema.org's.
//! The file names no annotator, so annotations have no `creator`: the claimant is the claim's
//! `author`, not the annotation's. A relation is written when either of its claims is given, the
//! other named by id, as the CSV's `contradicted by` column does.

use super::fragment::{claim_fragment, link};
use super::json::Json;
use crate::model::{ActorKind, Article, ClaimId, Vocabulary};

const ANNOTATION_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// Characters of text the annotations' selectors keep on each side of a quote, as Hypothesis does.
const CONTEXT: usize = 32;

/// The claims as schema.org `Claim`s and Web Annotations, with the relations that involve them.
pub fn json_ld(article: &Article, claims: &[ClaimId]) -> Json {
    let mut graph = vec![article_node(article)];
    graph.extend(claims.iter().map(|&c| claim_node(article, c)));
    graph.extend(claims.iter().map(|&c| annotation(article, c)));
    graph.extend(links(article, claims));
    document(graph)
}

/// The schema.org part alone (the article and its claims): what a served page puts in its head
/// for search engines, which do not read Web Annotations.
pub fn schema_org(article: &Article, claims: &[ClaimId]) -> Json {
    let mut graph = vec![article_node(article)];
    graph.extend(claims.iter().map(|&c| claim_node(article, c)));
    document(graph)
}

fn document(graph: Vec<Json>) -> Json {
    Json::object([
        ("@context", "https://schema.org".into()),
        ("@graph", graph.into()),
    ])
}

/// A typed node with a name: `{"@type": kind, "name": name}`.
fn named(kind: &str, name: &str) -> Json {
    Json::object([("@type", kind.into()), ("name", name.into())])
}

fn article_node(article: &Article) -> Json {
    let info = article.info();
    let authors: Vec<Json> = info
        .credits
        .iter()
        .filter(|c| c.role == "author")
        .map(|c| named("Person", &c.name))
        .collect();
    Json::object([
        ("@type", "NewsArticle".into()),
        ("@id", "#article".into()),
        ("identifier", (&info.id).into()),
        ("headline", (&info.title).into()),
        ("inLanguage", (&info.language).into()),
    ])
    .with("url", info.url.as_ref().map(|u| u.as_str()))
    .with("datePublished", info.published.map(|d| d.to_string()))
    .with(
        "publisher",
        info.publisher.as_deref().map(|p| named("Organization", p)),
    )
    .with("author", Some(authors).filter(|a| !a.is_empty()))
}

/// An actor as schema.org sees it: a `Person` or an organisation of the nearest type (schema.org
/// has no type for a group of people or a state as a speaker, so those are organisations).
fn actor_node(article: &Article, actor: crate::ActorId) -> Json {
    let actor = article.actor(actor);
    let kind = match actor.kind {
        ActorKind::Person | ActorKind::Author => "Person",
        ActorKind::State
        | ActorKind::Government
        | ActorKind::Military
        | ActorKind::IntelligenceAgency => "GovernmentOrganization",
        ActorKind::Media => "NewsMediaOrganization",
        ActorKind::People | ActorKind::Organisation | ActorKind::ArmedGroup => "Organization",
    };
    Json::object([
        ("@type", kind.into()),
        ("@id", format!("#actor-{}", actor.key).into()),
        ("name", (&actor.name).into()),
    ])
}

fn claim_node(article: &Article, id: ClaimId) -> Json {
    let claim = article.claim(id);
    let appearance = Json::object([
        ("@type", "CreativeWork".into()),
        ("text", (&claim.quote.exact).into()),
    ])
    .with(
        "url",
        article
            .info()
            .url
            .as_ref()
            .map(|url| link(url.as_str(), &claim_fragment(article, id))),
    )
    .with("isPartOf", Some(Json::object([("@id", "#article".into())])));
    let citations: Vec<Json> = claim
        .sources
        .iter()
        .map(|&s| {
            let source = article.source(s);
            Json::object([
                ("@type", "CreativeWork".into()),
                ("@id", format!("#source-{}", source.key).into()),
            ])
            .with("name", source.title.as_ref())
            .with("publisher", Some(named("Organization", &source.outlet)))
            .with(
                "author",
                source.author.as_deref().map(|a| named("Person", a)),
            )
            .with("datePublished", source.date.map(|d| d.to_string()))
            .with("url", source.url.as_ref().map(|u| u.as_str()))
        })
        .collect();
    let about: Vec<Json> = claim
        .subjects
        .iter()
        .map(|&a| actor_node(article, a))
        .collect();
    Json::object([
        ("@type", "Claim".into()),
        ("@id", format!("#claim-{}", claim.key).into()),
        ("identifier", (&claim.key).into()),
        ("text", claim.headline().into()),
        ("author", actor_node(article, claim.claimant)),
        ("about", about.into()),
        ("appearance", appearance),
        ("citation", citations.into()),
    ])
}

/// The claim as a Web Annotation of its quote: the summary describes it, the kind classifies it,
/// and it is identified with the schema.org `Claim` of the same id.
fn annotation(article: &Article, id: ClaimId) -> Json {
    let claim = article.claim(id);
    let text = &article.paragraph(claim.quote.paragraph).text;
    let before = &text[..claim.quote.range.start];
    let after = &text[claim.quote.range.end..];
    let prefix_start = before
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(0, |(at, _)| at);
    let suffix_end = after
        .char_indices()
        .nth(CONTEXT)
        .map_or(after.len(), |(at, _)| at);
    let selector = Json::object([
        ("type", "TextQuoteSelector".into()),
        ("exact", (&claim.quote.exact).into()),
    ])
    .with(
        "prefix",
        Some(&before[prefix_start..]).filter(|p| !p.is_empty()),
    )
    .with(
        "suffix",
        Some(&after[..suffix_end]).filter(|s| !s.is_empty()),
    );
    let claim_id = format!("#claim-{}", claim.key);
    Json::object([
        ("@context", ANNOTATION_CONTEXT.into()),
        ("id", format!("#annotation-{}", claim.key).into()),
        ("type", "Annotation".into()),
        ("motivation", "describing".into()),
        (
            "body",
            vec![
                Json::object([
                    ("type", "TextualBody".into()),
                    ("value", claim.headline().into()),
                    ("format", "text/plain".into()),
                    ("language", (&article.info().language).into()),
                    ("purpose", "describing".into()),
                ]),
                textual(claim.kind.key(), "classifying"),
                Json::object([("id", claim_id.into()), ("purpose", "identifying".into())]),
            ]
            .into(),
        ),
        (
            "target",
            Json::object([
                ("source", target_source(article).into()),
                ("selector", selector),
            ]),
        ),
    ])
}

/// A body of plain words with a purpose.
fn textual(value: &str, purpose: &str) -> Json {
    Json::object([
        ("type", "TextualBody".into()),
        ("value", value.into()),
        ("purpose", purpose.into()),
    ])
}

/// What annotations point at: the article's page, or the article itself when it has no URL.
fn target_source(article: &Article) -> String {
    article
        .info()
        .url
        .as_ref()
        .map_or_else(|| "#article".to_string(), |u| u.as_str().to_string())
}

/// The relations that involve a given claim, as linking annotations.
fn links(article: &Article, claims: &[ClaimId]) -> Vec<Json> {
    let mut wanted = vec![false; article.claims().len()];
    for c in claims {
        wanted[c.index()] = true;
    }
    article
        .relations()
        .iter()
        .enumerate()
        .filter(|(_, r)| r.claims.iter().any(|c| wanted[c.index()]))
        .map(|(i, relation)| {
            let [a, b] = relation
                .claims
                .map(|c| format!("#claim-{}", article.claim(c).key));
            let mut body = vec![
                Json::object([("id", b.into()), ("purpose", "linking".into())]),
                textual(relation.kind.key(), "classifying"),
            ];
            if let Some(note) = &relation.note {
                body.push(Json::object([
                    ("type", "TextualBody".into()),
                    ("value", note.into()),
                    ("format", "text/plain".into()),
                    ("purpose", "commenting".into()),
                ]));
            }
            Json::object([
                ("@context", ANNOTATION_CONTEXT.into()),
                ("id", format!("#relation-{}", i + 1).into()),
                ("type", "Annotation".into()),
                ("motivation", "linking".into()),
                ("body", body.into()),
                ("target", a.into()),
            ])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    /// The document as serde_json reads it.
    fn read(document: &Json) -> Value {
        serde_json::from_str(&document.to_string()).expect("JSON")
    }

    const SEED: &[u8] = include_bytes!("../../../../data/belgorod-incursions.json");
    const HARBOUR: &[u8] = include_bytes!("../../../../tests/fixtures/harbour.json");

    fn all(article: &Article) -> Vec<ClaimId> {
        article.claims().iter().map(|c| c.id).collect()
    }

    fn of_type<'a>(document: &'a Value, kind: &str) -> Vec<&'a Value> {
        document["@graph"]
            .as_array()
            .expect("a graph")
            .iter()
            .filter(|n| n["@type"] == kind || n["type"] == kind)
            .collect()
    }

    #[test]
    fn json_ld_parses_and_names_every_claim_given() {
        let article = crate::load(SEED).expect("valid seed");
        let mut filter = crate::Query::default();
        filter.kind.insert(crate::ClaimKind::Denial);
        let results = crate::query::run(&article, &filter);
        let document = read(&json_ld(&article, &results.claims));
        let claims = of_type(&document, "Claim");
        let ids: Vec<&str> = claims
            .iter()
            .map(|c| c["identifier"].as_str().expect("an id"))
            .collect();
        let expected: Vec<&str> = results
            .claims
            .iter()
            .map(|&c| article.claim(c).key.as_str())
            .collect();
        assert_eq!(ids, expected);
        let annotations = of_type(&document, "Annotation");
        let described = annotations
            .iter()
            .filter(|a| a["motivation"] == "describing")
            .count();
        assert_eq!(described, expected.len());
        for annotation in annotations.iter().filter(|a| a["motivation"] == "linking") {
            let target = annotation["target"].as_str().expect("a claim");
            let other = annotation["body"][0]["id"].as_str().expect("a claim");
            assert!(
                [target, other]
                    .iter()
                    .any(|c| expected.contains(&c.trim_start_matches("#claim-"))),
                "{annotation}"
            );
        }
    }

    #[test]
    fn a_claim_names_its_claimant_sources_and_place() {
        let article = crate::load(SEED).expect("valid seed");
        let id = article.claim_by_key("rex-two-injured").expect("a claim");
        let node = read(&claim_node(&article, id));
        assert_eq!(node["author"]["@type"], "Person");
        assert_eq!(node["author"]["name"], "White Rex");
        assert_eq!(node["citation"][0]["publisher"]["name"], "Reuters");
        assert_eq!(
            node["appearance"]["text"],
            "only two fighters had been injured"
        );
        assert_eq!(node["appearance"].get("url"), None, "the seed has no URL");
        let military = article
            .claim_by_key("russia-heavy-casualties")
            .expect("a claim");
        assert_eq!(
            read(&claim_node(&article, military))["author"]["@type"],
            "GovernmentOrganization"
        );
    }

    #[test]
    fn with_a_url_the_appearance_links_to_the_quote() {
        let article = crate::load(HARBOUR).expect("valid fixture");
        let document = read(&json_ld(&article, &all(&article)));
        let claims = of_type(&document, "Claim");
        assert_eq!(
            claims[1]["appearance"]["url"],
            "https://example.org/harbour#:~:text=said-,it%20will%20reopen%20on%20Monday,-%2C%20but"
        );
        let annotation = of_type(&document, "Annotation")[1];
        assert_eq!(
            annotation["target"]["source"],
            "https://example.org/harbour"
        );
        assert_eq!(
            annotation["target"]["selector"],
            json!({
                "type": "TextQuoteSelector",
                "exact": "it will reopen on Monday",
                "prefix": " (Port Gazette). The mayor said ",
                "suffix": ", but the port authority denied ",
            })
        );
    }

    #[test]
    fn relations_become_linking_annotations() {
        let article = crate::load(HARBOUR).expect("valid fixture");
        let reopen = article.claim_by_key("reopen").expect("a claim");
        let document = read(&json_ld(&article, &[reopen]));
        let links: Vec<&Value> = of_type(&document, "Annotation")
            .into_iter()
            .filter(|a| a["motivation"] == "linking")
            .collect();
        assert_eq!(links.len(), 1);
        assert_eq!(links[0]["target"], "#claim-reopen");
        assert_eq!(links[0]["body"][0]["id"], "#claim-no-date");
        assert_eq!(links[0]["body"][1]["value"], "contradicts");
        let closed = article.claim_by_key("closed").expect("a claim");
        let unrelated = read(&json_ld(&article, &[closed]));
        assert!(of_type(&unrelated, "Annotation")
            .iter()
            .all(|a| a["motivation"] != "linking"));
    }

    #[test]
    fn the_page_head_gets_the_schema_org_claims_alone() {
        let article = crate::load(SEED).expect("valid seed");
        let head = read(&schema_org(&article, &all(&article)));
        assert_eq!(of_type(&head, "Claim").len(), article.claims().len());
        assert!(of_type(&head, "Annotation").is_empty());
    }
}
