//! The editor's state and the one reducer that changes it: the document and its history, what is
//! selected, which panel shows, what the editor is asking, and how saving stands. Every change to
//! the document is an [`Edit`] (the core's, applied by `Document::apply`) sent as
//! [`Action::Edit`], so undo, saving and checking see all of them.

use std::rc::Rc;

use claimscope_core::edit::{place, Document, Edit, Entry, Field, History, Part, Uses};
use claimscope_core::i18n::Msg;
use claimscope_core::Problem;
use yew::Reducible;

use super::storage::Saved;

/// The entry the inspector shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Selected {
    #[default]
    Nothing,
    Claim(usize),
    Actor(usize),
    Source(usize),
    Event(usize),
}

/// The inspector's panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Panel {
    #[default]
    Check,
    Claims,
    Actors,
    Sources,
    Events,
    Article,
    Publish,
}

impl Panel {
    pub const ALL: [Panel; 7] = [
        Panel::Check,
        Panel::Claims,
        Panel::Actors,
        Panel::Sources,
        Panel::Events,
        Panel::Article,
        Panel::Publish,
    ];

    /// The message that names the panel (the explorer's, for the lists its views show too).
    pub fn label(self) -> Msg {
        match self {
            Panel::Check => Msg::EditorPanelCheck,
            Panel::Claims => Msg::ViewClaims,
            Panel::Actors => Msg::ViewActors,
            Panel::Sources => Msg::ViewSources,
            Panel::Events => Msg::EditorPanelEvents,
            Panel::Article => Msg::ViewArticle,
            Panel::Publish => Msg::EditorPanelDownload,
        }
    }
}

/// Where an article being opened comes from, as the editor names it to the person.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// A file chosen or dropped, by its name.
    File(String),
    /// Text pasted on the start screen.
    Pasted,
}

/// What the editor is asking before it acts.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    /// Open `document` (from `from`) in place of the open article, or of the work this browser
    /// saved on the same article (at revision `saved`).
    Replace {
        document: Rc<Document>,
        from: Origin,
        saved: Option<u64>,
    },
    /// Remove an actor or a source that claims still use.
    Remove { entry: Entry, uses: Uses },
}

/// How the open article stands in the browser's storage.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Storage {
    /// Saved at this revision.
    #[default]
    Saved,
    /// Another tab saved this article since: this tab stops saving until the person chooses.
    OtherTab(Saved),
    /// The browser refused to store it.
    Refused,
}

/// A file that could not be opened, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub from: Origin,
    pub problems: Vec<Problem>,
    /// Whether the checker found the problems in what was opened; else nothing could be drafted
    /// yet (the drafter's lists for the text's language could not be had).
    pub checked: bool,
}

#[derive(Debug, Clone)]
pub struct EditorState {
    pub history: History<Document, Field>,
    /// Whether an article is open (otherwise the start screen shows).
    pub open: bool,
    pub selected: Selected,
    pub panel: Panel,
    /// Whether the Preview shows in place of the text.
    pub preview: bool,
    pub asking: Option<Question>,
    pub refused: Option<Refused>,
    /// The storage revision of the open article this tab last saved or read.
    pub revision: u64,
    pub storage: Storage,
    /// A field to put the cursor in (its `name`), and a count that makes each jump new.
    pub focus: Option<(String, u32)>,
    /// Counts the document's versions as they come and go (changes, undo, redo, opening), so
    /// that checking and saving know when to run without comparing documents.
    pub version: u64,
    /// The version the browser's storage already holds as it is (work just restored, or another
    /// tab's version taken): saving it again would only take the other tabs' right to save.
    pub stored: Option<u64>,
}

impl Default for EditorState {
    fn default() -> EditorState {
        EditorState {
            history: History::new(Document::default()),
            open: false,
            selected: Selected::Nothing,
            panel: Panel::Check,
            preview: false,
            asking: None,
            refused: None,
            revision: 0,
            storage: Storage::Saved,
            focus: None,
            version: 0,
            stored: None,
        }
    }
}

impl EditorState {
    pub fn document(&self) -> &Document {
        self.history.present()
    }

