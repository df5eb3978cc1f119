//! Editing an article file, as the newsroom's editor in the browser does it, in pure functions:
//! the document ([`Document`]) and every change to it as data ([`Edit`], applied by
//! [`Document::apply`]), quotes anchored from a selection ([`anchor`], kept below both this and
//! the drafter), what a file given to the editor becomes ([`open`]), unlimited undo
//! ([`History`]), and where a problem points ([`place`]). The editor's components only show
//! these and call them.

mod actors;
mod document;
mod edits;
mod history;
mod kinds;
mod open;
mod place;

pub use crate::anchor::{anchor, byte_offset, Anchor};
pub use crate::ids::unique_id;
pub use document::{place_of, Checked, Document, Uses};
pub use edits::{
    ActorField, ArticleField, ClaimField, Edit, Entry, EventField, Field, List, SourceField,
};
pub use history::History;
pub use kinds::guess_kind;
pub use open::{open, Opened};
pub use place::{place, Part, Place};
