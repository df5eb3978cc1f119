//! The core of Claimscope: everything the explorer and the newsroom's tools know about an article,
//! with nothing of browsers, so all of it is tested natively.
//!
//! - [`format`]: reading an article file into a validated [`Article`] (every problem at once, in an
//!   editor's words), writing it back, and the packed form served in a page.
//! - [`model`]: the validated article, its entries and typed ids, and the indexes derived from it.
//! - [`search`]: the reader's [`Query`] and the engine that runs it.
//! - [`view`]: what the views show — integrity [`Finding`]s, the marked runs of a paragraph.
//! - [`address`]: the address bar as state ([`UrlState`]) and the embedding's settings.
//! - [`draft`]: a first annotation of an article's plain text, every guess marked as drafted.
//! - [`edit`]: the newsroom's editor as pure functions: the document, its changes, undo.
//! - [`export`]: the claims taken elsewhere: CSV, JSON-LD, links to a quote on the publisher's page.
//! - [`i18n`]: the interface's messages in every language, plural rules, which language a reader
//!   gets.
//! - [`compare`]: two annotations of one article side by side, field by field.
//!
//! Below [`draft`] and [`edit`], which both make entries, lie what they share: the ids of new
//! entries (`ids`) and quotes anchored in a paragraph (`anchor`), re-exported from [`edit`].
//!
//! ```
//! use claimscope_core::{load, query, Query};
//!
//! let bytes = include_bytes!("../../../data/belgorod-incursions.json");
//! let article = load(bytes).expect("the seed article is valid");
//! let mut filter = Query::default();
//! filter.text = "peace-keeping".into();
//! let results = query::run(&article, &filter);
//! assert!(!results.claims.is_empty());
//! ```

pub mod address;
mod anchor;
mod collections;
pub mod compare;
pub mod draft;
pub mod edit;
pub mod export;
pub mod format;
pub mod i18n;
mod ids;
pub mod model;
pub mod search;
pub mod text;
pub mod view;

pub use address::embed::{Colour, Embedding, Theme};
pub use address::url::{UrlState, View};
pub use collections::Selection;
pub use format::{load, load_in, Problem, FORMAT, MAX_FILE_BYTES, MAX_ITEMS};
pub use model::*;
pub use search::query::{self, Facet, FacetValue, Query, Results, SourceFilter};
pub use view::integrity::{findings, findings_in, Finding, FindingKind};
