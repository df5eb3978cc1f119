//! The editor's views: the frame and each of its parts, thin over the core's `edit` module.

mod check;
mod checking;
mod claim_form;
mod code;
mod dialog;
mod edit_paragraph;
pub mod editor;
mod entry_forms;
mod fields;
mod lists;
mod other_claims;
mod publish;
mod start;
mod text;
