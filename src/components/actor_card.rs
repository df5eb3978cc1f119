//! One actor: name, kind, the other names the text uses, who they are, how often the text names
//! them, and links to the claims they make and the claims about them. The counts follow the
//! filters: each is the number of claims its link shows (the facet's count for the actor).

use claimscope_core::{ActorId, ActorKind, Article, FacetValue, Results};
use yew::prelude::*;

use crate::i18n::{article_dir, article_lang, t, tf};
use claimscope_core::i18n::Msg;

use crate::components::follow;
use crate::link::Link;
use crate::shared::Shared;
use crate::state::{Action, State};

/// Borrowed: a list renders many cards, and none needs its own copy of the state.
pub struct ActorCardProps<'a> {
    pub article: &'a Shared<Article>,
    pub state: &'a State,
    pub results: &'a Results,
    pub actor: ActorId,
    pub dispatch: &'a Callback<Action>,
}

pub fn actor_card(props: &ActorCardProps<'_>) -> Html {
    let article = &props.article;
    let actor = article.actor(props.actor);
    let count_link = |value: FacetValue, side: &str| {
        let n = props.results.counts.of(value) as usize;
        if n == 0 {
            // A link to an empty list helps nobody.
            let none = tf(Msg::ActorClaimsNone, &[side.into()]);
            return html! { <span class="count-none">{ none }</span> };
        }
        let link = Link::ClaimsAlso(value);
        let href = link.href(article, &props.state.url);
        html! {
            <a class="count-link" {href} onclick={follow(props.dispatch, link)}>
                { tf(Msg::ActorClaims, &[side.into(), n.into()]) }
            </a>
        }
    };
    let mentions = match article.mention_count(actor.id) {
        0 if actor.kind == ActorKind::Author => t(Msg::ActorInByline),
        n => tf(Msg::ActorMentions, &[n.into()]),
    };
    // Each comma stays with the name before it, never alone at the start of a line.
    let last = actor.aliases.len().saturating_sub(1);
    let aliases = actor.aliases.iter().enumerate().map(|(i, alias)| {
        html! { <><span class="alias"><q>{ alias }</q>{ if i < last { "," } else { "" } }</span>{ " " }</> }
    });
    let made = count_link(FacetValue::By(actor.id), "made");
    let about = count_link(FacetValue::About(actor.id), "about");
    html! {
        <article class="card actor-card" data-actor-id={actor.key.clone()}>
            <p class="actor-kind">{ t(actor.kind.label()) }</p>
            <h3 lang={article_lang(article)} dir={article_dir(article)}>{ &actor.name }</h3>
            if !actor.aliases.is_empty() {
                <p class="aliases">{ t(Msg::ActorAliases) }{ " " }<span lang={article_lang(article)} dir={article_dir(article)}>{ for aliases }</span></p>
            }
            <p class="summary" lang={article_lang(article)} dir={article_dir(article)}>{ &actor.summary }</p>
            if let Some(note) = &actor.note {
                <p class="note">
                    <span class="note-label">{ t(Msg::ClaimNote) }{ " " }</span><span lang={article_lang(article)} dir={article_dir(article)}>{ note }</span>
                </p>
            }
            <p class="counts">
                <span class="mentions">{ mentions }</span>
                { made }
                { about }
            </p>
        </article>
    }
}
