//! What the explorer's views show that is worth computing once and testing natively: the integrity
//! findings, the runs of marked text in a paragraph, the timeline's axis, the network's layout,
//! and the wording of counts.

pub mod html;
pub mod integrity;
pub mod network;
pub mod runs;
pub mod svg;
pub mod timeline;
mod words;

pub use words::count;
