//! The article file an editor works on, and every change the editor makes to it as a method.
//!
//! Entries are shared (`Rc`) between versions of the document, so keeping every version for undo
//! costs a pointer per entry, not a copy of the article: an edit replaces the entries it changes
//! and shares the rest. The document holds a file that may not validate yet; [`Document::check`]
//! says what is wrong with it, in the checker's words.

use std::ops::Range;
use std::rc::Rc;

use serde::Serialize;

use crate::anchor::anchor;
use crate::format::file::{
    Actor, Claim, Event, Extra, File, Info, Paragraph, Quote, Relation, Source,
};
use crate::format::Problem;
use crate::ids::unique_id;
use crate::model::{ActorId, ActorKind, Article, NameFinder, Vocabulary};
use crate::view::runs::{cut, Marked};

/// An article file being edited.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Document {
    pub format: String,
    pub article: Rc<Info>,
    pub paragraphs: Rc<Vec<Paragraph>>,
    pub actors: Vec<Rc<Actor>>,
    pub sources: Vec<Rc<Source>>,
    pub claims: Vec<Rc<Claim>>,
    pub relations: Vec<Rc<Relation>>,
    pub events: Vec<Rc<Event>>,
    #[serde(flatten)]
    pub extra: Rc<Extra>,
}

/// What the checker says of a document: its problems, or the article it makes with its
/// warnings.
#[derive(Debug)]
pub struct Checked {
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
    pub article: Option<Article>,
}

/// The claims that use an actor or a source, which removing it would change.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Uses {
    /// Claims it makes (an actor) or backs (a source).
    pub by: Vec<usize>,
    /// Claims about it (an actor).
    pub about: Vec<usize>,
}

impl Uses {
    pub fn is_empty(&self) -> bool {
        self.by.is_empty() && self.about.is_empty()
    }
}

fn shared<T>(list: Vec<T>) -> Vec<Rc<T>> {
    list.into_iter().map(Rc::new).collect()
}

fn owned<T: Clone>(list: &[Rc<T>]) -> Vec<T> {
    list.iter().map(|entry| (**entry).clone()).collect()
}

impl From<File> for Document {
    fn from(file: File) -> Document {
        Document {
            format: file.format,
            article: Rc::new(file.article),
            paragraphs: Rc::new(file.paragraphs),
            actors: shared(file.actors),
            sources: shared(file.sources),
            claims: shared(file.claims),
            relations: shared(file.relations),
            events: shared(file.events),
            extra: Rc::new(file.extra),
        }
    }
}

impl Document {
    /// The document as a plain file.
    pub fn to_file(&self) -> File {
        File {
            format: self.format.clone(),
            article: (*self.article).clone(),
            paragraphs: (*self.paragraphs).clone(),
            actors: owned(&self.actors),
            sources: owned(&self.sources),
            claims: owned(&self.claims),
            relations: owned(&self.relations),
            events: owned(&self.events),
            extra: (*self.extra).clone(),
        }
    }

    /// The file as pretty-printed JSON, exactly as [`File::to_json`] writes it.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Checks the document as the explorer would load it: [`crate::load`] on what it writes.
    pub fn check(&self) -> Checked {
        Document::check_json(&self.to_json())
    }

    /// Checks the JSON text of a document (as [`Document::to_json`] wrote it).
    pub fn check_json(json: &str) -> Checked {
        Document::check_json_in(json, crate::i18n::Locale::ENGLISH)
    }

    /// Checks the JSON text of a document, its problems and warnings said in `locale`.
    pub fn check_json_in(json: &str, locale: crate::i18n::Locale) -> Checked {
        match crate::format::load_in(json.as_bytes(), locale) {
            Ok(article) => Checked {
                problems: Vec::new(),
                warnings: crate::format::warnings_in(&article, locale),
                article: Some(article),
            },
            Err(problems) => Checked {
                problems,
                warnings: Vec::new(),
                article: None,
            },
        }
    }

