//! The root: the explorer when the article loaded, the error panel when it did not.

use claimscope_core::{Article, Problem};
use yew::prelude::*;

use crate::browser;
use crate::components::error_panel::ErrorPanel;
use crate::components::explorer::Explorer;
use crate::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub loaded: Result<Shared<Article>, Shared<Vec<Problem>>>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let failed = props.loaded.is_err();
    use_effect_with(failed, |failed| {
        browser::set_document_state(if *failed { "error" } else { "ready" })
    });
    match &props.loaded {
        Ok(article) => html! { <Explorer article={article.clone()} /> },
        Err(problems) => html! { <ErrorPanel problems={problems.clone()} /> },
    }
}
