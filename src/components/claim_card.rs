//! One claim as a card: its quote, who claims it, what kind of claim it is, whom it is about, the
//! sources it rests on (or that it has none), and the claims it contradicts or supports.

use claimscope_core::{
    ActorKind, Article, ClaimId, FacetValue, RelationKind, SourceFilter, Vocabulary,
};
use yew::prelude::*;

use crate::components::follow;
use crate::components::marked_text::MarkedText;
use crate::shared::Shared;
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct ClaimCardProps {
    pub article: Shared<Article>,
    pub state: State,
    pub claim: ClaimId,
    pub selected: bool,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn ClaimCard(props: &ClaimCardProps) -> Html {
    let article = &props.article;
    let claim = article.claim(props.claim);
    let query = &props.state.url.query;
    let link = |action: Action, class: &'static str, content: Html| {
        html! {
            <a class={class} href={props.state.href(article, action.clone())} onclick={follow(&props.dispatch, action)}>{ content }</a>
        }
    };
    let claimant = article.actor(claim.claimant);
    let subjects = claim.subjects.iter().map(|a| {
        let actor = article.actor(*a);
        html! { <li key={actor.key.clone()}>{ link(Action::ClaimsWith(FacetValue::About(*a)), "chip actor-chip", html! { &actor.name }) }</li> }
    });
    let sources = claim.sources.iter().map(|s| {
        let source = article.source(*s);
        let label = html! { <MarkedText text={source.outlet.clone()} query={query.clone()} /> };
        html! { <li key={source.key.clone()}>{ link(Action::ClaimsWith(FacetValue::Source(SourceFilter::Source(*s))), "chip source-chip", label) }</li> }
    });
    let relations = article.relations_of(claim.id).map(|(relation, other)| {
        let other_claim = article.claim(other);
        let verb = match relation.kind {
            RelationKind::Contradicts => "Contradicted by",
            RelationKind::Supports => "Supported by",
        };
        let content = html! { <>{ &article.actor(other_claim.claimant).name }{ ": " }{ &other_claim.summary }</> };
        html! {
            <li class={classes!("relation", relation.kind.key())} key={other_claim.key.clone()}>
                <span class="relation-kind">{ verb }</span>{ " " }
                { link(Action::ShowInArticle(other), "relation-link", content) }
                if let Some(note) = &relation.note { <span class="relation-note">{ note }</span> }
            </li>
        }
    });
    let paragraph = article.paragraph(claim.quote.paragraph);
    let class = classes!(
        "card",
        "claim-card",
        format!("kind-{}", claim.kind.key()),
        props.selected.then_some("selected")
    );
    let heading_id = format!("claim-{}", claim.key);
    html! {
        <article {class} data-claim-id={claim.key.clone()} aria-labelledby={heading_id.clone()}>
            <header class="claim-head">
                <span class="kind-badge">{ claim.kind.label() }</span>
                <h3 id={heading_id} class="claimant">
                    { link(Action::ClaimsWith(FacetValue::By(claim.claimant)), "claimant-link", html! { <MarkedText text={claimant.name.clone()} query={query.clone()} /> }) }
                </h3>
                if claimant.kind == ActorKind::Author { <span class="claimant-role">{ "the author" }</span> }
            </header>
            <blockquote class="quote"><MarkedText text={claim.quote.exact.clone()} query={query.clone()} /></blockquote>
            <p class="summary"><MarkedText text={claim.summary.clone()} query={query.clone()} /></p>
            <dl class="claim-facts">
                <dt>{ "About" }</dt>
                <dd><ul class="chips">{ for subjects }</ul></dd>
                <dt>{ "Sources" }</dt>
                <dd>
                    if claim.sources.is_empty() {
                        { link(Action::ClaimsWith(FacetValue::Source(SourceFilter::Unsourced)), "chip unsourced-chip", html! { "Unsourced" }) }
                    } else {
                        <ul class="chips">{ for sources }</ul>
                    }
                </dd>
            </dl>
            if article.relations_of(claim.id).next().is_some() {
                <ul class="relations">{ for relations }</ul>
            }
            if let Some(note) = &claim.note { <p class="note"><span class="note-label">{ "Annotator's note: " }</span>{ note }</p> }
            <footer class="claim-foot">
                { link(Action::ShowInArticle(claim.id), "in-context", html! { { format!("Show in the article, paragraph {}", paragraph.id.index() + 1) } }) }
            </footer>
        </article>
    }
}
