//! The article format, read and written: the strict JSON reader, the loader that validates a file
//! into an [`Article`](crate::Article) and reports every problem, the editorial gaps a valid file
//! may still have, the file as written (serde), and the packed form the build writes into a served
//! page.

mod fields;
pub mod file;
pub(crate) mod json;
mod load;
pub mod packed;
mod problem;
mod warnings;

pub use load::{load, load_in, FORMAT, MAX_FILE_BYTES, MAX_ITEMS};
pub use problem::Problem;
pub use warnings::{warnings, warnings_in};
