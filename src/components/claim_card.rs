//! One claim as a card: its quote, who claims it, what kind of claim it is, whom it is about, the
//! sources it rests on (or that it has none), the claims it contradicts or supports, and, where
//! the article names its address, a link that opens the publisher's page at the quote.

use claimscope_core::export::claim_link;
use claimscope_core::{
    ActorKind, Article, ClaimId, FacetValue, RelationKind, SourceFilter, Vocabulary,
};
use yew::prelude::*;

use crate::i18n::{article_dir, article_lang, t, tf};
use claimscope_core::i18n::Msg;

use crate::components::marked_text::marked_text;
use crate::components::{flag, follow};
use crate::link::Link;
use crate::shared::Shared;
use crate::state::{Action, State};

/// Borrowed: a list renders many cards, and none needs its own copy of the state.
pub struct ClaimCardProps<'a> {
    pub article: &'a Shared<Article>,
    pub state: &'a State,
    pub claim: ClaimId,
    pub selected: bool,
    pub dispatch: &'a Callback<Action>,
}

pub fn claim_card(props: &ClaimCardProps<'_>) -> Html {
    let article = &props.article;
    let claim = article.claim(props.claim);
    let query = &props.state.url.query;
    // Where an in-app link goes: its address, and the click that goes there without a reload.
    // Each link's class is written out where it is used: Yew builds a set for a computed class.
    let to = |link: Link| {
        (
            link.href(article, &props.state.url),
            follow(props.dispatch, link),
        )
    };
    let claimant = article.actor(claim.claimant);
    let subjects = claim.subjects.iter().map(|a| {
        let actor = article.actor(*a);
        let (href, onclick) = to(Link::ClaimsWith(FacetValue::About(*a)));
        html! {
            <li key={actor.key.clone()}>
                <a class="chip actor-chip" {href} {onclick} lang={article_lang(article)} dir={article_dir(article)}>{ &actor.name }</a>
            </li>
        }
    });
    let sources = claim.sources.iter().map(|s| {
        let source = article.source(*s);
        let (href, onclick) = to(Link::ClaimsWith(FacetValue::Source(SourceFilter::Source(
            *s,
        ))));
        let outlet = marked_text(&source.outlet, query);
        html! {
            <li key={source.key.clone()}>
                <a class="chip source-chip" {href} {onclick} lang={article_lang(article)} dir={article_dir(article)}>{ outlet }</a>
            </li>
        }
    });
    // Unkeyed: a relation has no id of its own (the page's own article is read without the file
    // checks, so even the other claim may repeat), and a claim's relations never reorder.
    let relations = article.relations_of(claim.id).map(|(relation, other)| {
        let other_claim = article.claim(other);
        let verb = match relation.kind {
            RelationKind::Contradicts => t(Msg::ClaimContradictedBy),
            RelationKind::Supports => t(Msg::ClaimSupportedBy),
        };
        let (href, onclick) = to(Link::InArticle(other));
        let other_claimant = &article.actor(other_claim.claimant).name;
        html! {
            <li class="relation" data-relation={relation.kind.key()}>
                <span class="relation-kind">{ verb }</span>{ " " }
                <a class="relation-link" {href} {onclick} lang={article_lang(article)} dir={article_dir(article)}>
                    { other_claimant }{ ": " }{ other_claim.headline() }
                </a>
                if let Some(note) = &relation.note { <span class="relation-note" lang={article_lang(article)} dir={article_dir(article)}>{ note }</span> }
            </li>
        }
    });
    let paragraph = article.paragraph(claim.quote.paragraph);
    let heading_id = format!("claim-{}", claim.key);
    let (claimant_href, claimant_click) = to(Link::ClaimsWith(FacetValue::By(claim.claimant)));
    let (unsourced_href, unsourced_click) = to(Link::ClaimsWith(FacetValue::Source(
        SourceFilter::Unsourced,
    )));
    let (context_href, context_click) = to(Link::InArticle(claim.id));
    let in_context = tf(Msg::ClaimInContext, &[(paragraph.id.index() + 1).into()]);
    html! {
        <article class="card claim-card" data-kind={claim.kind.key()}
                 data-selected={flag(props.selected)} data-claim-id={claim.key.clone()}
                 aria-labelledby={heading_id.clone()} tabindex="-1">
            <header class="claim-head">
                <span class="kind-badge">{ t(claim.kind.label()) }</span>
                <h3 id={heading_id} class="claimant" lang={article_lang(article)} dir={article_dir(article)}>
                    <a class="claimant-link" href={claimant_href} onclick={claimant_click}>
                        { marked_text(&claimant.name, query) }
                    </a>
                </h3>
                if claimant.kind == ActorKind::Author {
                    <span class="claimant-role">{ t(Msg::ClaimAuthor) }</span>
                }
            </header>
            <blockquote class="quote" lang={article_lang(article)} dir={article_dir(article)} data-quoted={flag(is_quoted(&claim.quote.exact))}>
                { marked_text(&claim.quote.exact, query) }
            </blockquote>
            <p class="summary" lang={article_lang(article)} dir={article_dir(article)}>{ marked_text(claim.headline(), query) }</p>
            <dl class="claim-facts">
                <dt>{ t(Msg::ClaimAbout) }</dt>
                <dd><ul class="chips">{ for subjects }</ul></dd>
                <dt>{ t(Msg::ClaimSources) }</dt>
                <dd>
                    if claim.sources.is_empty() {
                        <a class="chip unsourced-chip"
                           href={unsourced_href} onclick={unsourced_click}>{ t(Msg::ClaimUnsourced) }</a>
                    } else {
                        <ul class="chips">{ for sources }</ul>
                    }
                </dd>
            </dl>
            if article.relations_of(claim.id).next().is_some() {
                <ul class="relations">{ for relations }</ul>
            }
            if let Some(note) = &claim.note {
                <p class="note">
                    <span class="note-label">{ t(Msg::ClaimNote) }{ " " }</span><span lang={article_lang(article)} dir={article_dir(article)}>{ note }</span>
                </p>
            }
            <footer class="claim-foot">
                <a class="in-context" href={context_href} onclick={context_click}>{ in_context }</a>
                if let Some(href) = claim_link(article, claim.id) {
                    <a class="original" {href} target="_blank" rel="noopener noreferrer"
                       data-testid="original">
                        { t(Msg::ClaimOriginal) }
                    </a>
                }
            </footer>
        </article>
    }
}

/// Whether a quote already opens and closes with quotation marks (“…”, «…», „…“), which the card
/// then shows as they are, without a second pair.
fn is_quoted(text: &str) -> bool {
    let (first, last) = (text.chars().next(), text.chars().next_back());
    text.chars().count() > 1
        && first.is_some_and(|c| "“\"«„‘‹「".contains(c))
        && last.is_some_and(|c| "”\"»“’›」".contains(c))
}
