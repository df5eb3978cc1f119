//! One facet as a group of checkboxes, each with the number of claims it would match; values that
//! would match nothing are dimmed but stay, so the list does not jump around.

use claimscope_core::{Facet, FacetValue};
use yew::prelude::*;

use crate::browser;
use crate::shared::Shared;
use crate::state::Action;

#[derive(Debug, Clone, PartialEq)]
pub struct FacetOption {
    pub value: FacetValue,
    /// The value as the URL writes it.
    pub key: AttrValue,
    pub label: AttrValue,
    pub count: u32,
    pub checked: bool,
}

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub facet: Facet,
    pub title: &'static str,
    pub options: Shared<Vec<FacetOption>>,
    pub active: bool,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let facet_key = facet_key(props.facet);
    let clear = {
        let (facet, dispatch) = (props.facet, props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::ClearFacet(facet));
            // The Clear button goes with the selection; the group's first value takes the focus.
            browser::focus(&format!("[data-facet-group={facet_key}] input"));
        })
    };
    let options = props.options.iter().map(|option| {
        let value = option.value;
        let onchange = props.dispatch.reform(move |_: Event| Action::Toggle(value));
        let class = classes!("facet-option", (option.count == 0 && !option.checked).then_some("empty"));
        html! {
            <li {class} key={option.key.to_string()}>
                <label>
                    <input type="checkbox" checked={option.checked} {onchange} data-facet={facet_key} data-value={option.key.clone()} />
                    <span class="facet-label">{ &option.label }</span>
                    <span class="facet-count" aria-label={format!("{} claims", option.count)}>{ option.count }</span>
                </label>
            </li>
        }
    });
    html! {
        <fieldset class="facet" data-facet-group={facet_key}>
            <legend>{ props.title }</legend>
            if props.active {
                <button type="button" class="facet-clear" onclick={clear} aria-label={format!("Clear {}", props.title)}>{ "Clear" }</button>
            }
            <ul>{ for options }</ul>
        </fieldset>
    }
}

/// The facet's URL parameter name.
pub fn facet_key(facet: Facet) -> &'static str {
    match facet {
        Facet::By => "by",
        Facet::About => "about",
        Facet::Source => "source",
        Facet::Kind => "kind",
    }
}
