//! Text as search compares it: case and accent folding that remembers where each folded byte
//! came from ([`fold`]), and lower case exactly as the standard library has it ([`lower`], the
//! part of it the explorer needs). Below the model and the search, which both use it.

pub mod fold;
mod lower;
