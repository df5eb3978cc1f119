//! The Claimscope explorer: a Yew app over the core's article model.
//!
//! The core does the work (validation, queries, findings, URL state); this crate holds the app's
//! state reducer, its links, the few calls into the browser, and one thin view per file.

pub mod browser;
pub mod components;
pub mod frame;
pub mod i18n;
pub mod link;
pub mod shared;
pub mod state;

use claimscope_core::i18n::Locale;
use claimscope_core::{Article, Embedding, Problem};
use components::app::{App, AppProps};
use shared::Shared;

/// A loaded article, or every reason it could not be loaded.
pub type Loaded = Result<Shared<Article>, Shared<Vec<Problem>>>;

/// Reads and validates the bytes of an article file, saying what is wrong in the locale's
/// language: `claimscope_core::load_in`.
pub type ReadFile = fn(&[u8], Locale) -> Result<Article, Vec<Problem>>;

/// What the explorer opens with: an article and the file's bytes (for the JSON export, where the
/// article came from a file), or why there is none, said once the interface's language is ready.
enum Opened {
    Article(Shared<Article>, Option<Shared<Vec<u8>>>),
    Refused(Box<dyn FnOnce(Locale) -> Vec<Problem>>),
}

/// Loads article bytes into what the app shows.
pub fn loaded(result: Result<Article, Vec<Problem>>) -> Loaded {
    result.map(Shared::new).map_err(Shared::new)
}

/// Starts the explorer in the page's `<div id="app">`: with the article packed into the page, or
/// with the article file the address names in `data=`, read by `files`. The build for the served
/// article alone passes no reader, so the JSON reader and validator stay out of its WebAssembly
/// (`web/boot.js` loads the build with a reader when the address names a file).
pub fn run(files: Option<ReadFile>) {
    let search = browser::location_search();
    let embedding = Embedding::parse(&search);
    browser::apply_embedding(&embedding);
    let lang = claimscope_core::address::url::lang(&search);
    // The interface's language may have to be fetched: the app starts once it is ready, with
    // the page served in the article's language showing meanwhile.
    let start = move |opened: Opened, embedding: Embedding| {
        let article_language = match &opened {
            Opened::Article(article, _) => Some(article.info().language.clone()),
            Opened::Refused(_) => None,
        };
        let tag = i18n::choose(
            lang.as_deref(),
            article_language.as_deref(),
            &browser::languages(),
        );
        i18n::ready(tag, false, move |locale| {
            i18n::set_locale(locale);
            browser::set_document_language(locale);
            let show = move |loaded: Loaded, original| {
                let props = AppProps {
                    loaded,
                    original,
                    search: search.into(),
                    embedding: Shared::new(embedding),
                };
                match browser::app_root() {
                    Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
                    None => yew::Renderer::<App>::with_props(props).render(),
                };
            };
            match opened {
                Opened::Article(article, original) => show(Ok(article), original),
                // A refused file's problems are said in the interface's language, whose
                // checker's messages are fetched for them.
                Opened::Refused(why) => i18n::checking(locale, move |locale| {
                    show(Err(Shared::new(why(locale))), None)
                }),
            }
        });
    };
    let refused = |problems: Vec<Problem>| Opened::Refused(Box::new(move |_| problems));
    match (embedding.data.clone(), files) {
        (None, _) => match browser::page_article() {
            Ok(article) => start(Opened::Article(Shared::new(article), None), embedding),
            Err(problems) => start(refused(problems), embedding),
        },
        (Some(address), Some(read)) => {
            // web/boot.js has put a loading notice in place of the served article; the app
            // removes it when it shows the article named here.
            wasm_bindgen_futures::spawn_local(async move {
                // Read once in English: a valid file's language chooses the interface's, and a
                // refused file is read again in the interface's, to say why.
                let opened = match browser::fetch_article(&address).await {
                    Ok(bytes) => match read(&bytes, Locale::ENGLISH) {
                        Ok(article) => {
                            Opened::Article(Shared::new(article), Some(Shared::new(bytes)))
                        }
                        Err(_) => Opened::Refused(Box::new(move |locale| {
                            read(&bytes, locale).err().unwrap_or_default()
                        })),
                    },
                    Err(failed) => Opened::Refused(Box::new(move |locale| {
                        vec![Problem::new("data", failed.said(locale))]
                    })),
                };
                start(opened, embedding);
            });
        }
        (Some(_), None) => {
            let problem = Problem::new(
                "data",
                "This build of the explorer shows only the article served with it: load the page through web/boot.js, which starts the build that reads article files.",
            );
            start(refused(vec![problem]), embedding)
        }
    }
}
