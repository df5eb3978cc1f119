//! The root: the explorer when the article loaded, the error panel when it did not. Either way it
//! replaces the article served in the page and says on `<html data-state>` that it is done.

use claimscope_core::Embedding;
use yew::prelude::*;

use crate::browser;
use crate::components::error_panel::{error_panel, ErrorPanelProps};
use crate::components::explorer::Explorer;
use crate::shared::Shared;
use crate::Loaded;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub loaded: Loaded,
    /// The article file's bytes, when the article was read from one (`data=`).
    pub original: Option<Shared<Vec<u8>>>,
    /// The address's query string when the page loaded.
    pub search: AttrValue,
    pub embedding: Shared<Embedding>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let failed = props.loaded.is_err();
    use_effect_with(failed, |failed| {
        browser::remove_prerendered();
        browser::set_document_state(if *failed { "error" } else { "ready" });
    });
    match &props.loaded {
        Ok(article) => html! {
            <Explorer
                article={article.clone()}
                search={props.search.clone()}
                embedding={props.embedding.clone()}
                original={props.original.clone()}
            />
        },
        Err(problems) => html! { { error_panel(&ErrorPanelProps { problems: problems.clone() }) } },
    }
}
