//! The Claimscope explorer: a Yew app over the core's article model.
//!
//! The core does the work (validation, queries, findings, URL state); this crate holds the app's
//! state reducer, the few calls into the browser, and one thin component per file.

pub mod browser;
pub mod components;
pub mod frame;
pub mod shared;
pub mod state;

use claimscope_core::{Article, Embedding, Problem};
use components::app::{App, AppProps};
use shared::Shared;

/// The seed article. The build writes it into the served page (`src/bin/prerender.rs`), where
/// the app reads it; it is not compiled into the WebAssembly.
pub const SEED: &[u8] = include_bytes!("../data/belgorod-incursions.json");

/// A loaded article, or every reason it could not be loaded.
pub type Loaded = Result<Shared<Article>, Shared<Vec<Problem>>>;

/// Loads article bytes into what the app shows.
pub fn loaded(result: Result<Article, Vec<Problem>>) -> Loaded {
    result.map(Shared::new).map_err(Shared::new)
}

/// Starts the explorer in the page's `<div id="app">`: with the article served in the page, or
/// with the article file the address names in `data=`.
pub fn run() {
    let search = browser::location_search();
    let embedding = Embedding::parse(&search);
    browser::apply_embedding(&embedding);
    let start = move |loaded: Loaded, embedding: Embedding| {
        let props = AppProps {
            loaded,
            search: search.into(),
            embedding: Shared::new(embedding),
        };
        match browser::app_root() {
            Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
            None => yew::Renderer::<App>::with_props(props).render(),
        };
    };
    match embedding.data.clone() {
        None => start(loaded(browser::page_article()), embedding),
        Some(address) => {
            // web/boot.js has put a loading notice in place of the served article; the app
            // removes it when it shows the article named here.
            wasm_bindgen_futures::spawn_local(async move {
                start(loaded(browser::fetch_article(&address).await), embedding);
            });
        }
    }
}
