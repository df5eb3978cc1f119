//! The integrity findings, each linking to the paragraphs and to exactly the claims it concerns.

use claimscope_core::{FacetValue, Finding, SourceFilter, View};
use yew::prelude::*;

use crate::i18n::{article_dir, article_lang, t, tf};
use claimscope_core::i18n::Msg;

use crate::components::{follow, ViewProps};
use crate::link::Link;

/// The integrity findings `shown` (those that [`concerning`] gives, of `total`), with links into
/// the views for `props`.
pub fn integrity_view(props: &ViewProps, shown: &[&Finding], total: usize) -> Html {
    let article = &props.article;
    let link = |link: Link, content: String| {
        let href = link.href(article, &props.state.url);
        html! { <a {href} onclick={follow(&props.dispatch, link)}>{ content }</a> }
    };
    let article_href = Link::View(View::Article).href(article, &props.state.url);
    // Unkeyed: findings have no id, and the list is the article's, fixed for the explorer's life.
    let items = shown.iter().map(|finding| {
        let claims = finding.claims.iter().map(|c| {
            let claim = article.claim(*c);
            let label = format!(
                "{}: {}",
                article.actor(claim.claimant).name,
                claim.headline()
            );
            html! { <li key={claim.key.clone()} lang={article_lang(article)} dir={article_dir(article)}>{ link(Link::InArticle(*c), label) }</li> }
        });
        // The one link that shows exactly the finding's claims, where a facet holds them.
        let all_claims = finding.facet().map(|value| {
            let label = match value {
                FacetValue::Source(SourceFilter::Source(s)) => {
                    tf(Msg::IntegrityClaimsCiting, &[article.source(s).outlet.as_str().into()])
                }
                _ => t(Msg::IntegrityClaimsUnsourced),
            };
            link(Link::ClaimsWith(value), label)
        });
        let paragraphs = finding.paragraphs.iter().map(|p| {
            let href = format!("{article_href}#{}", article.paragraph(*p).key);
            html! { <a {href}>{ tf(Msg::IntegrityParagraph, &[(p.index() + 1).into()]) }</a> }
        });
        let (note_lang, note_dir) = if finding.detail_is_note {
            (article_lang(article), article_dir(article))
        } else {
            (None, None)
        };
        html! {
            <li class="finding" data-finding={finding.kind.key()}>
                <h3>{ &finding.title }</h3>
                <p lang={note_lang.clone()} dir={note_dir}>{ &finding.detail }</p>
                <p class="finding-links">
                    if !finding.paragraphs.is_empty() {
                        <span class="in-paragraphs">{ t(Msg::IntegrityInText) }{ " " }{ for paragraphs }</span>
                    }
                    { for all_claims }
                </p>
                if !finding.claims.is_empty() {
                    <ul class="finding-claims">{ for claims }</ul>
                }
            </li>
        }
    });
    let intro = match (props.state.url.query.is_empty(), shown.len()) {
        (true, _) => t(Msg::IntegrityIntro),
        (false, n) => tf(Msg::IntegrityConcerning, &[n.into(), total.into()]),
    };
    html! {
        <section class="integrity-view" aria-labelledby="integrity-title">
            <h2 id="integrity-title">{ t(Msg::IntegrityTitle) }</h2>
            <p class="intro" data-testid="integrity-summary">{ intro }</p>
            if !shown.is_empty() {
                <ol class="findings">{ for items }</ol>
            }
        </section>
    }
}

/// The findings to show for `props`: all of them without a filter, else those that concern a
/// matching claim.
pub fn concerning<'a>(props: &ViewProps, findings: &'a [Finding]) -> Vec<&'a Finding> {
    let filtered = !props.state.url.query.is_empty();
    findings
        .iter()
        .filter(|f| !filtered || f.concerns(&props.article, &props.results))
        .collect()
}
