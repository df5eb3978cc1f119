//! The integrity findings, each linking to the claims, paragraphs, actors and sources it concerns.

use claimscope_core::{FacetValue, Finding, SourceFilter, View};
use yew::prelude::*;

use crate::components::{follow, ViewProps};
use crate::link::Link;

/// The integrity `findings`, with links into the views for `props`.
pub fn integrity_view(props: &ViewProps, findings: &[Finding]) -> Html {
    let article = &props.article;
    let link = |link: Link, content: String| {
        let href = link.href(article, &props.state.url);
        html! { <a {href} onclick={follow(&props.dispatch, link)}>{ content }</a> }
    };
    let article_href = Link::View(View::Article).href(article, &props.state.url);
    // Unkeyed: findings have no id, and the list is the article's, fixed for the explorer's life.
    let items = findings.iter().map(|finding| {
        let claims = finding.claims.iter().map(|c| {
            let claim = article.claim(*c);
            let label = format!(
                "{}: {}",
                article.actor(claim.claimant).name,
                claim.headline()
            );
            html! { <li key={claim.key.clone()}>{ link(Link::InArticle(*c), label) }</li> }
        });
        let actors = finding.actors.iter().map(|a| {
            let label = format!("Claims about {}", article.actor(*a).name);
            link(Link::ClaimsWith(FacetValue::About(*a)), label)
        });
        let sources = finding.sources.iter().map(|s| {
            let label = format!("Claims citing {}", article.source(*s).outlet);
            link(
                Link::ClaimsWith(FacetValue::Source(SourceFilter::Source(*s))),
                label,
            )
        });
        let paragraphs = finding.paragraphs.iter().map(|p| {
            let href = format!("{article_href}#{}", article.paragraph(*p).key);
            html! { <a {href}>{ format!("paragraph {}", p.index() + 1) }</a> }
        });
        html! {
            <li class="finding" data-finding={finding.kind.key()}>
                <h3>{ &finding.title }</h3>
                <p>{ &finding.detail }</p>
                <p class="finding-links">
                    if !finding.paragraphs.is_empty() {
                        <span class="in-paragraphs">{ "In the text: " }{ for paragraphs }</span>
                    }
                    { for actors }
                    { for sources }
                </p>
                if !finding.claims.is_empty() {
                    <ul class="finding-claims">{ for claims }</ul>
                }
            </li>
        }
    });
    html! {
        <section class="integrity-view" aria-labelledby="integrity-title">
            <h2 id="integrity-title">{ "What a careful reader should know" }</h2>
            <p class="intro">{ INTRO }</p>
            <ol class="findings">{ for items }</ol>
        </section>
    }
}

const INTRO: &str =
    "Computed from the article's data: gaps in its sourcing, names that may confuse, \
                     and claims that contradict each other.";