    /// The author actor: the article's own voice, which claims nobody else makes belong to.
    /// Made when the document has none.
    pub fn author(&mut self) -> String {
        let author = ActorKind::Author.key();
        if let Some(actor) = self.actors.iter().find(|a| a.kind == author) {
            return actor.id.clone();
        }
        let name = self
            .article
            .credits
            .iter()
            .find(|c| c.role.eq_ignore_ascii_case("author"))
            .map_or_else(
                || crate::draft::writer_in(&self.article.language),
                |c| c.name.clone(),
            );
        let id = unique_id("writer", |id| self.actors.iter().any(|a| a.id == id));
        self.actors.insert(
            0,
            Rc::new(Actor {
                id: id.clone(),
                name,
                kind: author.into(),
                summary: "The article's author.".into(),
                ..Actor::default()
            }),
        );
        id
    }

    /// A new claim quoting the bytes `range` of paragraph `paragraph`, made by the author and
    /// about the actors its words name; its index, or `None` when the selection quotes nothing.
    pub fn new_claim(&mut self, paragraph: usize, range: Range<usize>) -> Option<usize> {
        let quote = self.quote(paragraph, range)?;
        let claimant = self.author();
        let subjects = self.actors_named_in(&quote.exact, &claimant);
        let id = unique_id(&format!("claim-{}", first_words(&quote.exact, 4)), |id| {
            self.claims.iter().any(|c| c.id == id)
        });
        self.claims.push(Rc::new(Claim {
            id,
            quote,
            claimant,
            kind: "report".into(),
            subjects,
            ..Claim::default()
        }));
        Some(self.claims.len() - 1)
    }

    /// Moves claim `claim`'s quote to the bytes `range` of paragraph `paragraph`.
    pub fn reanchor(&mut self, claim: usize, paragraph: usize, range: Range<usize>) -> bool {
        let Some(quote) = self.quote(paragraph, range) else {
            return false;
        };
        self.change_claim(claim, |c| c.quote = quote)
    }

    fn quote(&self, paragraph: usize, range: Range<usize>) -> Option<Quote> {
        let paragraph = self.paragraphs.get(paragraph)?;
        let anchor = anchor(&paragraph.text, range)?;
        Some(Quote {
            paragraph: paragraph.id.clone(),
            exact: anchor.exact,
            prefix: anchor.prefix,
            suffix: anchor.suffix,
            extra: Extra::new(),
        })
    }

    /// The ids of the actors, other than `except`, whose name or an alias `text` holds as whole
    /// words.
    fn actors_named_in(&self, text: &str, except: &str) -> Vec<String> {
        self.actors
            .iter()
            .filter(|a| a.id != except)
            .filter(|a| {
                std::iter::once(&a.name)
                    .chain(&a.aliases)
                    .any(|name| holds_word(text, name))
            })
            .map(|a| a.id.clone())
            .collect()
    }

