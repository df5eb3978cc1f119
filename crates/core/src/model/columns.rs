//! The claims' facet values laid out column by column, for the query engine: each facet's values in
//! one flat array, so a query over 100,000 claims reads a few contiguous arrays instead of chasing a
//! pointer per claim.

use crate::collections::Lists;
use crate::model::{Claim, Vocabulary};

#[derive(Debug, Default)]
pub(crate) struct Columns {
    pub(crate) claimant: Vec<u32>,
    /// Each claim's kind, as its position in [`ClaimKind::ALL`].
    pub(crate) kind: Vec<u8>,
    pub(crate) subjects: Lists,
    pub(crate) sources: Lists,
}

impl Columns {
    pub(crate) fn new(claims: &[Claim]) -> Columns {
        let mut columns = Columns {
            claimant: Vec::with_capacity(claims.len()),
            kind: Vec::with_capacity(claims.len()),
            ..Columns::default()
        };
        for claim in claims {
            columns.claimant.push(claim.claimant.0);
            columns.kind.push(claim.kind.position() as u8);
            columns.subjects.push(claim.subjects.iter().map(|a| a.0));
            columns.sources.push(claim.sources.iter().map(|s| s.0));
        }
        columns
    }

    /// How many claims there are.
    pub(crate) fn len(&self) -> usize {
        self.claimant.len()
    }
}
