//! The query engine: which claims match a reader's filters, and how many each filter value would
//! match (faceted search counts).
//!
//! A [`Query`] holds one set of values per facet and a free text. Values of one facet are OR-ed,
//! facets are AND-ed, and every term of the text must occur in a claim's quote, summary, claimant
//! or source names (ignoring case and accents). A facet value's count is the number of claims it
//! would match given all the *other* active filters.

use std::ops::Range;

use crate::collections::Bits;
use crate::collections::Selection;
use crate::model::Article;
use crate::model::*;
use crate::text::fold;

/// A value of the source facet: a source, or “no source at all”.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceFilter {
    Unsourced,
    Source(SourceId),
}

/// A reader's filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub by: Selection<ActorId>,
    pub about: Selection<ActorId>,
    pub source: Selection<SourceFilter>,
    pub kind: Selection<ClaimKind>,
}

/// One of the four facets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    By,
    About,
    Source,
    Kind,
}

impl Query {
    /// True when no filter is active: every claim matches.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
            && self.by.is_empty()
            && self.about.is_empty()
            && self.source.is_empty()
            && self.kind.is_empty()
    }

    /// Whether the facet has any value selected.
    pub fn facet_active(&self, facet: Facet) -> bool {
        match facet {
            Facet::By => !self.by.is_empty(),
            Facet::About => !self.about.is_empty(),
            Facet::Source => !self.source.is_empty(),
            Facet::Kind => !self.kind.is_empty(),
        }
    }

    /// Clears one facet.
    pub fn clear(&mut self, facet: Facet) {
        match facet {
            Facet::By => self.by.clear(),
            Facet::About => self.about.clear(),
            Facet::Source => self.source.clear(),
            Facet::Kind => self.kind.clear(),
        }
    }
}

/// One value of one facet: what a reader ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FacetValue {
    By(ActorId),
    About(ActorId),
    Source(SourceFilter),
    Kind(ClaimKind),
}

impl FacetValue {
    pub fn facet(self) -> Facet {
        match self {
            FacetValue::By(_) => Facet::By,
            FacetValue::About(_) => Facet::About,
            FacetValue::Source(_) => Facet::Source,
            FacetValue::Kind(_) => Facet::Kind,
        }
    }
}

impl Query {
    /// Whether the value is selected.
    pub fn contains(&self, value: FacetValue) -> bool {
        match value {
            FacetValue::By(a) => self.by.contains(&a),
            FacetValue::About(a) => self.about.contains(&a),
            FacetValue::Source(s) => self.source.contains(&s),
            FacetValue::Kind(k) => self.kind.contains(&k),
        }
    }

    /// Selects the value, or unselects it when it is selected.
    pub fn toggle(&mut self, value: FacetValue) {
        fn flip<T: Ord>(set: &mut Selection<T>, value: T) {
            if !set.remove(&value) {
                set.insert(value);
            }
        }
        match value {
            FacetValue::By(a) => flip(&mut self.by, a),
            FacetValue::About(a) => flip(&mut self.about, a),
            FacetValue::Source(s) => flip(&mut self.source, s),
            FacetValue::Kind(k) => flip(&mut self.kind, k),
        }
    }

    /// A query that selects only this value.
    pub fn only(value: FacetValue) -> Query {
        let mut query = Query::default();
        query.toggle(value);
        query
    }
}

impl FacetCounts {
    /// How many claims the value would match given the other facets' filters.
    pub fn of(&self, value: FacetValue) -> u32 {
        match value {
            FacetValue::By(a) => self.by[a.index()],
            FacetValue::About(a) => self.about[a.index()],
            FacetValue::Source(SourceFilter::Unsourced) => self.unsourced,
            FacetValue::Source(SourceFilter::Source(s)) => self.source[s.index()],
            FacetValue::Kind(k) => self.kind[k.position()],
        }
    }
}

/// How many claims each facet value would match, given the other facets' filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    pub by: Vec<u32>,
    pub about: Vec<u32>,
    pub source: Vec<u32>,
    pub unsourced: u32,
    pub kind: Vec<u32>,
}

