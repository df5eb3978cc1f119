//! Splitting a paragraph into runs of text that the article view marks up alike: the claim a run
//! belongs to, the actor it names, and whether the reader's search matched it.
//!
//! Quotes may overlap or nest; a run belongs to the innermost (latest-starting) claim covering it,
//! so a claim quoted inside another stays selectable on its own.

use std::ops::Range;

use crate::model::Article;
use crate::model::{ActorId, ClaimId, ParagraphId};

/// A stretch of a paragraph with one markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Byte range in the paragraph's text.
    pub range: Range<usize>,
    pub claim: Option<ClaimId>,
    pub mention: Option<ActorId>,
    /// Whether the reader's search matched this text.
    pub hit: bool,
}

/// The runs of a paragraph, covering its whole text in order. `hits` are search matches in it.
pub fn runs(article: &Article, paragraph: ParagraphId, hits: &[Range<usize>]) -> Vec<Run> {
    let text = &article.paragraph(paragraph).text;
    let claims = article.claims_in(paragraph);
    let mentions: Vec<_> = article
        .mentions()
        .iter()
        .filter(|m| m.paragraph == paragraph)
        .collect();
    let mut cuts = vec![0, text.len()];
    for claim in claims {
        let range = &article.claim(*claim).quote.range;
        cuts.extend([range.start, range.end]);
    }
    cuts.extend(mentions.iter().flat_map(|m| [m.range.start, m.range.end]));
    cuts.extend(hits.iter().flat_map(|h| [h.start, h.end]));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let range = w[0]..w[1];
            let covers = |r: &Range<usize>| r.start <= range.start && range.end <= r.end;
            Run {
                claim: claims
                    .iter()
                    .rev()
                    .copied()
                    .find(|c| covers(&article.claim(*c).quote.range)),
                mention: mentions.iter().find(|m| covers(&m.range)).map(|m| m.actor),
                hit: hits.iter().any(covers),
                range,
            }
        })
        .collect()
}
