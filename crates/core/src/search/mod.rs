//! Finding claims: the query a reader builds (facets and free text) and the engine that runs it
//! over the article's columns and word index (`model::text_index`). The case folding that makes
//! “Zoë” match “zoe” is `crate::text::fold`, kept here under its old name too.

pub use crate::text::fold;
pub mod query;