    /// Whether this tab holds work the browser's storage does not: the page asks before it is
    /// left. (Work waiting for its save is saved as the page goes.)
    pub fn unsaved(&self) -> bool {
        self.storage != Storage::Saved && self.stored != Some(self.version)
    }

    /// Whether edits are held back: another tab saved this article since this one did, and until
    /// the person chooses which version to keep, an edit here could not be saved.
    pub fn held(&self) -> bool {
        matches!(self.storage, Storage::OtherTab(_))
    }
}

pub enum Action {
    /// A file was read or a text drafted into `document`: open it, asking first when an article
    /// is open or this browser holds work on the same article (saved at `saved`).
    Opened {
        document: Document,
        from: Origin,
        saved: Option<u64>,
    },
    /// Work restored from the browser's storage, at its revision.
    Restored {
        document: Document,
        revision: u64,
    },
    /// A file could not be opened.
    Refused(Refused),
    /// A change to the document; what it creates is selected.
    Edit(Edit),
    /// Ask to remove an entry; it is removed at once when nothing uses it.
    Remove(Entry),
    /// The answer to the question asked: yes or no.
    Answer(bool),
    Select(Selected),
    Show(Panel),
    Preview(bool),
    /// Open the entry and field a problem's path points at.
    Jump(String),
    Undo,
    Redo,
    /// The article was saved at this revision.
    Saved(u64),
    Storage(Storage),
    /// Take the version another tab saved.
    UseTheirs(Document, u64),
    /// Close the notice of a file that could not be opened.
    Dismiss,
    /// Back to the start screen, to paste or open another article; the work stays saved.
    Close,
}

impl Reducible for EditorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let removal = matches!(self.asking, Some(Question::Remove { .. }));
        let edits = matches!(
            action,
            Action::Edit(_) | Action::Remove(_) | Action::Undo | Action::Redo
        ) || (removal && matches!(action, Action::Answer(true)));
        if edits && self.held() {
            // Never accepted silently: the banner asks which version to keep first.
            return self;
        }
        let mut next = (*self).clone();
        // A removal asked about names its entry by position: once the versions move under it
        // (an undo, a redo, another tab's version), the question is withdrawn unanswered.
        if removal && matches!(action, Action::Undo | Action::Redo | Action::UseTheirs(..)) {
            next.asking = None;
        }
        // Whether the new version is the one the browser's storage holds.
        let mut as_stored = false;
        // Whether this action chose the selection in the new version (what an edit made).
        let mut chose = false;
        match action {
            Action::Opened {
                document,
                from,
                saved,
            } if next.open || saved.is_some() || next.unsaved() => {
                next.asking = Some(Question::Replace {
                    document: Rc::new(document),
                    from,
                    saved,
                });
            }
            Action::Opened { document, .. } => next.start(document, 0),
            Action::Restored { document, revision } => {
                next.start(document, revision);
                as_stored = true;
            }
            Action::Refused(refused) => next.refused = Some(refused),
            Action::Dismiss => next.refused = None,
            Action::Close => {
                next.open = false;
                next.selected = Selected::Nothing;
                next.preview = false;
            }
            Action::Edit(edit) => {
                let mut created = None;
                next.history
                    .change_in(edit.typing_in(), |d| created = d.apply(&edit));
                if let Some(created) = created {
                    chose = true;
                    next.select(selected(created));
                    // What a new entry needs first: an actor's name checked, a claim's summary.
                    let field = match (&edit, created) {
                        (Edit::NewActor(_), _) => Some("name"),
                        (Edit::NewClaim { .. }, _) => Some("summary"),
                        _ => None,
                    };
                    if let Some(field) = field {
                        next.focus_on(field);
                    }
                }
                // A review is one pass: checking an entry opens the next one still unchecked.
                if let Edit::Checked(entry) = edit {
                    if let Some(unchecked) = next_unchecked(next.document(), entry) {
                        chose = true;
                        next.select(unchecked);
                    }
                }
            }
            Action::Remove(entry) => {
                let uses = next.uses(entry);
                if uses.is_empty() {
                    next.remove(entry);
                } else {
                    next.asking = Some(Question::Remove { entry, uses });
                }
            }
            Action::Answer(yes) => match next.asking.take() {
                Some(Question::Replace {
                    document, saved, ..
                }) if yes => next.start((*document).clone(), saved.unwrap_or(0)),
                Some(Question::Remove { entry, .. }) if yes => next.remove(entry),
                _ => {}
            },
            Action::Select(selected) => next.select(selected),
            // The panel already showing goes back to its list.
            Action::Show(panel) if panel == next.panel => next.selected = Selected::Nothing,
            Action::Show(panel) => next.panel = panel,
            Action::Preview(preview) => next.preview = preview,
            Action::Jump(path) => next.jump(&path),
            Action::Undo => {
                next.history.undo();
            }
            Action::Redo => {
                next.history.redo();
            }
            Action::Saved(revision) => {
                next.revision = revision;
                next.storage = Storage::Saved;
            }
            Action::Storage(storage) => next.storage = storage,
            Action::UseTheirs(document, revision) => {
                next.history.replace(document);
                next.revision = revision;
                next.storage = Storage::Saved;
                as_stored = true;
            }
        }
        // A selection the action made is a position in the new version; one it kept is a
        // position in the old one.
        let (selected, before) = if !chose && next.selected == self.selected {
            (self.selected, self.document())
        } else {
            (next.selected, next.document())
        };
        next.selected = reselect(selected, before, next.document());
        // Versions are counted, never compared: a keystroke costs no comparison of documents.
        if next.history.moves() != self.history.moves() {
            next.version = self.version + 1;
        }
        if as_stored {
            next.stored = Some(next.version);
        }
        Rc::new(next)
    }
}

