//! The article as served in the page before the app starts (and to readers and crawlers without
//! JavaScript): masthead, highlighted text and reference list, rendered at build time.

use claimscope_core::{findings_in, query, Article, Query};
use yew::prelude::*;

use crate::components::article_view::article_view;
use crate::components::masthead::{masthead, MastheadProps};
use crate::components::ViewProps;
use crate::shared::Shared;
use crate::state::State;

#[derive(Properties, PartialEq)]
pub struct StaticArticleProps {
    pub article: Shared<Article>,
}

#[function_component]
pub fn StaticArticle(props: &StaticArticleProps) -> Html {
    let shown = ViewProps {
        article: props.article.clone(),
        state: State::default(),
        results: Shared::new(query::run(&props.article, &Query::default())),
        dispatch: Callback::noop(),
    };
    html! {
        <div class="explorer">
            { masthead(&MastheadProps { article: props.article.clone(), full_explorer: None }) }
            <main class="view static-view">
                { article_view(&shown, &findings_in(&props.article, crate::i18n::locale())) }
            </main>
        </div>
    }
}
