//! Small collections written for this crate where the standard library's would cost size or
//! speed; each module says what it saves, measured, and its tests hold it to the standard
//! library's behaviour.

mod selection;
mod sets;
mod words_map;

pub use selection::Selection;
pub(crate) use sets::{Bits, Lists};
pub(crate) use words_map::WordsMap;
