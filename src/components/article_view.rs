//! The article as written, with each claim highlighted where it stands and actors' names marked.
//! Highlights show who claims it and on whose word; claims outside the filter are dimmed; the
//! selected claim's card opens under its paragraph. The reference list closes the view.

use claimscope_core::query::highlights;
use claimscope_core::view::runs::{runs, Run};
use claimscope_core::{
    Article, ClaimId, Finding, FindingKind, Paragraph, RelationKind, Vocabulary,
};
use yew::prelude::*;

use crate::i18n::{article_dir, article_lang, locale, t, tf};
use claimscope_core::i18n::{Arg, Msg};

use crate::components::claim_card::{claim_card, ClaimCardProps};
use crate::components::reference_list::{reference_list, ReferenceListProps};
use crate::components::{flag, follow, ViewProps};
use crate::link::Link;

/// The article's text for `props`, with the integrity `findings` noted after the paragraphs they
/// concern.
pub fn article_view(props: &ViewProps, findings: &[Finding]) -> Html {
    let article = &props.article;
    let selected = props.state.url.claim;
    let paragraphs = article.paragraphs().iter().map(|paragraph| {
        let card = selected
            .filter(|c| article.claim(*c).quote.paragraph == paragraph.id)
            .map(|claim| {
                claim_card(&ClaimCardProps {
                    article,
                    state: &props.state,
                    claim,
                    selected: true,
                    dispatch: &props.dispatch,
                })
            });
        let key = paragraph.key.clone();
        html! {
            <>
                <p id={key.clone()} class="paragraph" data-paragraph-id={key}
                   lang={article_lang(article)} dir={article_dir(article)}>
                    { paragraph_text(props, paragraph) }
                </p>
                { for card }
                { for notes_after(findings, paragraph) }
            </>
        }
    });
    let references = reference_list(&ReferenceListProps {
        article: article.clone(),
        state: props.state.clone(),
        dispatch: props.dispatch.clone(),
    });
    html! {
        <article class="article-view">
            <h2 class="visually-hidden">{ t(Msg::ArticleTitle) }</h2>
            <p class="legend" aria-hidden="true">
                <span class="claim-sample">{ t(Msg::LegendHighlighted) }</span>
                { " " }{ t(Msg::LegendHighlightedText) }{ " " }
                <span class="claim-sample unsourced">{ t(Msg::LegendDashed) }</span>
                { " " }{ t(Msg::LegendDashedText) }{ " " }
                <span class="contested-sample">{ "✕" }</span>
                { " " }{ t(Msg::LegendContestedText) }{ " " }
                <span class="mention">{ t(Msg::LegendDotted) }</span>{ " " }{ t(Msg::LegendDottedText) }
            </p>
            { for paragraphs }
            { references }
        </article>
    }
}

/// Findings about names, noted once after the last paragraph they concern.
fn notes_after<'a>(
    findings: &'a [Finding],
    paragraph: &'a Paragraph,
) -> impl Iterator<Item = Html> + 'a {
    findings
        .iter()
        .filter(move |f| {
            f.kind == FindingKind::SeveralNames && f.paragraphs.last() == Some(&paragraph.id)
        })
        .map(|finding| {
            html! {
                <aside class="finding-inline" data-finding={finding.kind.key()}>
                    <p><strong>{ t(Msg::Note) }{ " " }</strong>{ &finding.detail }</p>
                </aside>
            }
        })
}

/// The paragraph's runs, grouped into one link per stretch of the same claim.
fn paragraph_text(props: &ViewProps, paragraph: &Paragraph) -> Html {
    let hits = highlights(&props.state.url.query, &paragraph.text);
    let all = runs(&props.article, paragraph.id, &hits);
    let mut out = Vec::new();
    let mut rest = all.as_slice();
    while let Some(first) = rest.first() {
        let len = rest.iter().take_while(|r| r.claim == first.claim).count();
        let (group, tail) = rest.split_at(len);
        let inner: Html = group
            .iter()
            .map(|run| run_html(&props.article, &paragraph.text, run))
            .collect();
        out.push(match first.claim {
            Some(claim) => claim_link(props, claim, inner),
            None => inner,
        });
        // A contradicted claim's ✕ follows the last word of its quote, wherever that falls (a
        // claim can end inside another quoted in it): one mark for the claims ending there, drawn
        // by the style sheet, so that the paragraph's text stays the article's.
        let end = group.last().map_or(0, |run| run.range.end);
        let ending: Vec<&str> = props
            .article
            .claims_in(paragraph.id)
            .iter()
            .map(|&c| props.article.claim(c))
            .filter(|c| c.quote.range.end == end && contested(&props.article, c.id))
            .map(|c| c.key.as_str())
            .collect();
        if !ending.is_empty() {
            out.push(html! {
                <span class="contested-mark" aria-hidden="true" data-contested-end={ending.join(" ")} />
            });
        }
        rest = tail;
    }
    out.into_iter().collect()
}

fn run_html(article: &Article, text: &str, run: &Run) -> Html {
    let content = &text[run.range.clone()];
    let content = if run.hit {
        html! { <mark class="hit">{ content }</mark> }
    } else {
        html! { { content } }
    };
    match run.mention {
        Some(actor) => {
            let key = article.actor(actor).key.clone();
            html! { <span class="mention" data-actor-ref={key}>{ content }</span> }
        }
        None => content,
    }
}

/// Whether another claim contradicts claim `id`.
fn contested(article: &Article, id: ClaimId) -> bool {
    article
        .relations_of(id)
        .any(|(relation, _)| relation.kind == RelationKind::Contradicts)
}

fn claim_link(props: &ViewProps, id: ClaimId, inner: Html) -> Html {
    let article = &props.article;
    let claim = article.claim(id);
    let selected = props.state.url.claim == Some(id);
    let dimmed = !props.state.url.query.is_empty() && !props.results.matches(id);
    let contested = contested(article, id);
    let sources: Vec<&str> = claim
        .sources
        .iter()
        .map(|s| article.source(*s).outlet.as_str())
        .collect();
    let sources = if sources.is_empty() {
        t(Msg::ClaimTipNoSource)
    } else {
        locale().list(&sources, false)
    };
    let tip = tf(
        if contested {
            Msg::ClaimTipContradicted
        } else {
            Msg::ClaimTip
        },
        &[
            article.actor(claim.claimant).name.as_str().into(),
            t(claim.kind.label()).as_str().into(),
            Arg::Formatted(&sources),
        ],
    );
    let link = Link::Select(if selected { None } else { Some(id) });
    let href = link.href(article, &props.state.url);
    let onclick = follow(&props.dispatch, link);
    let unsourced = flag(claim.sources.is_empty());
    // States are attributes, not classes: Yew builds a set for every computed class list.
    html! {
        <a class="claim" data-kind={claim.kind.key()} data-unsourced={unsourced}
           data-contested={flag(contested)} data-selected={flag(selected)}
           data-dimmed={flag(dimmed)} {href} data-claim-ref={claim.key.clone()} data-tip={tip}
           aria-expanded={selected.to_string()} {onclick}>
            { inner }
        </a>
    }
}
