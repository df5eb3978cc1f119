//! Splitting a paragraph into runs of text that the article view (and the editor's text) marks up
//! alike: the claim a run belongs to, the actor it names, and whether the reader's search matched
//! it.
//!
//! Quotes may overlap or nest; a run belongs to the innermost (latest-starting) claim covering it,
//! so a claim quoted inside another stays selectable on its own.

use std::ops::Range;

use crate::model::Article;
use crate::model::{ActorId, ClaimId, ParagraphId};

/// A stretch of a paragraph with one markup: the claim it belongs to (`C`) and the actor it names
/// (`A`), as ids of a loaded article ([`Run`]) or positions in a file being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked<C, A> {
    /// Byte range in the paragraph's text.
    pub range: Range<usize>,
    pub claim: Option<C>,
    pub mention: Option<A>,
    /// Whether the reader's search matched this text.
    pub hit: bool,
}

/// A run of a loaded article's paragraph.
pub type Run = Marked<ClaimId, ActorId>;

/// The runs of a paragraph, covering its whole text in order. `hits` are search matches in it.
pub fn runs(article: &Article, paragraph: ParagraphId, hits: &[Range<usize>]) -> Vec<Run> {
    let text = &article.paragraph(paragraph).text;
    let claims = article
        .claims_in(paragraph)
        .iter()
        .map(|&c| (c, article.claim(c).quote.range.clone()));
    let mentions = article
        .mentions_in(paragraph)
        .iter()
        .map(|m| (m.actor, m.range.clone()));
    cut(text.len(), claims, mentions, hits)
}

/// Cuts a text of `len` bytes into runs at every edge of the claims' quotes, the mentions and
/// the hits, each run taking the innermost claim covering it. `claims` come in the order
/// [`Article::claims_in`] gives them (by start, the longer first of two starting together), so
/// the innermost is the last that covers the run.
pub fn cut<C: Copy, A: Copy>(
    len: usize,
    claims: impl DoubleEndedIterator<Item = (C, Range<usize>)> + Clone,
    mentions: impl Iterator<Item = (A, Range<usize>)> + Clone,
    hits: &[Range<usize>],
) -> Vec<Marked<C, A>> {
    let mut cuts = vec![0, len];
    cuts.extend(claims.clone().flat_map(|(_, r)| [r.start, r.end]));
    cuts.extend(mentions.clone().flat_map(|(_, r)| [r.start, r.end]));
    cuts.extend(hits.iter().flat_map(|h| [h.start, h.end]));
    cuts.retain(|&at| at <= len);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let range = w[0]..w[1];
            let covers = |r: &Range<usize>| r.start <= range.start && range.end <= r.end;
            Marked {
                claim: claims
                    .clone()
                    .rev()
                    .find(|(_, r)| covers(r))
                    .map(|(c, _)| c),
                mention: mentions.clone().find(|(_, r)| covers(r)).map(|(a, _)| a),
                hit: hits.iter().any(covers),
                range,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const TEXT: &str = "Ana said the port reopens Monday and the mayor agreed.";

    fn article() -> Article {
        let claim = |id: &str, exact: &str| {
            json!({
                "id": id, "quote": {"paragraph": "p1", "exact": exact}, "summary": "",
                "claimant": "ana", "sources": [], "kind": "statement", "subjects": []
            })
        };
        let actor = |id: &str, name: &str| json!({"id": id, "name": name, "aliases": [], "kind": "person", "summary": ""});
        let file = json!({
            "format": "claimscope/1",
            "article": {"id": "a", "title": "t", "publisher": null, "category": null,
                        "language": "en", "url": null, "published": null, "credits": []},
            "paragraphs": [{"id": "p1", "text": TEXT}],
            "actors": [actor("ana", "Ana"), actor("mayor", "mayor")],
            "sources": [],
            "claims": [
                claim("outer", "said the port reopens Monday and the mayor agreed"),
                claim("nested", "the port reopens Monday"),
                claim("overlapping", "Monday and the mayor"),
            ],
            "relations": [], "events": []
        });
        crate::load(file.to_string().as_bytes()).expect("valid")
    }

    /// Each run as its text, its claim's id, its actor's id and whether it is a hit.
    fn described(hits: &[Range<usize>]) -> Vec<(String, Option<String>, Option<String>, bool)> {
        let article = article();
        runs(&article, ParagraphId(0), hits)
            .into_iter()
            .map(|run| {
                (
                    TEXT[run.range].to_string(),
                    run.claim.map(|c| article.claim(c).key.clone()),
                    run.mention.map(|a| article.actor(a).key.clone()),
                    run.hit,
                )
            })
            .collect()
    }

    fn run(
        text: &str,
        claim: Option<&str>,
        actor: Option<&str>,
        hit: bool,
    ) -> (String, Option<String>, Option<String>, bool) {
        (
            text.into(),
            claim.map(Into::into),
            actor.map(Into::into),
            hit,
        )
    }

    #[test]
    fn nested_and_overlapping_quotes_give_each_run_its_innermost_claim() {
        let port = TEXT.find("port").expect("in the text");
        assert_eq!(
            described(&[Range {
                start: port,
                end: port + 4
            }]),
            [
                run("Ana", None, Some("ana"), false),
                run(" ", None, None, false),
                run("said ", Some("outer"), None, false),
                run("the ", Some("nested"), None, false),
                run("port", Some("nested"), None, true),
                run(" reopens ", Some("nested"), None, false),
                run("Monday", Some("overlapping"), None, false),
                run(" and the ", Some("overlapping"), None, false),
                run("mayor", Some("overlapping"), Some("mayor"), false),
                run(" agreed", Some("outer"), None, false),
                run(".", None, None, false),
            ]
        );
    }

    #[test]
    fn runs_cover_the_whole_paragraph_in_order() {
        let whole = Range {
            start: 0,
            end: TEXT.len(),
        };
        let runs = runs(&article(), ParagraphId(0), &[whole]);
        assert_eq!(runs.first().map(|r| r.range.start), Some(0));
        assert_eq!(runs.last().map(|r| r.range.end), Some(TEXT.len()));
        assert!(runs.windows(2).all(|w| w[0].range.end == w[1].range.start));
        assert!(runs.iter().all(|r| r.hit));
    }
}
