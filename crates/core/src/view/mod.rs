//! What the explorer's views show that is worth computing once and testing natively: the integrity
//! findings, the runs of marked text in a paragraph, and the wording of counts.

pub mod html;
pub mod integrity;
pub mod runs;
mod words;

pub use words::count;
