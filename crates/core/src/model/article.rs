//! A validated article and the indexes derived from it when it loads (from its file, or from the
//! packed form the build writes into a page).
//!
//! The indexes answer the explorer's questions without scanning: which claims an actor makes or is
//! the subject of, which claims cite a source, where in the text each actor is mentioned, which
//! claims stand in a paragraph, and the words the free-text search looks up.

use std::ops::Range;

use super::mentions::NameFinder;
use super::text_index::TextIndex;
use crate::model::Columns;
use crate::model::*;
use crate::text::fold::fold;

/// A place in the text where an actor is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub actor: ActorId,
    pub paragraph: ParagraphId,
    /// Byte range in the paragraph's text.
    pub range: Range<usize>,
}

/// An article that passed validation (or was packed from one), with its indexes.
#[derive(Debug)]
pub struct Article {
    info: ArticleInfo,
    paragraphs: Vec<Paragraph>,
    actors: Vec<Actor>,
    sources: Vec<Source>,
    claims: Vec<Claim>,
    relations: Vec<Relation>,
    events: Vec<Event>,
    claims_by: Vec<Vec<ClaimId>>,
    claims_about: Vec<Vec<ClaimId>>,
    claims_citing: Vec<Vec<ClaimId>>,
    claims_in: Vec<Vec<ClaimId>>,
    relations_of: Vec<Vec<usize>>,
    mentions: Vec<Mention>,
    mentions_of: Vec<Vec<u32>>,
    columns: Columns,
    text_index: TextIndex,
}

impl Article {
    pub(crate) fn new(
        info: ArticleInfo,
        paragraphs: Vec<Paragraph>,
        actors: Vec<Actor>,
        sources: Vec<Source>,
        claims: Vec<Claim>,
        relations: Vec<Relation>,
        events: Vec<Event>,
    ) -> Article {
        let mut claims_by = vec![Vec::new(); actors.len()];
        let mut claims_about = vec![Vec::new(); actors.len()];
        let mut claims_citing = vec![Vec::new(); sources.len()];
        let mut claims_in = vec![Vec::new(); paragraphs.len()];
        for claim in &claims {
            claims_by[claim.claimant.index()].push(claim.id);
            for subject in &claim.subjects {
                claims_about[subject.index()].push(claim.id);
            }
            for source in &claim.sources {
                claims_citing[source.index()].push(claim.id);
            }
            claims_in[claim.quote.paragraph.index()].push(claim.id);
        }
        for in_paragraph in &mut claims_in {
            in_paragraph.sort_by_key(|c| {
                let range = &claims[c.index()].quote.range;
                (range.start, std::cmp::Reverse(range.end))
            });
        }
        let mut relations_of = vec![Vec::new(); claims.len()];
        for (i, relation) in relations.iter().enumerate() {
            for claim in relation.claims {
                relations_of[claim.index()].push(i);
            }
        }
        let names = NameFinder::new(
            actors
                .iter()
                .filter(|a| a.kind != ActorKind::Author)
                .flat_map(|a| a.names().map(move |name| (a.id, name))),
        );
        let mut mentions = Vec::new();
        for p in &paragraphs {
            names.find(&p.text, |actor, range| {
                mentions.push(Mention {
                    actor,
                    paragraph: p.id,
                    range,
                })
            });
        }
        let mut mentions_of = vec![Vec::new(); actors.len()];
        for (i, mention) in mentions.iter().enumerate() {
            mentions_of[mention.actor.index()].push(i as u32);
        }
        let columns = Columns::new(&claims);
        let text_index = TextIndex::new(&claims, &actors, &sources);
        Article {
            info,
            paragraphs,
            actors,
            sources,
            claims,
            relations,
            events,
            claims_by,
            claims_about,
            claims_citing,
            claims_in,
            relations_of,
            mentions,
            mentions_of,
            columns,
            text_index,
        }
    }

