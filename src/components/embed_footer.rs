//! The line under an embedded explorer, as newsroom embeds carry one: the article it is about,
//! its data for anyone to check, and where the explorer comes from.

use claimscope_core::Article;
use yew::prelude::*;

use crate::i18n::{article_lang, t};
use claimscope_core::i18n::Msg;

pub struct EmbedFooterProps<'a> {
    pub article: &'a Article,
    /// The article file's address: the `data=` file, or the copy served beside the page.
    pub data: String,
    /// The full explorer, outside the embedding.
    pub full_explorer: String,
}

pub fn embed_footer(props: &EmbedFooterProps<'_>) -> Html {
    let info = props.article.info();
    let source = info.url.as_ref().map(|url| {
        let name = info.publisher.clone().unwrap_or_else(|| info.title.clone());
        html! {
            <>
                { t(Msg::EmbedSource) }{ " " }
                <a href={url.as_str().to_string()} target="_blank" rel="noopener noreferrer" lang={article_lang(props.article)}>{ name }</a>
                <span aria-hidden="true">{ " · " }</span>
            </>
        }
    });
    html! {
        <footer class="embed-footer" data-testid="embed-footer">
            { for source }
            <a href={props.data.clone()} target="_blank" rel="noopener" data-testid="get-the-data">
                { t(Msg::EmbedGetData) }
            </a>
            <span aria-hidden="true">{ " · " }</span>
            <a href={props.full_explorer.clone()} target="_blank" rel="noopener">
                { "Claimscope" }
            </a>
        </footer>
    }
}
