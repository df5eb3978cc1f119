//! Every change the editor makes to a document, as data: an [`Edit`] names what changes and
//! [`Document::apply`] makes the change and says what it created, so that the logic of each edit
//! lives here, tested natively, and the editor's views only say which edit a person asked for.
//!
//! Entries are named by their position in the document the edit is applied to; an edit whose
//! entry is not there (a position past the end, an alias that was removed) changes nothing.

use std::ops::Range;

use super::document::Document;
use crate::format::file::{Actor, Claim, Credit, Info, Source};
use crate::model::{RelationKind, Vocabulary};

/// An entry of the document, by its position in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entry {
    Claim(usize),
    Actor(usize),
    Source(usize),
    Event(usize),
}

/// A claim's fields that take a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClaimField {
    Summary,
    Claimant,
    Kind,
    Note,
}

/// An actor's fields that take a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorField {
    Name,
    Kind,
    Summary,
    Note,
}

/// A source's fields that take a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceField {
    Outlet,
    Author,
    Title,
    Date,
    Url,
}

/// An event's fields that take a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventField {
    Date,
    Label,
}

/// The article's own fields that take a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArticleField {
    Title,
    Id,
    Category,
    Publisher,
    Language,
    Published,
    Url,
}

/// A field a person types or chooses a value for: what [`Edit::Set`] sets, and what typing in
/// one field groups into one step of undo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Claim(usize, ClaimField),
    Actor(usize, ActorField),
    Source(usize, SourceField),
    Event(usize, EventField),
    Article(ArticleField),
    /// Actor `.0`'s other name number `.1`.
    Alias(usize, usize),
    /// Credit `.0`'s name (`true`) or role (`false`).
    Credit(usize, bool),
}

/// A list of ids an entry holds, each ticked on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum List {
    /// The sources claim `.0` rests on.
    Sources(usize),
    /// The actors claim `.0` is about.
    Subjects(usize),
    /// The claims that report event `.0`.
    Reported(usize),
}

/// One change to a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// A claim quoting the bytes `range` of paragraph `paragraph`.
    NewClaim {
        paragraph: usize,
        range: Range<usize>,
    },
    /// Claim `claim` quotes the bytes `range` of paragraph `paragraph` instead.
    Requote {
        claim: usize,
        paragraph: usize,
        range: Range<usize>,
    },
    /// An actor of that name (the selected words, or a placeholder to rename).
    NewActor(String),
    /// Actor `actor` is also called `alias` in the text. When another actor is called that, it
    /// was a duplicate: it is merged into `actor` (see `Document::merge_actor`).
    AddAlias { actor: usize, alias: String },
    /// The selected words (bytes `range` of paragraph `paragraph`) cite a source.
    Cite {
        paragraph: usize,
        range: Range<usize>,
    },
    /// An event to date and label.
    NewEvent,
    /// A field takes the value typed or chosen; an optional field left blank is left out.
    Set(Field, String),
    /// An id is ticked on or off in a list.
    Tick(List, String, bool),
    /// Source `.0` is in the article's reference list, or not.
    Listed(usize, bool),
    /// A drafted claim or actor was checked by a person.
    Checked(Entry),
    /// Every drafted actor was checked by a person at once, from the list of their names.
    ActorsChecked,
    /// Claims `a` and `b` contradict or support each other.
    Relate {
        a: usize,
        b: usize,
        kind: RelationKind,
    },
    /// Relation `.0` is removed.
    Unrelate(usize),
    /// Actor `.0` gets another (empty) name to fill in.
    NewAlias(usize),
    /// Actor `.0`'s other name number `.1` is removed.
    RemoveAlias(usize, usize),
    /// The article gets another credit, an author's to fill in.
    NewCredit,
    /// Credit `.0` is removed.
    RemoveCredit(usize),
    /// The entry is removed, and every use of it with it (see the `remove_*` methods).
    Remove(Entry),
}

impl Edit {
    /// The field this edit types in: consecutive edits of one field make one step of undo.
    pub fn typing_in(&self) -> Option<Field> {
        match self {
            Edit::Set(field, _) => Some(*field),
            _ => None,
        }
    }
}

/// Text or nothing: an optional field left blank is left out of the file.
fn optional(value: &str) -> Option<String> {
    (!value.trim().is_empty()).then(|| value.to_string())
}

/// A value that is a code or a date, not prose: kept without the spaces around it.
fn trimmed(value: &str) -> String {
    value.trim().to_string()
}