    pub fn info(&self) -> &ArticleInfo {
        &self.info
    }
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }
    pub fn relations(&self) -> &[Relation] {
        &self.relations
    }
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    pub fn actor(&self, id: ActorId) -> &Actor {
        &self.actors[id.index()]
    }
    pub fn source(&self, id: SourceId) -> &Source {
        &self.sources[id.index()]
    }
    pub fn claim(&self, id: ClaimId) -> &Claim {
        &self.claims[id.index()]
    }
    pub fn paragraph(&self, id: ParagraphId) -> &Paragraph {
        &self.paragraphs[id.index()]
    }

    /// The actor whose file id is `key`.
    pub fn actor_by_key(&self, key: &str) -> Option<ActorId> {
        self.actors.iter().find(|a| a.key == key).map(|a| a.id)
    }
    pub fn source_by_key(&self, key: &str) -> Option<SourceId> {
        self.sources.iter().find(|s| s.key == key).map(|s| s.id)
    }
    pub fn claim_by_key(&self, key: &str) -> Option<ClaimId> {
        self.claims.iter().find(|c| c.key == key).map(|c| c.id)
    }

    /// Claims the actor makes.
    pub fn claims_by(&self, actor: ActorId) -> &[ClaimId] {
        &self.claims_by[actor.index()]
    }
    /// Claims about the actor.
    pub fn claims_about(&self, actor: ActorId) -> &[ClaimId] {
        &self.claims_about[actor.index()]
    }
    /// Claims that cite the source.
    pub fn claims_citing(&self, source: SourceId) -> &[ClaimId] {
        &self.claims_citing[source.index()]
    }
    /// Claims quoted from the paragraph, in the order they start (outer before inner).
    pub fn claims_in(&self, paragraph: ParagraphId) -> &[ClaimId] {
        &self.claims_in[paragraph.index()]
    }
    /// The relations a claim takes part in, with the other claim of each.
    pub fn relations_of(&self, claim: ClaimId) -> impl Iterator<Item = (&Relation, ClaimId)> {
        self.relations_of[claim.index()].iter().map(move |&i| {
            let relation = &self.relations[i];
            let other = if relation.claims[0] == claim {
                relation.claims[1]
            } else {
                relation.claims[0]
            };
            (relation, other)
        })
    }

    /// Every mention of every actor, in text order.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }
    /// The mentions in one paragraph, in text order.
    pub fn mentions_in(&self, paragraph: ParagraphId) -> &[Mention] {
        let start = self.mentions.partition_point(|m| m.paragraph < paragraph);
        let end = self.mentions.partition_point(|m| m.paragraph <= paragraph);
        &self.mentions[start..end]
    }
    /// How many times the text names the actor.
    pub fn mention_count(&self, actor: ActorId) -> usize {
        self.mentions_of[actor.index()].len()
    }
    /// The actor's mentions, in text order.
    pub fn mentions_of(&self, actor: ActorId) -> impl Iterator<Item = &Mention> {
        self.mentions_of[actor.index()]
            .iter()
            .map(|&i| &self.mentions[i as usize])
    }

    /// The claims column by column, for the query engine.
    pub(crate) fn columns(&self) -> &Columns {
        &self.columns
    }

    /// The claims whose words, or whose claimant's or sources' names, hold every term: see
    /// [`TextIndex::matches`]. A phrase (a term of several words) must occur whole in one of
    /// those texts, folded: the index finds the claims holding each of its words, and each of
    /// those claims' texts is then read for the phrase.
    pub(crate) fn search_words(&self, terms: &[String]) -> Option<crate::collections::Bits> {
        let found = self
            .text_index
            .matches(terms, &self.claims_by, &self.claims_citing)?;
        let phrases: Vec<&String> = terms.iter().filter(|t| t.contains(' ')).collect();
        if phrases.is_empty() {
            return Some(found);
        }
        let mut kept = crate::collections::Bits::empty(self.claims.len());
        for claim in found.ones() {
            let claim = &self.claims[claim];
            let holds = |phrase: &str| {
                let mut texts = vec![claim.quote.exact.as_str(), claim.summary.as_str()];
                texts.extend(self.actor(claim.claimant).names());
                for &source in &claim.sources {
                    let source = self.source(source);
                    texts.push(&source.outlet);
                    texts.extend(source.author.as_deref());
                }
                texts.iter().any(|text| fold(text).contains(phrase))
            };
            if phrases.iter().all(|phrase| holds(phrase)) {
                kept.set(claim.id.index());
            }
        }
        Some(kept)
    }
}
