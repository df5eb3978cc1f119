//! The editor's work kept in the browser (`localStorage`), saved on every change and restored
//! after a reload or a crash: one entry per article, with a revision number that tells a tab when
//! another tab saved the same article since it last read it, so neither overwrites the other
//! unknowingly. Storage that is full or refused (a private window) is reported, never a crash.

use js_sys::{Function, JsString, Reflect};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use web_sys::Storage;

/// Every key the editor writes starts with this.
const PREFIX: &str = "claimscope-editor:";
/// The id of the article last open, restored when the editor opens without a file.
const LAST: &str = "claimscope-editor-last";

/// One saved article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// Goes up by one with every save, from any tab.
    pub revision: u64,
    /// The article's title when it was saved, for the list of saved work.
    pub title: String,
    /// The article file, as JSON.
    pub json: String,
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum NotSaved {
    /// Another tab saved this article at `revision`, after the revision this tab knows.
    OtherTab(Saved),
    /// The browser refused to store it (full, or storage turned off).
    Refused,
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The storage key of the article `id`.
pub fn key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// What is saved for the article `id`.
pub fn load(id: &str) -> Option<Saved> {
    let text = storage()?.get_item(&key(id)).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// The revision saved for the article `id`. Every save asks it first, so it is read from the
/// start of the entry, which stays in the browser's memory: a saved file runs to megabytes.
fn revision(storage: &Storage, id: &str) -> Option<u64> {
    #[derive(Deserialize)]
    struct Revision {
        revision: u64,
    }
    let get_item = Reflect::get(storage, &"getItem".into()).ok()?;
    let entry = get_item
        .dyn_into::<Function>()
        .ok()?
        .call1(storage, &key(id).into())
        .ok()?
        .dyn_into::<JsString>()
        .ok()?;
    // `Saved` is written with its revision first: `{"revision":12,…`.
    let head = String::from(entry.slice(0, 40));
    let digits = head.strip_prefix("{\"revision\":").map(|rest| {
        rest.split(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap_or("")
    });
    match digits.and_then(|d| d.parse().ok()) {
        Some(revision) => Some(revision),
        None => serde_json::from_str::<Revision>(&String::from(entry))
            .ok()
            .map(|r| r.revision),
    }
}

/// Saves the article `id` as revision `known + 1`, unless another tab saved a revision after
/// `known`. The new revision on success.
pub fn save(id: &str, known: u64, title: &str, json: &str) -> Result<u64, NotSaved> {
    let storage = storage().ok_or(NotSaved::Refused)?;
    if revision(&storage, id).is_some_and(|revision| revision > known) {
        if let Some(theirs) = load(id) {
            return Err(NotSaved::OtherTab(theirs));
        }
    }
    let saved = Saved {
        revision: known + 1,
        title: title.to_string(),
        json: json.to_string(),
    };
    let text = serde_json::to_string(&saved).map_err(|_| NotSaved::Refused)?;
    storage
        .set_item(&key(id), &text)
        .and_then(|()| storage.set_item(LAST, id))
        .map_err(|_| NotSaved::Refused)?;
    Ok(saved.revision)
}

/// Saves the article `id` whatever another tab saved (the person chose this tab's version).
pub fn overwrite(id: &str, title: &str, json: &str) -> Result<u64, NotSaved> {
    let latest = storage()
        .and_then(|storage| revision(&storage, id))
        .unwrap_or(0);
    save(id, latest, title, json)
}

/// The id of the article open last.
pub fn last() -> Option<String> {
    storage()?.get_item(LAST).ok().flatten()
}

/// Every saved article: its id and what was saved, most recently opened first.
pub fn all() -> Vec<(String, Saved)> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut found: Vec<(String, Saved)> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|k| k.strip_prefix(PREFIX).map(str::to_string))
        .filter_map(|id| load(&id).map(|saved| (id, saved)))
        .collect();
    let last = last();
    found.sort_by_key(|(id, _)| Some(id) != last.as_ref());
    found
}

/// Whether a `storage` event is about the article `id`.
pub fn is_about(event_key: Option<String>, id: &str) -> bool {
    event_key.is_some_and(|k| k == key(id))
}
