//! The four facets — who claims, about whom, on which source, what kind — with their counts.

use claimscope_core::{
    query, ActorKind, Article, ClaimKind, Facet, FacetValue, Query, SourceFilter, Vocabulary,
};
use yew::prelude::*;

use crate::i18n::{article_lang, t, tf};
use claimscope_core::i18n::Msg;

use crate::components::facet_group::{facet_group, FacetGroupProps, FacetOption};
use crate::components::ViewProps;

/// Every facet's values, in article order, with their totals in the whole article: built once per
/// article, so a change of filters only counts the values each group shows.
pub struct Choices {
    by: Vec<FacetOption>,
    about: Vec<FacetOption>,
    source: Vec<FacetOption>,
    kind: Vec<FacetOption>,
}

impl Choices {
    pub fn new(article: &Article) -> Choices {
        let totals = query::run(article, &Query::default()).counts;
        // A name or an outlet is the article's text; "No source" and the kinds are the
        // interface's, and so is a name with "(the author)" after it.
        let named = article_lang(article);
        let choice = |value: FacetValue, label: String, lang: Option<AttrValue>| FacetOption {
            value,
            key: AttrValue::from(value_key(article, value)),
            label: AttrValue::from(label),
            lang,
            total: totals.of(value),
        };
        let actors = |facet: fn(claimscope_core::ActorId) -> FacetValue| {
            article
                .actors()
                .iter()
                .map(|a| {
                    let lang = (a.kind != ActorKind::Author)
                        .then(|| named.clone())
                        .flatten();
                    choice(facet(a.id), actor_label(a), lang)
                })
                .filter(|c| c.total > 0)
                .collect()
        };
        let mut source: Vec<FacetOption> = article
            .sources()
            .iter()
            .map(|s| {
                choice(
                    FacetValue::Source(SourceFilter::Source(s.id)),
                    s.outlet.clone(),
                    named.clone(),
                )
            })
            .collect();
        source.push(choice(
            FacetValue::Source(SourceFilter::Unsourced),
            t(Msg::FacetNoSource),
            None,
        ));
        Choices {
            by: actors(FacetValue::By),
            about: actors(FacetValue::About),
            source,
            kind: ClaimKind::ALL
                .iter()
                .map(|(kind, _)| choice(FacetValue::Kind(*kind), t(kind.label()), None))
                .collect(),
        }
    }
}

/// The facets for `choices` (built once per article by the caller) under the current filters.
pub fn facet_panel(props: &ViewProps, choices: &Choices) -> Html {
    let query = &props.state.url.query;
    let counts = &props.results.counts;
    let group = |facet: Facet, title: Msg, options: &[FacetOption]| {
        facet_group(&FacetGroupProps {
            facet,
            title,
            options,
            counts,
            query,
            expanded: props.state.expanded.contains(&facet),
            dispatch: props.dispatch.clone(),
        })
    };
    html! {
        <div class="facets">
            <h2 class="visually-hidden">{ t(Msg::FilterClaims) }</h2>
            { group(Facet::By, Msg::FacetBy, &choices.by) }
            { group(Facet::About, Msg::FacetAbout, &choices.about) }
            { group(Facet::Source, Msg::FacetSource, &choices.source) }
            { group(Facet::Kind, Msg::FacetKind, &choices.kind) }
            <p class="facet-hint">
                { t(Msg::FacetHint) }
            </p>
        </div>
    }
}

/// An actor's name, marked when it is the article's own voice.
fn actor_label(actor: &claimscope_core::Actor) -> String {
    if actor.kind == ActorKind::Author {
        tf(Msg::FacetAuthor, &[actor.name.as_str().into()])
    } else {
        actor.name.clone()
    }
}

/// The facet value's key, for ids and test hooks.
pub fn value_key(article: &Article, value: FacetValue) -> String {
    match value {
        FacetValue::By(a) | FacetValue::About(a) => article.actor(a).key.clone(),
        FacetValue::Source(SourceFilter::Source(s)) => article.source(s).key.clone(),
        FacetValue::Source(SourceFilter::Unsourced) => {
            claimscope_core::address::url::UNSOURCED.to_string()
        }
        FacetValue::Kind(k) => k.key().to_string(),
    }
}
