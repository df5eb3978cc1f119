//! The sources as cards, with the claims that rest on no source at all at the end. While a filter
//! is active only sources of matching claims are shown, unless the reader asks for all, and every
//! count is of the claims its link shows under the filters.

use claimscope_core::{FacetValue, SourceFilter};
use yew::prelude::*;

use crate::i18n::{t, tf};
use claimscope_core::i18n::Msg;

use crate::components::follow;
use crate::components::show_all::show_all;
use crate::components::source_card::{source_card, SourceCardProps};
use crate::components::ViewProps;
use crate::link::Link;

pub fn sources_view(props: &ViewProps) -> Html {
    let article = &props.article;
    let filtered = !props.state.url.query.is_empty() && !props.state.show_all;
    let involved = |id| {
        article
            .claims_citing(id)
            .iter()
            .any(|c| props.results.matches(*c))
    };
    let cards = article
        .sources()
        .iter()
        .filter(|s| !filtered || involved(s.id))
        .map(|source| {
            let card = source_card(&SourceCardProps {
                article,
                state: &props.state,
                results: &props.results,
                source: source.id,
                dispatch: &props.dispatch,
            });
            html! { <li key={source.key.clone()}>{ card }</li> }
        });
    let unsourced_claims = FacetValue::Source(SourceFilter::Unsourced);
    let unsourced = props.results.counts.of(unsourced_claims) as usize;
    let link = Link::ClaimsAlso(unsourced_claims);
    let href = link.href(article, &props.state.url);
    html! {
        <section class="sources-view" aria-labelledby="sources-title">
            <h2 id="sources-title" class="visually-hidden">{ t(Msg::ViewSources) }</h2>
            { show_all(&props.state, "sources", &props.dispatch) }
            <ul class="card-grid">{ for cards }</ul>
            if unsourced > 0 {
                <p class="unsourced-line">
                    <a {href} onclick={follow(&props.dispatch, link)}>
                        { tf(Msg::SourcesUnsourced, &[unsourced.into()]) }
                    </a>
                    { " " }{ tf(Msg::SourcesUnsourcedText, &[unsourced.into()]) }
                </p>
            }
        </section>
    }
}