impl EditorState {
    fn start(&mut self, document: Document, revision: u64) {
        *self = EditorState {
            history: History::new(document),
            open: true,
            revision,
            version: self.version + 1,
            ..EditorState::default()
        };
    }

    fn uses(&self, entry: Entry) -> Uses {
        match entry {
            Entry::Actor(i) => self.document().uses_of_actor(i),
            Entry::Source(i) => self.document().uses_of_source(i),
            Entry::Claim(_) | Entry::Event(_) => Uses::default(),
        }
    }

    fn remove(&mut self, entry: Entry) {
        self.history.change(|document| {
            document.apply(&Edit::Remove(entry));
        });
        self.selected = Selected::Nothing;
    }

    /// Opens `selected` in its panel, in place of the Preview.
    fn select(&mut self, selected: Selected) {
        self.selected = selected;
        self.panel = match selected {
            Selected::Nothing => self.panel,
            Selected::Claim(_) => Panel::Claims,
            Selected::Actor(_) => Panel::Actors,
            Selected::Source(_) => Panel::Sources,
            Selected::Event(_) => Panel::Events,
        };
        self.preview = false;
    }

    fn jump(&mut self, path: &str) {
        let place = place(path);
        let (selected, panel) = match (place.part, place.index) {
            (Part::Claim, Some(i)) => (Selected::Claim(i), Panel::Claims),
            (Part::Actor, Some(i)) => (Selected::Actor(i), Panel::Actors),
            (Part::Source, Some(i)) => (Selected::Source(i), Panel::Sources),
            (Part::Event, Some(i)) => (Selected::Event(i), Panel::Events),
            (Part::Relation, Some(_)) => (Selected::Nothing, Panel::Claims),
            (Part::Article, _) => (Selected::Nothing, Panel::Article),
            _ => (self.selected, self.panel),
        };
        self.selected = selected;
        self.panel = panel;
        self.preview = false;
        self.focus_on(&place.field);
    }

    /// Puts the cursor in the field named `field` of the panel, once it shows.
    fn focus_on(&mut self, field: &str) {
        let count = self.focus.as_ref().map_or(0, |(_, n)| n + 1);
        self.focus = Some((field.to_string(), count));
    }
}

/// The first claim (or actor) after `entry`, going round, that is still drafted and unchecked.
fn next_unchecked(document: &Document, entry: Entry) -> Option<Selected> {
    let after = |at: usize, drafted: &[bool]| {
        let n = drafted.len();
        (1..n).map(|k| (at + k) % n).find(|&i| drafted[i])
    };
    match entry {
        Entry::Claim(at) => {
            let drafted: Vec<bool> = document.claims.iter().map(|c| c.drafted).collect();
            after(at, &drafted).map(Selected::Claim)
        }
        Entry::Actor(at) => {
            let drafted: Vec<bool> = document.actors.iter().map(|a| a.drafted).collect();
            after(at, &drafted).map(Selected::Actor)
        }
        Entry::Source(_) | Entry::Event(_) => None,
    }
}

