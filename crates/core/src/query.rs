//! The query engine: which claims match a reader's filters, and how many each filter value would
//! match (faceted search counts).
//!
//! A [`Query`] holds one set of values per facet and a free text. Values of one facet are OR-ed,
//! facets are AND-ed, and every term of the text must occur in a claim's quote, summary, claimant
//! or source names (ignoring case and accents). A facet value's count is the number of claims it
//! would match given all the *other* active filters.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::article::Article;
use crate::fold;
use crate::model::*;

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
    pub by: BTreeSet<ActorId>,
    pub about: BTreeSet<ActorId>,
    pub source: BTreeSet<SourceFilter>,
    pub kind: BTreeSet<ClaimKind>,
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
        fn flip<T: Ord>(set: &mut BTreeSet<T>, value: T) {
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
            FacetValue::Kind(k) => ClaimKind::ALL
                .iter()
                .position(|(kind, _)| *kind == k)
                .map_or(0, |i| self.kind[i]),
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

const BY: u8 = 1;
const ABOUT: u8 = 2;
const SOURCE: u8 = 4;
const KIND: u8 = 8;
const TEXT: u8 = 16;
const ALL: u8 = BY | ABOUT | SOURCE | KIND | TEXT;

/// A facet's selected values as a lookup table; `None` when the facet is inactive.
fn selected(len: usize, values: impl Iterator<Item = usize>) -> Option<Vec<bool>> {
    let mut table = vec![false; len];
    let mut any = false;
    for value in values {
        table[value] = true;
        any = true;
    }
    any.then_some(table)
}

/// Runs a query over the article.
pub fn run(article: &Article, query: &Query) -> Results {
    let columns = article.columns();
    let actors = article.actors().len();
    let kinds = ClaimKind::ALL.len();
    let by = selected(actors, query.by.iter().map(|a| a.index()));
    let about = selected(actors, query.about.iter().map(|a| a.index()));
    let want_unsourced = query.source.contains(&SourceFilter::Unsourced);
    let sources = selected(
        article.sources().len(),
        query.source.iter().filter_map(|s| match s {
            SourceFilter::Source(s) => Some(s.index()),
            SourceFilter::Unsourced => None,
        }),
    );
    let source_active = !query.source.is_empty();
    let kind = selected(
        kinds,
        query
            .kind
            .iter()
            .filter_map(|k| ClaimKind::ALL.iter().position(|(v, _)| v == k)),
    );
    let text = columns.text_matches(&fold::terms(&query.text));

    let mut counts = FacetCounts {
        by: vec![0; actors],
        about: vec![0; actors],
        source: vec![0; article.sources().len()],
        unsourced: 0,
        kind: vec![0; kinds],
    };
    let mut claims = Vec::new();
    let in_table =
        |table: &Option<Vec<bool>>, value: u32| table.as_ref().is_none_or(|t| t[value as usize]);
    for i in 0..columns.claimant.len() {
        let claimant = columns.claimant[i];
        let kind_index = columns.kind[i];
        let subjects = columns.subjects.of(i);
        let claim_sources = columns.sources.of(i);
        let mut passed = 0;
        if in_table(&by, claimant) {
            passed |= BY;
        }
        if about
            .as_ref()
            .is_none_or(|t| subjects.iter().any(|&s| t[s as usize]))
        {
            passed |= ABOUT;
        }
        let source_matches = (want_unsourced && claim_sources.is_empty())
            || sources
                .as_ref()
                .is_some_and(|t| claim_sources.iter().any(|&s| t[s as usize]));
        if !source_active || source_matches {
            passed |= SOURCE;
        }
        if in_table(&kind, u32::from(kind_index)) {
            passed |= KIND;
        }
        if text.contains(i) {
            passed |= TEXT;
        }
        if passed == ALL {
            claims.push(ClaimId(i as u32));
        }
        // A claim counts towards a facet's values when it passes every other filter.
        let others = |facet: u8| passed | facet == ALL;
        if others(BY) {
            counts.by[claimant as usize] += 1;
        }
        if others(ABOUT) {
            for &subject in subjects {
                counts.about[subject as usize] += 1;
            }
        }
        if others(SOURCE) {
            if claim_sources.is_empty() {
                counts.unsourced += 1;
            }
            for &source in claim_sources {
                counts.source[source as usize] += 1;
            }
        }
        if others(KIND) {
            counts.kind[usize::from(kind_index)] += 1;
        }
    }
    Results { claims, counts }
}

/// Where the query's text occurs in `text`, for highlighting.
pub fn highlights(query: &Query, text: &str) -> Vec<Range<usize>> {
    let terms = fold::terms(&query.text);
    if terms.is_empty() {
        return Vec::new();
    }
    fold::Folded::new(text).find(&terms)
}
