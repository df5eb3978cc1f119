//! The Claimscope explorer: a Yew app over the core's article model.
//!
//! The core does the work (validation, queries, findings, URL state); this crate holds the app's
//! state reducer, the few calls into the browser, and one thin component per file.

pub mod browser;
pub mod components;
pub mod shared;
pub mod state;

use components::app::{App, AppProps};

/// The seed article, embedded at build time. A native test guarantees it validates.
pub const SEED: &[u8] = include_bytes!("../data/belgorod-incursions.json");

/// Starts the explorer in the page's `<main id="app">` (or the body when there is none).
pub fn run() {
    let root = browser::app_root();
    let props = AppProps {
        loaded: claimscope_core::load(SEED)
            .map(shared::Shared::new)
            .map_err(shared::Shared::new),
    };
    match root {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
}
