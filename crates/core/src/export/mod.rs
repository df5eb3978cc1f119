//! The claims taken elsewhere: a spreadsheet ([`csv()`]), linked data for fact-check databases and
//! search engines ([`json_ld()`]), and the text-fragment links that open the publisher's page at a
//! quote ([`text_fragment()`]). Every export takes the claims to write, in order, so that it
//! follows the reader's filters: pass `query::run(article, &query).claims`, or every claim.
//!
//! The JSON export is no function here: it is the article file itself. The CLI copies the file's
//! bytes; the explorer offers the bytes it read from `data=`, or the copy of its seed file that
//! the build serves beside the page.

mod csv;
mod fragment;
pub mod json;
mod jsonld;

pub use self::csv::csv;
pub use fragment::{claim_link, link, text_fragment, text_fragment_in, TextDirective};
pub use jsonld::{json_ld, schema_org};
