//! The claims laid out column by column, for the query engine: each facet's values in one flat
//! array and all searchable text in one folded string, so a query over 100,000 claims reads a few
//! contiguous arrays instead of chasing a pointer per claim.

use crate::fold::fold;
use crate::model::{Actor, Claim, ClaimKind, Source, Vocabulary};

/// Lists of ids, one list per claim, stored end to end.
#[derive(Debug, Default)]
pub(crate) struct Lists {
    values: Vec<u32>,
    /// Where claim `i`'s list ends in `values` (it starts where claim `i - 1`'s ends).
    ends: Vec<u32>,
}

impl Lists {
    fn push(&mut self, list: impl IntoIterator<Item = u32>) {
        self.values.extend(list);
        self.ends.push(self.values.len() as u32);
    }

    pub(crate) fn of(&self, claim: usize) -> &[u32] {
        let start = if claim == 0 {
            0
        } else {
            self.ends[claim - 1] as usize
        };
        &self.values[start..self.ends[claim] as usize]
    }
}

#[derive(Debug, Default)]
pub(crate) struct Columns {
    pub(crate) claimant: Vec<u32>,
    /// Each claim's kind, as its position in [`ClaimKind::ALL`].
    pub(crate) kind: Vec<u8>,
    pub(crate) subjects: Lists,
    pub(crate) sources: Lists,
    /// Every claim's quote, summary, claimant names and source names, folded, one claim after
    /// another, each followed by a NUL so that no match runs from one claim into the next.
    text: String,
    text_starts: Vec<u32>,
}

impl Columns {
    pub(crate) fn new(claims: &[Claim], actors: &[Actor], sources: &[Source]) -> Columns {
        let mut columns = Columns::default();
        for claim in claims {
            columns.claimant.push(claim.claimant.0);
            columns.kind.push(
                ClaimKind::ALL
                    .iter()
                    .position(|(k, _)| *k == claim.kind)
                    .unwrap_or(0) as u8,
            );
            columns.subjects.push(claim.subjects.iter().map(|a| a.0));
            columns.sources.push(claim.sources.iter().map(|s| s.0));
            columns.text_starts.push(columns.text.len() as u32);
            columns
                .text
                .push_str(&fold(&searchable_text(claim, actors, sources)));
            columns.text.push('\0');
        }
        columns
    }

    /// The claims whose text contains every term, as a bit set (all claims for no terms).
    pub(crate) fn text_matches(&self, terms: &[String]) -> Bits {
        let claims = self.claimant.len();
        let mut result = Bits::full(claims);
        for term in terms.iter().filter(|t| !t.is_empty()) {
            let mut found = Bits::empty(claims);
            // One searcher for the whole text; matches come in order, so the claim they fall in
            // only ever moves forward.
            let mut claim = 0;
            for (position, _) in self.text.match_indices(term.as_str()) {
                while self
                    .text_starts
                    .get(claim + 1)
                    .is_some_and(|&next| next as usize <= position)
                {
                    claim += 1;
                }
                found.set(claim);
            }
            result.and(&found);
        }
        result
    }

    #[cfg(test)]
    fn text_of(&self, claim: usize) -> &str {
        let end = self
            .text_starts
            .get(claim + 1)
            .map_or(self.text.len(), |&e| e as usize);
        &self.text[self.text_starts[claim] as usize..end - 1]
    }
}

/// A claim's quote, summary, claimant and source names: the text a search matches.
fn searchable_text(claim: &Claim, actors: &[Actor], sources: &[Source]) -> String {
    let mut text = format!("{}\n{}\n", claim.quote.exact, claim.summary);
    for name in actors[claim.claimant.index()].names() {
        text.push_str(name);
        text.push('\n');
    }
    for source in &claim.sources {
        let source = &sources[source.index()];
        text.push_str(&source.outlet);
        text.push('\n');
        if let Some(author) = &source.author {
            text.push_str(author);
            text.push('\n');
        }
    }
    // A NUL in the file's text must not end a claim's text early.
    text.replace('\0', " ")
}

/// A set of claim positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Bits(Vec<u64>);

impl Bits {
    fn empty(len: usize) -> Bits {
        Bits(vec![0; len.div_ceil(64)])
    }

    fn full(len: usize) -> Bits {
        let mut bits = Bits(vec![u64::MAX; len.div_ceil(64)]);
        if !len.is_multiple_of(64) {
            if let Some(last) = bits.0.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
        bits
    }

    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    pub(crate) fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    fn and(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_sets_hold_exactly_their_claims() {
        let full = Bits::full(70);
        assert!(full.contains(69));
        assert_eq!(full.0[1], (1 << 6) - 1);
        let mut some = Bits::empty(70);
        some.set(3);
        some.set(64);
        let mut both = full.clone();
        both.and(&some);
        assert_eq!(both, some);
    }

    #[test]
    fn texts_are_folded_and_kept_apart() {
        let article =
            crate::load(include_bytes!("../../../tests/fixtures/harbour.json")).expect("valid");
        let columns = Columns::new(article.claims(), article.actors(), article.sources());
        assert!(columns.text_of(0).contains("ana perez"));
        // "monday" ends claim 1's quote; "the port" starts nothing in claim 2: no match spans both.
        let matches = columns.text_matches(&["monday".into()]);
        assert_eq!(
            (0..3).map(|i| matches.contains(i)).collect::<Vec<_>>(),
            [false, true, false]
        );
    }
}