    /// A new actor named `name` (trimmed), of the kind a name like it usually is
    /// ([`super::kinds::guess_kind`]); its index.
    pub fn new_actor(&mut self, name: &str) -> Option<usize> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let id = unique_id(name, |id| self.actors.iter().any(|a| a.id == id));
        let kind = super::kinds::guess_kind(name);
        self.actors.push(Rc::new(Actor {
            id,
            name: name.to_string(),
            kind: kind.key().into(),
            ..Actor::default()
        }));
        Some(self.actors.len() - 1)
    }

    /// Gives actor `actor` another name the text uses for it.
    pub fn add_alias(&mut self, actor: usize, alias: &str) -> bool {
        let alias = alias.trim();
        let Some(entry) = self.actors.get(actor) else {
            return false;
        };
        if alias.is_empty() || entry.name == alias || entry.aliases.iter().any(|a| a == alias) {
            return false;
        }
        Rc::make_mut(&mut self.actors[actor])
            .aliases
            .push(alias.to_string());
        true
    }

    /// Makes the bytes `range` of paragraph `paragraph` a citation, such as “(BBC, 2023)”: the
    /// source it names (by outlet or author; a new unlisted one if none) is added to the claims
    /// of that sentence quoted before it. The source's index.
    pub fn cite(&mut self, paragraph: usize, range: Range<usize>) -> Option<usize> {
        let text = &self.paragraphs.get(paragraph)?.text;
        let cited = text.get(range.clone())?;
        let name = cited
            .trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .split(',')
            .next()
            .unwrap_or_default()
            .trim();
        if name.is_empty() {
            return None;
        }
        let known = self.sources.iter().position(|s| {
            s.outlet.eq_ignore_ascii_case(name)
                || s.author.as_deref().is_some_and(|a| {
                    a.eq_ignore_ascii_case(name) || surname(a).eq_ignore_ascii_case(name)
                })
        });
        let source = match known {
            Some(i) => i,
            None => {
                let id = unique_id(name, |id| {
                    id == "unsourced" || self.sources.iter().any(|s| s.id == id)
                });
                self.sources.push(Rc::new(Source {
                    id,
                    outlet: name.to_string(),
                    ..Source::default()
                }));
                self.sources.len() - 1
            }
        };
        let sentence_start = text[..range.start]
            .rfind(['.', '!', '?'])
            .map_or(0, |at| at + 1);
        let paragraph_id = self.paragraphs[paragraph].id.clone();
        let source_id = self.sources[source].id.clone();
        for claim in &mut self.claims {
            let Some(at) = place_of(text, &claim.quote) else {
                continue;
            };
            let end = at + claim.quote.exact.len();
            let in_sentence = claim.quote.paragraph == paragraph_id
                && end <= range.start
                && end > sentence_start
                && !claim.sources.contains(&source_id);
            if in_sentence {
                Rc::make_mut(claim).sources.push(source_id.clone());
            }
        }
        Some(source)
    }

    /// The claims that use actor `actor`.
    pub fn uses_of_actor(&self, actor: usize) -> Uses {
        let Some(id) = self.actors.get(actor).map(|a| &a.id) else {
            return Uses::default();
        };
        Uses {
            by: self.claims_where(|c| &c.claimant == id),
            about: self.claims_where(|c| c.subjects.contains(id)),
        }
    }

    /// The claims that cite source `source`.
    pub fn uses_of_source(&self, source: usize) -> Uses {
        let Some(id) = self.sources.get(source).map(|s| &s.id) else {
            return Uses::default();
        };
        Uses {
            by: self.claims_where(|c| c.sources.contains(id)),
            about: Vec::new(),
        }
    }

    fn claims_where(&self, test: impl Fn(&Claim) -> bool) -> Vec<usize> {
        (0..self.claims.len())
            .filter(|&i| test(&self.claims[i]))
            .collect()
    }

    /// Removes actor `actor`: claims about it no longer are, and claims it made are given to the
    /// author and marked drafted, to be checked again.
    pub fn remove_actor(&mut self, actor: usize) -> bool {
        if actor >= self.actors.len() {
            return false;
        }
        let id = self.actors.remove(actor).id.clone();
        let uses: Vec<usize> = self.claims_where(|c| c.claimant == id || c.subjects.contains(&id));
        let author = uses
            .iter()
            .any(|&c| self.claims[c].claimant == id)
            .then(|| self.author());
        for claim in uses {
            let claim = Rc::make_mut(&mut self.claims[claim]);
            claim.subjects.retain(|s| *s != id);
            if let (true, Some(author)) = (claim.claimant == id, &author) {
                claim.claimant = author.clone();
                claim.drafted = true;
            }
        }
        true
    }

    /// Removes source `source` and every claim's citation of it.
    pub fn remove_source(&mut self, source: usize) -> bool {
        if source >= self.sources.len() {
            return false;
        }
        let id = self.sources.remove(source).id.clone();
        for claim in self.claims_where(|c| c.sources.contains(&id)) {
            Rc::make_mut(&mut self.claims[claim])
                .sources
                .retain(|s| *s != id);
        }
        true
    }

    /// Removes claim `claim`, its relations, and its place in events.
    pub fn remove_claim(&mut self, claim: usize) -> bool {
        if claim >= self.claims.len() {
            return false;
        }
        let id = self.claims.remove(claim).id.clone();
        self.relations.retain(|r| !r.claims.contains(&id));
        for event in &mut self.events {
            if event.claims.contains(&id) {
                Rc::make_mut(event).claims.retain(|c| *c != id);
            }
        }
        true
    }

    /// Changes claim `claim` with `change`; false when there is no such claim.
    pub fn change_claim(&mut self, claim: usize, change: impl FnOnce(&mut Claim)) -> bool {
        self.claims
            .get_mut(claim)
            .map(|c| change(Rc::make_mut(c)))
            .is_some()
    }

    /// Changes actor `actor` with `change`; false when there is no such actor.
    pub fn change_actor(&mut self, actor: usize, change: impl FnOnce(&mut Actor)) -> bool {
        self.actors
            .get_mut(actor)
            .map(|a| change(Rc::make_mut(a)))
            .is_some()
    }

    /// Changes source `source` with `change`; false when there is no such source.
    pub fn change_source(&mut self, source: usize, change: impl FnOnce(&mut Source)) -> bool {
        self.sources
            .get_mut(source)
            .map(|s| change(Rc::make_mut(s)))
            .is_some()
    }

    /// Changes the article's own fields with `change`.
    pub fn change_info(&mut self, change: impl FnOnce(&mut Info)) {
        change(Rc::make_mut(&mut self.article));
    }

    /// Links claims `a` and `b` as `kind` (`contradicts`, `supports`), replacing a relation they
    /// already have; false unless both exist and differ.
    pub fn relate(&mut self, a: usize, b: usize, kind: &str, note: Option<String>) -> bool {
        let (Some(first), Some(second)) = (self.claims.get(a), self.claims.get(b)) else {
            return false;
        };
        if a == b {
            return false;
        }
        let pair = [first.id.clone(), second.id.clone()];
        self.relations
            .retain(|r| !(r.claims.contains(&pair[0]) && r.claims.contains(&pair[1])));
        self.relations.push(Rc::new(Relation {
            kind: kind.to_string(),
            claims: pair.to_vec(),
            note,
            ..Relation::default()
        }));
        true
    }

    /// Removes relation `relation`.
    pub fn remove_relation(&mut self, relation: usize) -> bool {
        (relation < self.relations.len())
            .then(|| self.relations.remove(relation))
            .is_some()
    }

    /// A new event on `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) labelled `label`, reported by the
    /// claims `claims`; its index.
    pub fn new_event(&mut self, date: &str, label: &str, claims: Vec<String>) -> usize {
        let id = unique_id(&format!("event-{}", first_words(label, 4)), |id| {
            self.events.iter().any(|e| e.id == id)
        });
        self.events.push(Rc::new(Event {
            id,
            date: date.trim().to_string(),
            label: label.trim().to_string(),
            claims,
            ..Event::default()
        }));
        self.events.len() - 1
    }

    /// Changes event `event` with `change`; false when there is no such event.
    pub fn change_event(&mut self, event: usize, change: impl FnOnce(&mut Event)) -> bool {
        self.events
            .get_mut(event)
            .map(|e| change(Rc::make_mut(e)))
            .is_some()
    }

    /// Removes event `event`.
    pub fn remove_event(&mut self, event: usize) -> bool {
        (event < self.events.len())
            .then(|| self.events.remove(event))
            .is_some()
    }
}

