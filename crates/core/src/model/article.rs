//! A validated article and the indexes derived from it when it loads (from its file, or from the
//! packed form the build writes into a page).
//!
//! The indexes answer the explorer's questions without scanning: which claims an actor makes or is
//! the subject of, which claims cite a source, where in the text each actor is mentioned, which
//! claims stand in a paragraph, and the words the free-text search looks up.

use std::collections::HashMap;
use std::ops::Range;

use crate::model::Columns;
use crate::model::*;
use crate::search::TextIndex;

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
        let mentions = find_mentions(&paragraphs, &actors);
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
    /// [`TextIndex::matches`].
    pub(crate) fn search_words(&self, terms: &[String]) -> Option<crate::collections::Bits> {
        self.text_index
            .matches(terms, &self.claims_by, &self.claims_citing)
    }
}

/// Finds every whole-word occurrence of every actor's names; where names overlap (“Russia” inside
/// “Freedom of Russia Legion”), the longer one wins. Names are looked up by their first word at
/// each word start, so the cost grows with the text, not with text × names.
fn find_mentions(paragraphs: &[Paragraph], actors: &[Actor]) -> Vec<Mention> {
    let mut by_first_word: HashMap<&str, Vec<(ActorId, &str)>> = HashMap::new();
    // Which first bytes and lengths first words have: most words of a text are no name's first
    // word, and this tells so without hashing them.
    let mut first_words = FirstWords([0; 256]);
    for actor in actors.iter().filter(|a| a.kind != ActorKind::Author) {
        for name in actor.names() {
            if let Some(first) = name
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .filter(|w| !w.is_empty())
            {
                first_words.insert(first);
                by_first_word
                    .entry(first)
                    .or_default()
                    .push((actor.id, name));
            }
        }
    }
    let mut mentions = Vec::new();
    for paragraph in paragraphs {
        let text = paragraph.text.as_str();
        let mut last_end = 0;
        for (start, word) in words(text) {
            if start < last_end || !first_words.may_hold(word) {
                continue;
            }
            let longest = by_first_word
                .get(word)
                .into_iter()
                .flatten()
                .filter(|(_, name)| {
                    text[start..].starts_with(name)
                        && is_word_boundary(text, start, start + name.len())
                })
                .max_by_key(|(_, name)| name.len());
            if let Some((actor, name)) = longest {
                last_end = start + name.len();
                mentions.push(Mention {
                    actor: *actor,
                    paragraph: paragraph.id,
                    range: start..last_end,
                });
            }
        }
    }
    mentions
}

/// For each first byte, a bit for each word length (lengths from 63 share the last bit).
struct FirstWords([u64; 256]);

impl FirstWords {
    fn bit(word: &str) -> Option<(usize, u64)> {
        let first = *word.as_bytes().first()?;
        Some((usize::from(first), 1 << word.len().min(63)))
    }

    fn insert(&mut self, word: &str) {
        if let Some((first, bit)) = FirstWords::bit(word) {
            self.0[first] |= bit;
        }
    }

    /// False only when no inserted word has the word's first byte and length.
    fn may_hold(&self, word: &str) -> bool {
        FirstWords::bit(word).is_some_and(|(first, bit)| self.0[first] & bit != 0)
    }
}

/// The words of a text (runs of letters and digits) with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .scan(0, move |offset, word| {
            let start = *offset;
            // Every separator is one character; step over it to reach the next word's start.
            *offset = start
                + word.len()
                + text[start + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
}

fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}
