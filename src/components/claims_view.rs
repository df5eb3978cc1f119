//! Every matching claim as a card, a page at a time so that long investigations stay quick; the
//! count above always gives the full number.

use yew::prelude::*;

use crate::i18n::{t, tf};
use claimscope_core::i18n::Msg;

use crate::browser;
use crate::components::claim_card::{claim_card, ClaimCardProps};
use crate::components::result_bar::clear_all_filters;
use crate::components::ViewProps;
use crate::state::Action;

/// The matching claims' cards, `page` more each time the reader asks.
pub fn claims_view(props: &ViewProps, page: usize) -> Html {
    let shown = page * (1 + props.state.more_pages);
    let claims = &props.results.claims;
    // Unkeyed on purpose: when the filters change, the cards already on the page are patched with
    // the new claims' text instead of being torn down and built again, which is far less DOM work.
    let cards = claims.iter().take(shown).map(|&claim| {
        let card = claim_card(&ClaimCardProps {
            article: &props.article,
            state: &props.state,
            claim,
            selected: props.state.url.claim == Some(claim),
            dispatch: &props.dispatch,
        });
        html! { <li>{ card }</li> }
    });
    let more = claims.len().saturating_sub(shown);
    let fits = if more <= page { "yes" } else { "no" };
    let show_more_label = tf(
        Msg::ClaimsShowMore,
        &[more.into(), fits.into(), page.into()],
    );
    // The button moves below the new cards (or goes): focus goes to the first of them, where the
    // reader's eyes and keyboard continue.
    let show_more = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::ShowMore);
            let first_new = format!(".card-list > li:nth-child({}) .claimant-link", shown + 1);
            browser::focus_after_paint(first_new, false);
        })
    };
    let clear_all = clear_all_filters(&props.dispatch);
    html! {
        <section class="claims-view" aria-labelledby="claims-title">
            <h2 id="claims-title" class="visually-hidden">{ t(Msg::ViewClaims) }</h2>
            if claims.is_empty() {
                <div class="empty-state">
                    <p>{ t(Msg::NoClaimMatches) }</p>
                    <button type="button" onclick={clear_all}>{ t(Msg::ClearAllFilters) }</button>
                </div>
            }
            <ul class="card-list">{ for cards }</ul>
            if more > 0 {
                <button type="button" class="show-more" onclick={show_more}>
                    { show_more_label }
                </button>
            }
        </section>
    }
}
