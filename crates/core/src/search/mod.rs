//! Finding claims: the query a reader builds (facets and free text), the engine that runs it over
//! the article's columns and word index, and the case folding that makes “Zoë” match “zoe”.

pub mod fold;
mod lower;
pub mod query;
mod text_index;

pub(crate) use text_index::TextIndex;
