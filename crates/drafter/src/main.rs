//! The drafter in the browser: a build of its own, which the editor (`crates/editor`) fetches
//! and starts the first time it drafts a text (through `web/boot.js`), so that the drafter's
//! rules are no part of the editor's download until then. It exports one function, [`draft`].

use claimscope_core::draft;
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// The file (as JSON) drafted from `text`, read in the language `code` (BCP 47), with `lists`,
/// that language's file of word lists, where the drafter has one for it and does not carry its
/// lists (`draft::language_file_to_read`; ignored otherwise, and read once); what is wrong with
/// `lists` where they cannot be read.
#[wasm_bindgen]
pub fn draft(text: &str, code: &str, lists: &str) -> Result<String, String> {
    if draft::language_file_to_read(code).is_some() {
        draft::read_language_file(code, lists)?;
    }
    Ok(draft::draft_in(text, code).to_json())
}
