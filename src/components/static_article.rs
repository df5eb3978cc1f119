//! The article as served in the page before the app starts (and to readers and crawlers without
//! JavaScript): masthead, highlighted text and reference list, rendered at build time.

use claimscope_core::{findings, query, Article, Query};
use yew::prelude::*;

use crate::components::article_view::ArticleView;
use crate::components::masthead::Masthead;
use crate::shared::Shared;
use crate::state::State;

#[derive(Properties, PartialEq)]
pub struct StaticArticleProps {
    pub article: Shared<Article>,
}

#[function_component]
pub fn StaticArticle(props: &StaticArticleProps) -> Html {
    let results = Shared::new(query::run(&props.article, &Query::default()));
    let findings = Shared::new(findings(&props.article));
    html! {
        <div class="explorer">
            <Masthead article={props.article.clone()} />
            <main class="view static-view">
                <ArticleView article={props.article.clone()} state={State::default()} {results} {findings} dispatch={Callback::noop()} />
            </main>
        </div>
    }
}
