//! The core of Claimscope: the article model, loading and validation, derived indexes, integrity
//! findings, the query engine and the URL state. It knows nothing of browsers, so everything here
//! is tested natively.
//!
//! ```
//! use claimscope_core::{query, Article, Query};
//!
//! let bytes = include_bytes!("../../../data/belgorod-incursions.json");
//! let article = Article::load(bytes).expect("the seed article is valid");
//! let mut filter = Query::default();
//! filter.text = "peace-keeping".into();
//! let results = query::run(&article, &filter);
//! assert!(!results.claims.is_empty());
//! ```

mod article;
mod columns;
pub mod embed;
mod fields;
pub mod fold;
pub mod integrity;
pub mod json;
mod load;
mod lower;
mod model;
pub mod packed;
mod problem;
pub mod query;
pub mod runs;
pub mod selection;
mod sets;
mod text_index;
pub mod url;
mod words_map;

pub use article::{Article, Mention};
pub use embed::{Colour, Embedding, Theme};
pub use integrity::{findings, Finding, FindingKind};
pub use load::{load, FORMAT, MAX_FILE_BYTES, MAX_ITEMS};
pub use model::*;
pub use problem::Problem;
pub use query::{Facet, FacetValue, Query, Results, SourceFilter};
pub use url::{UrlState, View};