/// What selects an entry an edit created.
fn selected(entry: Entry) -> Selected {
    match entry {
        Entry::Claim(i) => Selected::Claim(i),
        Entry::Actor(i) => Selected::Actor(i),
        Entry::Source(i) => Selected::Source(i),
        Entry::Event(i) => Selected::Event(i),
    }
}

/// The entry `selected` (a position in `before`) in the version `after`: found again by its id,
/// so that an undo, a redo or a removal that moves entries keeps the same entry open, and none
/// when `after` no longer has it. An edit of the id itself leaves the entry where it was, and an
/// entry still at its place stays selected there (even beside a duplicate id).
fn reselect(selected: Selected, before: &Document, after: &Document) -> Selected {
    fn find<T>(at: usize, before: &[Rc<T>], after: &[Rc<T>], id: fn(&T) -> &str) -> Option<usize> {
        let entry = before.get(at)?;
        let wanted = id(entry);
        // The entry is still there (unchanged, or edited: a new `Rc` with the same id), even
        // beside another entry with the same id.
        if after
            .get(at)
            .is_some_and(|kept| Rc::ptr_eq(kept, entry) || id(kept) == wanted)
        {
            return Some(at);
        }
        let found = after.iter().position(|entry| id(entry) == wanted);
        found.or_else(|| (before.len() == after.len()).then_some(at))
    }
    let found = match selected {
        Selected::Nothing => return Selected::Nothing,
        Selected::Claim(i) => {
            find(i, &before.claims, &after.claims, |c| &c.id).map(Selected::Claim)
        }
        Selected::Actor(i) => {
            find(i, &before.actors, &after.actors, |a| &a.id).map(Selected::Actor)
        }
        Selected::Source(i) => {
            find(i, &before.sources, &after.sources, |s| &s.id).map(Selected::Source)
        }
        Selected::Event(i) => {
            find(i, &before.events, &after.events, |e| &e.id).map(Selected::Event)
        }
    };
    found.unwrap_or(Selected::Nothing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimscope_core::format::file::File;

    fn harbour() -> Document {
        let json = include_str!("../../../tests/fixtures/harbour.json");
        Document::from(serde_json::from_str::<File>(json).expect("the fixture reads"))
    }

    fn opened() -> Rc<EditorState> {
        Rc::new(EditorState::default()).reduce(Action::Restored {
            document: harbour(),
            revision: 1,
        })
    }

    fn selected_id(state: &EditorState) -> Option<String> {
        match state.selected {
            Selected::Claim(i) => Some(state.document().claims[i].id.clone()),
            Selected::Nothing => None,
            other => panic!("a claim or nothing, not {other:?}"),
        }
    }

    /// Regression (issue #21): after an undo or a removal moved the claims, the inspector kept a
    /// position and showed another claim, or one past the end.
    #[test]
    fn the_selected_claim_is_followed_by_its_id_through_removals_undo_and_redo() {
        let state = opened().reduce(Action::Select(Selected::Claim(2)));
        assert_eq!(selected_id(&state).as_deref(), Some("no-date"));
        let state = state.reduce(Action::Edit(Edit::Remove(Entry::Claim(0))));
        assert_eq!(state.selected, Selected::Claim(1));
        assert_eq!(selected_id(&state).as_deref(), Some("no-date"));
        let state = state.reduce(Action::Undo);
        assert_eq!(selected_id(&state).as_deref(), Some("no-date"));
        let state = state.reduce(Action::Remove(Entry::Claim(2)));
        assert_eq!(
            selected_id(&state),
            None,
            "a removed claim is no longer selected"
        );
        let state = state
            .reduce(Action::Undo)
            .reduce(Action::Select(Selected::Claim(2)));
        let state = state.reduce(Action::Edit(Edit::Remove(Entry::Claim(2))));
        assert_eq!(state.selected, Selected::Nothing);
    }

    #[test]
    fn checking_a_claim_opens_the_next_unchecked_one_going_round() {
        let mut document = harbour();
        for (i, drafted) in [true, false, true].into_iter().enumerate() {
            document.change_claim(i, |c| c.drafted = drafted);
        }
        let state = Rc::new(EditorState::default()).reduce(Action::Restored {
            document,
            revision: 1,
        });
        let state = state
            .reduce(Action::Select(Selected::Claim(2)))
            .reduce(Action::Edit(Edit::Checked(Entry::Claim(2))));
        assert_eq!(state.selected, Selected::Claim(0));
        assert!(!state.document().claims[2].drafted);
        let state = state.reduce(Action::Edit(Edit::Checked(Entry::Claim(0))));
        assert_eq!(
            state.selected,
            Selected::Claim(0),
            "none left: the form stays"
        );
    }

    #[test]
    fn pressing_the_panel_showing_goes_back_to_its_list() {
        let state = opened().reduce(Action::Select(Selected::Claim(1)));
        assert_eq!(state.panel, Panel::Claims);
        let state = state.reduce(Action::Show(Panel::Claims));
        assert_eq!(
            (state.panel, state.selected),
            (Panel::Claims, Selected::Nothing)
        );
    }

    /// Found in review: typing in the second of two claims sharing an id moved the form to the
    /// first.
    #[test]
    fn an_edited_entry_beside_a_duplicate_id_stays_selected() {
        let mut document = harbour();
        document.change_claim(2, |c| c.id = "reopen".into());
        let state = Rc::new(EditorState::default())
            .reduce(Action::Restored {
                document,
                revision: 1,
            })
            .reduce(Action::Select(Selected::Claim(2)))
            .reduce(Action::Edit(Edit::Set(
                Field::Claim(2, claimscope_core::edit::ClaimField::Summary),
                "Typed".into(),
            )));
        assert_eq!(state.selected, Selected::Claim(2));
        assert_eq!(state.document().claims[2].summary, "Typed");
    }

    #[test]
    fn a_removal_cannot_be_answered_while_another_tab_holds_the_article_nor_after_an_undo() {
        let saved = crate::storage::Saved {
            revision: 9,
            title: String::new(),
            json: String::new(),
        };
        let asked = opened()
            .reduce(Action::Edit(Edit::Checked(Entry::Claim(0))))
            .reduce(Action::Remove(Entry::Actor(1)));
        assert!(matches!(asked.asking, Some(Question::Remove { .. })));
        let held = asked
            .clone()
            .reduce(Action::Storage(Storage::OtherTab(saved)))
            .reduce(Action::Answer(true));
        assert_eq!(
            held.document().actors.len(),
            3,
            "nothing removed while held"
        );
        let undone = asked.reduce(Action::Undo);
        assert_eq!(
            undone.asking, None,
            "the question goes with the version it was about"
        );
    }

    #[test]
    fn work_that_could_not_be_saved_is_still_guarded_on_the_start_screen() {
        let state = opened()
            .reduce(Action::Edit(Edit::NewEvent))
            .reduce(Action::Storage(Storage::Refused));
        assert!(state.unsaved());
        let closed = state.reduce(Action::Close);
        assert!(closed.unsaved(), "leaving still asks");
        let other = closed.reduce(Action::Opened {
            document: harbour(),
            from: Origin::File("other.json".into()),
            saved: None,
        });
        assert!(
            matches!(other.asking, Some(Question::Replace { .. })),
            "opening asks first"
        );
    }

    #[test]
    fn a_selection_past_the_end_selects_nothing() {
        let state = opened().reduce(Action::Select(Selected::Claim(3)));
        assert_eq!(state.selected, Selected::Nothing);
    }

    #[test]
    fn renaming_the_selected_claims_id_keeps_it_selected() {
        let state = opened().reduce(Action::Select(Selected::Claim(1)));
        let mut renamed = state.document().clone();
        renamed.change_claim(1, |c| c.id = "renamed".into());
        let state = state.reduce(Action::UseTheirs(renamed, 2));
        assert_eq!(selected_id(&state).as_deref(), Some("renamed"));
    }
}