impl Document {
    /// The marked runs of paragraph `paragraph`, as the explorer's Article view marks them: each
    /// claim by its position in [`Document::claims`] (quotes that no longer find their place are
    /// left unmarked) and each actor named by its position in [`Document::actors`].
    pub fn marks(&self, paragraph: usize) -> Vec<Marked<usize, usize>> {
        let Some(paragraph) = self.paragraphs.get(paragraph) else {
            return Vec::new();
        };
        let claims = self
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.quote.paragraph == paragraph.id)
            .map(|(i, _)| i);
        self.marks_of(paragraph, claims.collect(), &self.name_finder())
    }

    /// Every paragraph's [`Document::marks`], in order: the actors' names are gathered once and
    /// the claims sorted to their paragraphs in one pass, so marking the whole text costs about
    /// what marking each paragraph's own claims and names does.
    pub fn all_marks(&self) -> Vec<Vec<Marked<usize, usize>>> {
        let at: std::collections::HashMap<&str, usize> = self
            .paragraphs
            .iter()
            .enumerate()
            .map(|(p, paragraph)| (paragraph.id.as_str(), p))
            .collect();
        let mut claims: Vec<Vec<usize>> = vec![Vec::new(); self.paragraphs.len()];
        for (i, claim) in self.claims.iter().enumerate() {
            if let Some(list) = at
                .get(claim.quote.paragraph.as_str())
                .and_then(|&p| claims.get_mut(p))
            {
                list.push(i);
            }
        }
        let names = self.name_finder();
        self.paragraphs
            .iter()
            .zip(claims)
            .map(|(paragraph, claims)| self.marks_of(paragraph, claims, &names))
            .collect()
    }

    /// The names of every actor but the author, who is never marked in the text.
    fn name_finder(&self) -> NameFinder<'_> {
        let author = ActorKind::Author.key();
        NameFinder::new(
            self.actors
                .iter()
                .enumerate()
                .filter(|(_, a)| a.kind != author)
                .flat_map(|(i, a)| {
                    a.names()
                        .filter(|name| !name.trim().is_empty())
                        .map(move |name| (ActorId(i as u32), name))
                }),
        )
    }

    /// The marks of `paragraph`, whose claims (by position) are `claims`.
    fn marks_of(
        &self,
        paragraph: &Paragraph,
        claims: Vec<usize>,
        names: &NameFinder,
    ) -> Vec<Marked<usize, usize>> {
        let text = &paragraph.text;
        let mut claims: Vec<(usize, Range<usize>)> = claims
            .into_iter()
            .filter_map(|i| {
                let quote = &self.claims.get(i)?.quote;
                place_of(text, quote).map(|at| (i, at..at + quote.exact.len()))
            })
            .collect();
        // In the order `cut` takes them, as the article's claims_in gives them.
        claims.sort_by_key(|(_, r)| (r.start, std::cmp::Reverse(r.end)));
        let mut mentions: Vec<(usize, Range<usize>)> = Vec::new();
        names.find(text, |actor, range| mentions.push((actor.index(), range)));
        cut(text.len(), claims.into_iter(), mentions.into_iter(), &[])
    }
}