/// The claims that match a query, in article order, with the facet counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    pub claims: Vec<ClaimId>,
    pub counts: FacetCounts,
}

impl Results {
    pub fn matches(&self, claim: ClaimId) -> bool {
        self.claims.binary_search(&claim).is_ok()
    }
}

/// The claims a facet's selected values let through, as a set; `None` when no value is selected.
fn passing<T>(
    claims: usize,
    selected: &Selection<T>,
    mut claims_of: impl FnMut(&T, &mut Bits),
) -> Option<Bits> {
    if selected.is_empty() {
        return None;
    }
    let mut bits = Bits::empty(claims);
    for value in selected {
        claims_of(value, &mut bits);
    }
    Some(bits)
}

/// The claims that pass every filter but the one at `skip` (all of them with `skip` out of range).
fn passing_all_but(claims: usize, filters: &[Option<Bits>], skip: usize) -> Bits {
    let mut result = Bits::full(claims);
    for (i, filter) in filters.iter().enumerate() {
        if let Some(filter) = filter.as_ref().filter(|_| i != skip) {
            result.and(filter);
        }
    }
    result
}

/// Runs a query over the article.
///
/// Each active filter becomes the set of claims it lets through, read from the article's indexes.
/// The matches are the claims in every set; a facet's counts come from the claims in every set but
/// its own, since a claim the text or another facet excludes counts for nothing.
pub fn run(article: &Article, query: &Query) -> Results {
    let columns = article.columns();
    let claims = columns.len();
    let set_all = |list: &[ClaimId], bits: &mut Bits| {
        for claim in list {
            bits.set(claim.index());
        }
    };
    let by = passing(claims, &query.by, |&a, bits| {
        set_all(article.claims_by(a), bits)
    });
    let about = passing(claims, &query.about, |&a, bits| {
        set_all(article.claims_about(a), bits)
    });
    let source = passing(claims, &query.source, |&s, bits| match s {
        SourceFilter::Source(s) => set_all(article.claims_citing(s), bits),
        SourceFilter::Unsourced => {
            for claim in (0..claims).filter(|&i| columns.sources.of(i).is_empty()) {
                bits.set(claim);
            }
        }
    });
    let kind = passing(claims, &query.kind, |&k, bits| {
        let wanted = k.position() as u8;
        for (claim, _) in columns
            .kind
            .iter()
            .enumerate()
            .filter(|(_, &of)| of == wanted)
        {
            bits.set(claim);
        }
    });
    let text = article.search_words(&fold::terms(&query.text));
    let filters = [by, about, source, kind, text];
    let [by, about, source, kind, all] =
        [0, 1, 2, 3, usize::MAX].map(|skip| passing_all_but(claims, &filters, skip));

    let mut counts = FacetCounts {
        by: vec![0; article.actors().len()],
        about: vec![0; article.actors().len()],
        source: vec![0; article.sources().len()],
        unsourced: 0,
        kind: vec![0; ClaimKind::ALL.len()],
    };
    for claim in by.ones() {
        counts.by[columns.claimant[claim] as usize] += 1;
    }
    for claim in about.ones() {
        for &subject in columns.subjects.of(claim) {
            counts.about[subject as usize] += 1;
        }
    }
    for claim in source.ones() {
        let sources = columns.sources.of(claim);
        if sources.is_empty() {
            counts.unsourced += 1;
        }
        for &source in sources {
            counts.source[source as usize] += 1;
        }
    }
    for claim in kind.ones() {
        counts.kind[usize::from(columns.kind[claim])] += 1;
    }
    Results {
        claims: all.ones().map(|i| ClaimId(i as u32)).collect(),
        counts,
    }
}

/// Where the query's text occurs in `text`, for highlighting.
pub fn highlights(query: &Query, text: &str) -> Vec<Range<usize>> {
    let terms = fold::terms(&query.text);
    if terms.is_empty() {
        return Vec::new();
    }
    fold::Folded::new(text).find(&terms)
}
