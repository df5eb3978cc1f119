//! The article's reference list as published, followed by the sources the text cites but the list
//! leaves out.

use claimscope_core::{Article, FacetValue, Source, SourceFilter};
use yew::prelude::*;

use crate::i18n::{article_lang, locale, t, tf};
use claimscope_core::i18n::Msg;

use crate::components::follow;
use crate::link::Link;
use crate::shared::Shared;
use crate::state::{Action, State};

pub struct ReferenceListProps {
    pub article: Shared<Article>,
    pub state: State,
    pub dispatch: Callback<Action>,
}

pub fn reference_list(props: &ReferenceListProps) -> Html {
    let article = &props.article;
    let cited = |source: &Source| {
        let n = article.claims_citing(source.id).len();
        let link = Link::ClaimsWith(FacetValue::Source(SourceFilter::Source(source.id)));
        let href = link.href(article, &props.state.url);
        let label = tf(Msg::ReferenceCited, &[n.into()]);
        html! { <a class="cited-by" {href} onclick={follow(&props.dispatch, link)}>{ label }</a> }
    };
    let item = |source: &Source| {
        html! { <li key={source.key.clone()}>{ reference(source, article_lang(article)) }{ " " }{ cited(source) }</li> }
    };
    let listed = article.sources().iter().filter(|s| s.listed).map(item);
    let unlisted: Vec<Html> = article
        .sources()
        .iter()
        .filter(|s| !s.listed)
        .map(item)
        .collect();
    html! {
        <section class="references" aria-labelledby="references-title">
            <h2 id="references-title">{ t(Msg::References) }</h2>
            <ol>{ for listed }</ol>
            if !unlisted.is_empty() {
                <div class="finding-inline" data-finding="unlisted-source">
                    <p><strong>{ t(Msg::ReferencesUnlisted) }</strong></p>
                    <ul>{ for unlisted }</ul>
                </div>
            }
        </section>
    }
}

/// A reference in the article's own style: “Outlet (date). Title. Author.”; `lang` marks the
/// article's own text in it.
fn reference(source: &Source, lang: Option<AttrValue>) -> Html {
    let date = source
        .date
        .map(|d| format!(" ({})", locale().date(&d)))
        .unwrap_or_default();
    html! {
        <span class="reference">
            <strong lang={lang.clone()}>{ &source.outlet }</strong>{ date }{ ". " }
            if let Some(title) = &source.title {
                if let Some(url) = &source.url {
                    <a href={url.as_str().to_string()} rel="noopener noreferrer" target="_blank">
                        <cite lang={lang.clone()}>{ title }</cite>
                    </a>
                } else {
                    <cite lang={lang.clone()}>{ title }</cite>
                }
                { ". " }
            }
            if let Some(author) = &source.author { { tf(Msg::ReferenceBy, &[author.as_str().into()]) } }
        </span>
    }
}
