//! The address bar as state: the view, filters and selected claim a reader's address holds
//! ([`UrlState`]), and what an embedding page sets there ([`Embedding`]), with the snippet a
//! newsroom pastes and the messages the explorer sends its host.

pub mod embed;
pub mod url;
