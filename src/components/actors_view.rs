//! The actors as cards. While a filter is active only those who make or are the subject of a
//! matching claim are shown, unless the reader asks for everyone.

use yew::prelude::*;

use crate::i18n::t;
use claimscope_core::i18n::Msg;

use crate::components::actor_card::{actor_card, ActorCardProps};
use crate::components::show_all::show_all;
use crate::components::ViewProps;

pub fn actors_view(props: &ViewProps) -> Html {
    let article = &props.article;
    let filtered = !props.state.url.query.is_empty() && !props.state.show_all;
    let involved = |id| {
        let matching =
            |claims: &[claimscope_core::ClaimId]| claims.iter().any(|c| props.results.matches(*c));
        matching(article.claims_by(id)) || matching(article.claims_about(id))
    };
    let cards = article
        .actors()
        .iter()
        .filter(|a| !filtered || involved(a.id))
        .map(|actor| {
            let card = actor_card(&ActorCardProps {
                article,
                state: &props.state,
                results: &props.results,
                actor: actor.id,
                dispatch: &props.dispatch,
            });
            html! { <li key={actor.key.clone()}>{ card }</li> }
        });
    html! {
        <section class="actors-view" aria-labelledby="actors-title">
            <h2 id="actors-title" class="visually-hidden">{ t(Msg::ViewActors) }</h2>
            { show_all(&props.state, "actors", &props.dispatch) }
            <ul class="card-grid">{ for cards }</ul>
        </section>
    }
}