impl Document {
    /// Whether every paragraph's [`Document::marks`] are the same as in `before`: nothing they
    /// read changed (the text, each claim's quote, each actor's names and kind, in the same
    /// order). An edit to a summary, a source or a note leaves them, so the editor need not mark
    /// the text again. Entries an edit did not touch are shared, so most compare by pointer.
    pub fn marks_unchanged(&self, before: &Document) -> bool {
        fn same<T>(now: &[Rc<T>], then: &[Rc<T>], eq: impl Fn(&T, &T) -> bool) -> bool {
            now.len() == then.len()
                && now
                    .iter()
                    .zip(then)
                    .all(|(a, b)| Rc::ptr_eq(a, b) || eq(a, b))
        }
        (Rc::ptr_eq(&self.paragraphs, &before.paragraphs) || self.paragraphs == before.paragraphs)
            && same(&self.claims, &before.claims, |a, b| a.quote == b.quote)
            && same(&self.actors, &before.actors, |a, b| {
                a.name == b.name && a.aliases == b.aliases && a.kind == b.kind
            })
    }
}

/// Where `quote` stands in `text`, found as the loader finds it.
pub fn place_of(text: &str, quote: &Quote) -> Option<usize> {
    let mut found = text
        .match_indices(&quote.exact)
        .map(|(at, _)| at)
        .filter(|&at| {
            quote
                .prefix
                .as_deref()
                .is_none_or(|p| text[..at].ends_with(p))
                && quote
                    .suffix
                    .as_deref()
                    .is_none_or(|s| text[at + quote.exact.len()..].starts_with(s))
        });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Whether `text` holds `word` (one or more words) with no letter or digit joined to either end.
fn holds_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// The last word of a name such as “M. Watts” or “Watts M.”, which citations use.
fn surname(name: &str) -> &str {
    name.split_whitespace()
        .rfind(|w| w.trim_end_matches('.').chars().count() > 1)
        .unwrap_or(name)
}

/// The first `count` words of `text`, for an id.
fn first_words(text: &str, count: usize) -> String {
    text.split_whitespace()
        .take(count)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HARBOUR: &str = include_str!("../../../../tests/fixtures/harbour.json");

    fn harbour() -> Document {
        let file: File = serde_json::from_str(HARBOUR).expect("the fixture deserialises");
        Document::from(file)
    }

    fn valid(document: &Document) -> Article {
        let checked = document.check();
        assert_eq!(checked.problems, [], "{}", document.to_json());
        checked.article.expect("valid")
    }

    fn range_of(document: &Document, paragraph: usize, words: &str, nth: usize) -> Range<usize> {
        let text = &document.paragraphs[paragraph].text;
        let at = text
            .match_indices(words)
            .nth(nth)
            .map(|(at, _)| at)
            .expect("in the text");
        at..at + words.len()
    }

    #[test]
    fn a_document_writes_what_its_file_writes() {
        let file: File = serde_json::from_str(HARBOUR).expect("deserialises");
        assert_eq!(Document::from(file.clone()).to_json(), file.to_json());
        assert_eq!(Document::from(file.clone()).to_file(), file);
    }

    #[test]
    fn a_selection_becomes_a_claim_by_the_author_about_the_actors_it_names() {
        let mut document = harbour();
        let words = range_of(&document, 0, "the port authority denied", 0);
        let claim = document.new_claim(0, words).expect("a claim");
        let article = valid(&document);
        let made = &article.claims()[claim];
        assert_eq!(made.quote.exact, "the port authority denied");
        assert_eq!(article.actor(made.claimant).kind, ActorKind::Author);
        let subjects: Vec<&str> = made
            .subjects
            .iter()
            .map(|&a| article.actor(a).key.as_str())
            .collect();
        assert_eq!(subjects, ["port-authority"]);
        assert_eq!(document.claims[claim].id, "claim-the-port-authority-denied");
    }

    #[test]
    fn a_selection_of_repeated_words_is_anchored_to_its_own_place() {
        let mut document = harbour();
        let text = "The port reopened. Then the port closed, and the port reopened.";
        Rc::make_mut(&mut document.paragraphs)[0].text = text.into();
        document.claims.clear();
        document.relations.clear();
        document.events.clear();
        let last = range_of(&document, 0, "the port reopened", 0);
        let claim = document.new_claim(0, last.clone()).expect("a claim");
        let article = valid(&document);
        assert_eq!(article.claims()[claim].quote.range, last);
    }

    #[test]
    fn a_citation_backs_the_claims_of_its_sentence() {
        let mut document = harbour();
        let text = document.paragraphs[0].text.clone();
        let reopen = document
            .claims
            .iter()
            .position(|c| c.id == "reopen")
            .expect("claim");
        let cite = text.len() - 1..text.len() - 1;
        // A citation typed at the end of the second sentence: “(Coast Radio)” is not in the
        // text, so cite the last word's place after adding it.
        Rc::make_mut(&mut document.paragraphs)[0].text =
            format!("{} (Coast Radio).", &text[..text.len() - 1]);
        let citation = range_of(&document, 0, "(Coast Radio)", 0);
        assert!(cite.start <= citation.start);
        let source = document.cite(0, citation).expect("a source");
        assert_eq!(document.sources[source].outlet, "Coast Radio");
        assert!(!document.sources[source].listed);
        assert!(document.claims[reopen]
            .sources
            .contains(&document.sources[source].id));
        let closed = document
            .claims
            .iter()
            .find(|c| c.id == "closed")
            .expect("claim");
        assert_eq!(
            closed.sources,
            ["gazette"],
            "a claim of another sentence keeps its sources"
        );
        valid(&document);
    }

    #[test]
    fn removing_an_actor_gives_its_claims_to_the_author_to_check_again() {
        let mut document = harbour();
        let mayor = document
            .actors
            .iter()
            .position(|a| a.id == "mayor")
            .expect("actor");
        assert_eq!(document.uses_of_actor(mayor).by.len(), 1);
        assert!(document.remove_actor(mayor));
        let article = valid(&document);
        let reopen = article
            .claims()
            .iter()
            .find(|c| c.key == "reopen")
            .expect("kept");
        assert_eq!(article.actor(reopen.claimant).kind, ActorKind::Author);
        assert!(reopen.drafted);
    }

    #[test]
    fn removing_a_source_or_a_claim_leaves_no_reference_behind() {
        let mut document = harbour();
        assert_eq!(document.uses_of_source(0).by.len(), 1);
        assert!(document.remove_source(0));
        valid(&document);
        while !document.claims.is_empty() {
            assert!(document.remove_claim(0));
            valid(&document);
        }
        assert!(document.relations.is_empty());
    }

    #[test]
    fn marks_follow_the_explorers_runs() {
        let document = harbour();
        let article = valid(&document);
        let runs = crate::view::runs::runs(&article, crate::ParagraphId(0), &[]);
        let marks = document.marks(0);
        let as_keys = |claim: Option<usize>, actor: Option<usize>| {
            (
                claim.map(|c| document.claims[c].id.clone()),
                actor.map(|a| document.actors[a].id.clone()),
            )
        };
        assert_eq!(marks.len(), runs.len());
        for (mark, run) in marks.iter().zip(&runs) {
            assert_eq!(mark.range, run.range);
            assert_eq!(
                as_keys(mark.claim, mark.mention),
                (
                    run.claim.map(|c| article.claim(c).key.clone()),
                    run.mention.map(|a| article.actor(a).key.clone())
                )
            );
        }
        assert!(marks.iter().any(|m| m.mention.is_some()));
    }

    #[test]
    fn all_marks_are_each_paragraphs_marks() {
        let mut document = harbour();
        let range = range_of(&document, 0, "harbour", 0);
        document.new_claim(0, range);
        let all = document.all_marks();
        assert_eq!(all.len(), document.paragraphs.len());
        for (p, marks) in all.iter().enumerate() {
            assert_eq!(*marks, document.marks(p));
        }
    }

    #[test]
    fn marks_are_unchanged_by_edits_that_move_no_quote_or_name() {
        let before = harbour();
        let mut after = before.clone();
        after.change_claim(0, |c| c.summary.push_str(" Again."));
        after.change_actor(0, |a| a.summary.push_str(" Again."));
        assert!(after.marks_unchanged(&before));

        let mut renamed = before.clone();
        renamed.change_actor(1, |a| a.aliases.push("the harbour".into()));
        assert!(!renamed.marks_unchanged(&before));

        let mut moved = before.clone();
        let range = range_of(&moved, 0, "harbour", 0);
        moved.reanchor(0, 0, range);
        assert!(!moved.marks_unchanged(&before));
        assert!(!before.marks_unchanged(&Document::default()));
    }

    #[test]
    fn an_edit_shares_the_entries_it_does_not_change() {
        let before = harbour();
        let mut after = before.clone();
        assert!(after.change_claim(1, |c| c.summary = "Changed.".into()));
        assert!(Rc::ptr_eq(&before.claims[0], &after.claims[0]));
        assert!(!Rc::ptr_eq(&before.claims[1], &after.claims[1]));
        assert_eq!(
            before.claims[1].summary,
            "The mayor says the harbour reopens on Monday."
        );
    }

    #[test]
    fn relating_two_claims_again_replaces_their_relation() {
        let mut document = harbour();
        assert!(document.relate(0, 1, "supports", None));
        assert!(document.relate(1, 0, "contradicts", Some("No.".into())));
        assert!(!document.relate(0, 0, "supports", None));
        let article = valid(&document);
        let between: Vec<_> = article
            .relations()
            .iter()
            .filter(|r| r.claims.iter().all(|c| c.index() < 2))
            .collect();
        assert_eq!(between.len(), 1);
        assert_eq!(between[0].kind, crate::RelationKind::Contradicts);
    }
}
