//! One facet as a group of checkboxes, each with the number of claims it would match; values that
//! would match nothing are dimmed but stay, so a short list does not jump around. A long list
//! (a long investigation names hundreds of actors) shows its most frequent values and the ticked
//! ones, with a button for the rest.

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

/// How many values a long facet shows until the reader asks for all.
const SHORT_LIST: usize = 12;

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
    let expanded = use_state(|| false);
    let long = props.options.len() > SHORT_LIST + 2;
    let shown = if long && !*expanded {
        shortlist(&props.options, SHORT_LIST)
    } else {
        props.options.iter().collect()
    };
    let toggle_all = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let options = shown.into_iter().map(|option| {
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
            if long {
                <button type="button" class="facet-more" aria-expanded={expanded.to_string()} onclick={toggle_all}>
                    { if *expanded { "Show fewer".to_string() } else { format!("Show all {}", props.options.len()) } }
                </button>
            }
        </fieldset>
    }
}

/// The ticked values and the most frequent others, `limit` in all (or more when more are ticked),
/// most frequent first; ties keep the article's order.
fn shortlist(options: &[FacetOption], limit: usize) -> Vec<&FacetOption> {
    let mut ranked: Vec<&FacetOption> = options.iter().collect();
    ranked.sort_by_key(|o| (!o.checked, std::cmp::Reverse(o.count)));
    let ticked = ranked.iter().take_while(|o| o.checked).count();
    ranked.truncate(limit.max(ticked));
    ranked
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

#[cfg(test)]
mod tests {
    use super::*;
    use claimscope_core::{ClaimKind, FacetValue};

    fn option(key: &str, count: u32, checked: bool) -> FacetOption {
        FacetOption {
            value: FacetValue::Kind(ClaimKind::Report),
            key: key.to_string().into(),
            label: key.to_string().into(),
            count,
            checked,
        }
    }

    #[test]
    fn a_shortlist_keeps_ticked_values_and_the_most_frequent() {
        let options = [
            option("a", 1, false),
            option("b", 9, false),
            option("c", 0, true),
            option("d", 5, false),
        ];
        let keys: Vec<&str> = shortlist(&options, 3)
            .iter()
            .map(|o| o.key.as_str())
            .collect();
        assert_eq!(keys, ["c", "b", "d"]);
        let all_ticked = [option("a", 1, true), option("b", 2, true)];
        assert_eq!(
            shortlist(&all_ticked, 1).len(),
            2,
            "ticked values are never hidden"
        );
    }
}
