//! The article as the explorer knows it once its file has been validated, and the indexes derived
//! from it.
//!
//! Everything here is read-only and internally consistent: references between claims, actors and
//! sources are typed indices that only the loader ([`crate::load`]) and the reader of the packed
//! form ([`crate::format::packed::unpack`]) can create, both checking them, so a claim can never
//! point at an actor that does not exist.

mod article;
mod columns;
mod entries;
mod mentions;
mod text_index;
mod values;
mod vocabulary;

pub use article::{Article, Mention};
pub(crate) use columns::Columns;
pub(crate) use entries::headline;
pub use entries::*;
pub(crate) use mentions::NameFinder;
pub use values::{Date, Url};
pub use vocabulary::{ActorKind, ClaimKind, RelationKind, Vocabulary};
