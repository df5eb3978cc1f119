//! One source: outlet, title, author, date, whether the reference list includes it, and the
//! claims that cite it: as many as its link shows under the filters (the facet's count).

use claimscope_core::{Article, FacetValue, Results, SourceFilter, SourceId};
use yew::prelude::*;

use crate::i18n::{article_dir, article_lang, locale, t, tf};
use claimscope_core::i18n::Msg;

use crate::components::{flag, follow};
use crate::link::Link;
use crate::shared::Shared;
use crate::state::{Action, State};

/// Borrowed: a list renders many cards, and none needs its own copy of the state.
pub struct SourceCardProps<'a> {
    pub article: &'a Shared<Article>,
    pub state: &'a State,
    pub results: &'a Results,
    pub source: SourceId,
    pub dispatch: &'a Callback<Action>,
}

pub fn source_card(props: &SourceCardProps<'_>) -> Html {
    let article = &props.article;
    let source = article.source(props.source);
    let value = FacetValue::Source(SourceFilter::Source(source.id));
    let n = props.results.counts.of(value);
    let link = Link::ClaimsAlso(value);
    let href = link.href(article, &props.state.url);
    let citing = tf(Msg::SourceCiting, &[n.into()]);
    let date = source
        .date
        .map_or_else(|| t(Msg::SourceUndated), |d| locale().date(&d));
    html! {
        <article class="card source-card" data-unlisted={flag(!source.listed)}
                 data-source-id={source.key.clone()}>
            <h3 lang={article_lang(article)} dir={article_dir(article)}>{ &source.outlet }</h3>
            if let Some(title) = &source.title {
                <p class="source-title" lang={article_lang(article)} dir={article_dir(article)}>
                    if let Some(href) = source.url.as_ref().map(|url| url.as_str().to_string()) {
                        <a {href} rel="noopener noreferrer" target="_blank">
                            <cite>{ title }</cite>
                        </a>
                    } else {
                        <cite>{ title }</cite>
                    }
                </p>
            }
            <p class="source-meta">
                if let Some(author) = &source.author { <span>{ tf(Msg::SourceBy, &[author.as_str().into()]) }</span> }
                <span>{ date }</span>
            </p>
            if source.listed {
                <p class="listed">{ t(Msg::SourceListed) }</p>
            } else {
                <p class="not-listed">
                    <strong>{ t(Msg::SourceUnlisted) }</strong>
                    { t(Msg::SourceUnlistedText) }
                </p>
            }
            <p class="counts">
                if n == 0 {
                    <span class="count-none">{ citing }</span>
                } else {
                    <a class="count-link" {href} onclick={follow(props.dispatch, link)}>{ citing }</a>
                }
            </p>
        </article>
    }
}
