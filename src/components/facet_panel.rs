//! The four facets — who claims, about whom, on which source, what kind — with their counts.

use claimscope_core::{Article, ClaimKind, Facet, FacetValue, SourceFilter, Vocabulary};
use yew::prelude::*;

use crate::components::facet_group::{FacetGroup, FacetOption};
use crate::components::ViewProps;
use crate::shared::Shared;

#[function_component]
pub fn FacetPanel(props: &ViewProps) -> Html {
    let article = &props.article;
    let query = &props.state.url.query;
    let counts = &props.results.counts;
    let option = |value: FacetValue, label: &str| FacetOption {
        value,
        key: AttrValue::from(value_key(article, value)),
        label: AttrValue::from(label.to_string()),
        count: counts.of(value),
        checked: query.contains(value),
    };
    let actors = |facet: fn(claimscope_core::ActorId) -> FacetValue,
                  has_claims: &dyn Fn(claimscope_core::ActorId) -> bool| {
        article
            .actors()
            .iter()
            .filter(|a| has_claims(a.id))
            .map(|a| option(facet(a.id), &actor_label(a)))
            .collect::<Vec<_>>()
    };
    let by = actors(FacetValue::By, &|a| !article.claims_by(a).is_empty());
    let about = actors(FacetValue::About, &|a| !article.claims_about(a).is_empty());
    let mut sources: Vec<FacetOption> = article
        .sources()
        .iter()
        .map(|s| option(FacetValue::Source(SourceFilter::Source(s.id)), &s.outlet))
        .collect();
    sources.push(option(
        FacetValue::Source(SourceFilter::Unsourced),
        "No source",
    ));
    let kinds = ClaimKind::ALL
        .iter()
        .map(|(kind, _)| option(FacetValue::Kind(*kind), kind.label()))
        .collect();
    let group = |facet: Facet, title: &'static str, options: Vec<FacetOption>| {
        html! {
            <FacetGroup {facet} {title} options={Shared::new(options)}
                        active={query.facet_active(facet)} dispatch={props.dispatch.clone()} />
        }
    };
    html! {
        <div class="facets">
            <h2 class="visually-hidden">{ "Filter claims" }</h2>
            { group(Facet::By, "Claimed by", by) }
            { group(Facet::About, "About", about) }
            { group(Facet::Source, "Source", sources) }
            { group(Facet::Kind, "Kind of claim", kinds) }
            <p class="facet-hint">{ "Within a group any ticked value matches; across groups, all must." }</p>
        </div>
    }
}

/// An actor's name, marked when it is the article's own voice.
fn actor_label(actor: &claimscope_core::Actor) -> String {
    if actor.kind == claimscope_core::ActorKind::Author {
        format!("{} (the author)", actor.name)
    } else {
        actor.name.clone()
    }
}

/// The facet value's key, for ids and test hooks.
pub fn value_key(article: &Article, value: FacetValue) -> String {
    match value {
        FacetValue::By(a) | FacetValue::About(a) => article.actor(a).key.clone(),
        FacetValue::Source(SourceFilter::Source(s)) => article.source(s).key.clone(),
        FacetValue::Source(SourceFilter::Unsourced) => claimscope_core::url::UNSOURCED.to_string(),
        FacetValue::Kind(k) => k.key().to_string(),
    }
}