impl Document {
    /// Makes the change `edit` asks for; the entry to open next: the one it created, or the
    /// actor a name was given to (or merged into).
    pub fn apply(&mut self, edit: &Edit) -> Option<Entry> {
        match edit {
            Edit::NewClaim { paragraph, range } => {
                self.new_claim(*paragraph, range.clone()).map(Entry::Claim)
            }
            Edit::Requote {
                claim,
                paragraph,
                range,
            } => {
                self.reanchor(*claim, *paragraph, range.clone());
                None
            }
            Edit::NewActor(name) => self.new_actor(name).map(Entry::Actor),
            Edit::AddAlias { actor, alias } => match self.actor_named(alias, *actor) {
                Some(duplicate) => self.merge_actor(duplicate, *actor).map(Entry::Actor),
                None => self
                    .add_alias(*actor, alias)
                    .then_some(Entry::Actor(*actor)),
            },
            Edit::Cite { paragraph, range } => {
                self.cite(*paragraph, range.clone()).map(Entry::Source)
            }
            Edit::NewEvent => Some(Entry::Event(self.new_event("", "", Vec::new()))),
            Edit::Set(field, value) => {
                self.set(*field, value);
                None
            }
            Edit::Tick(list, id, on) => {
                self.tick(*list, id, *on);
                None
            }
            Edit::Listed(source, on) => {
                self.change_source(*source, |s| s.listed = *on);
                None
            }
            Edit::Checked(entry) => {
                match *entry {
                    Entry::Claim(c) => self.change_claim(c, |c| c.drafted = false),
                    Entry::Actor(a) => self.change_actor(a, |a| a.drafted = false),
                    Entry::Source(_) | Entry::Event(_) => false,
                };
                None
            }
            Edit::ActorsChecked => {
                for a in 0..self.actors.len() {
                    if self.actors[a].drafted {
                        self.change_actor(a, |a| a.drafted = false);
                    }
                }
                None
            }
            Edit::Relate { a, b, kind } => {
                self.relate(*a, *b, kind.key(), None);
                None
            }
            Edit::Unrelate(relation) => {
                self.remove_relation(*relation);
                None
            }
            Edit::NewAlias(actor) => {
                self.change_actor(*actor, |a| a.aliases.push(String::new()));
                None
            }
            Edit::RemoveAlias(actor, n) => {
                self.change_actor(*actor, |a| {
                    if *n < a.aliases.len() {
                        a.aliases.remove(*n);
                    }
                });
                None
            }
            Edit::NewCredit => {
                self.change_info(|info| {
                    info.credits.push(Credit {
                        role: "author".into(),
                        ..Credit::default()
                    })
                });
                None
            }
            Edit::RemoveCredit(c) => {
                if *c < self.article.credits.len() {
                    self.change_info(|info| {
                        info.credits.remove(*c);
                    });
                }
                None
            }
            Edit::Remove(entry) => {
                match *entry {
                    Entry::Claim(c) => self.remove_claim(c),
                    Entry::Actor(a) => self.remove_actor(a),
                    Entry::Source(s) => self.remove_source(s),
                    Entry::Event(e) => self.remove_event(e),
                };
                None
            }
        }
    }

    fn set(&mut self, field: Field, value: &str) {
        match field {
            Field::Claim(c, field) => {
                self.change_claim(c, |claim| set_claim(claim, field, value));
            }
            Field::Actor(a, field) => {
                self.change_actor(a, |actor| set_actor(actor, field, value));
            }
            Field::Source(s, field) => {
                self.change_source(s, |source| set_source(source, field, value));
            }
            Field::Event(e, field) => {
                self.change_event(e, |event| match field {
                    EventField::Date => event.date = trimmed(value),
                    EventField::Label => event.label = value.to_string(),
                });
            }
            Field::Article(field) => {
                self.change_info(|info| set_article(info, field, value));
            }
            Field::Alias(a, n) if self.actors.get(a).is_some_and(|a| n < a.aliases.len()) => {
                self.change_actor(a, |actor| actor.aliases[n] = value.to_string());
            }
            Field::Credit(c, name) if c < self.article.credits.len() => {
                self.change_info(|info| {
                    let credit = &mut info.credits[c];
                    if name {
                        credit.name = value.to_string();
                    } else {
                        credit.role = value.to_string();
                    }
                });
            }
            Field::Alias(..) | Field::Credit(..) => {}
        }
    }

    fn tick(&mut self, list: List, id: &str, on: bool) {
        let toggle = |ids: &mut Vec<String>| {
            ids.retain(|x| x != id);
            if on {
                ids.push(id.to_string());
            }
        };
        match list {
            List::Sources(c) => self.change_claim(c, |claim| toggle(&mut claim.sources)),
            List::Subjects(c) => self.change_claim(c, |claim| toggle(&mut claim.subjects)),
            List::Reported(e) => self.change_event(e, |event| toggle(&mut event.claims)),
        };
    }
}

fn set_claim(claim: &mut Claim, field: ClaimField, value: &str) {
    match field {
        ClaimField::Summary => claim.summary = value.to_string(),
        ClaimField::Claimant => claim.claimant = value.to_string(),
        ClaimField::Kind => claim.kind = value.to_string(),
        ClaimField::Note => claim.note = optional(value),
    }
}

fn set_actor(actor: &mut Actor, field: ActorField, value: &str) {
    match field {
        ActorField::Name => actor.name = value.to_string(),
        ActorField::Kind => actor.kind = value.to_string(),
        ActorField::Summary => actor.summary = value.to_string(),
        ActorField::Note => actor.note = optional(value),
    }
}

fn set_source(source: &mut Source, field: SourceField, value: &str) {
    match field {
        SourceField::Outlet => source.outlet = value.to_string(),
        SourceField::Author => source.author = optional(value),
        SourceField::Title => source.title = optional(value),
        SourceField::Date => source.date = optional(value.trim()),
        SourceField::Url => source.url = optional(value.trim()),
    }
}

fn set_article(info: &mut Info, field: ArticleField, value: &str) {
    match field {
        ArticleField::Title => info.title = value.to_string(),
        ArticleField::Id => info.id = trimmed(value),
        ArticleField::Category => info.category = optional(value),
        ArticleField::Publisher => info.publisher = optional(value),
        ArticleField::Language => info.language = trimmed(value),
        ArticleField::Published => info.published = optional(value.trim()),
        ArticleField::Url => info.url = optional(value.trim()),
    }
}
