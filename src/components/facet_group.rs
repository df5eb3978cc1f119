//! One facet as a group of checkboxes, each with the number of claims it would match; values that
//! would match nothing are dimmed but stay, so a list does not jump around. A long list (a long
//! investigation names hundreds of actors) shows the values with the most claims in the article
//! and the ticked ones, with a button for the rest.

use claimscope_core::query::FacetCounts;
use claimscope_core::{Facet, FacetValue, Query};
use yew::prelude::*;

use crate::i18n::{t, tf};
use claimscope_core::i18n::Msg;

use crate::browser;
use crate::components::flag;
use crate::state::Action;

/// A value of a facet, as the whole article has it: built once per article.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetOption {
    pub value: FacetValue,
    /// The value as the URL writes it.
    pub key: AttrValue,
    pub label: AttrValue,
    /// The article's language, on a label that is the article's text (a name, an outlet) in an
    /// interface of another language.
    pub lang: Option<AttrValue>,
    /// How many claims of the whole article have this value.
    pub total: u32,
}

/// How many values a long facet shows until the reader asks for all.
const SHORT_LIST: usize = 12;

/// Borrowed: the options are the article's, and only the shown ones get counted.
pub struct FacetGroupProps<'a> {
    pub facet: Facet,
    pub title: Msg,
    pub options: &'a [FacetOption],
    /// How many claims each value would match, given the other filters.
    pub counts: &'a FacetCounts,
    pub query: &'a Query,
    /// Whether the reader opened a long facet in full.
    pub expanded: bool,
    pub dispatch: Callback<Action>,
}

pub fn facet_group(props: &FacetGroupProps<'_>) -> Html {
    let facet_key = facet_key(props.facet);
    let clear = {
        let (facet, dispatch) = (props.facet, props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::ClearFacet(facet));
            // The Clear button goes with the selection; the group's first value takes the focus.
            browser::focus(&format!("[data-facet-group={facet_key}] input"));
        })
    };
    let expanded = props.expanded;
    let long = props.options.len() > SHORT_LIST + 2;
    let checked = |option: &FacetOption| props.query.contains(option.value);
    let shown = if long && !expanded {
        shortlist(props.options, SHORT_LIST, checked)
    } else {
        props.options.iter().collect()
    };
    let facet = props.facet;
    let toggle_all = props
        .dispatch
        .reform(move |_: MouseEvent| Action::ToggleExpanded(facet));
    let options = shown.into_iter().map(|option| {
        let value = option.value;
        let (count, checked) = (props.counts.of(value), checked(option));
        // The box ticks at once by itself; the query and the new results follow in the task after
        // that paint, so the click is answered within a frame even on a long investigation.
        let onchange = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |_: Event| {
                let dispatch = dispatch.clone();
                browser::after_next_paint(move || dispatch.emit(Action::Toggle(value)));
            })
        };
        let empty = flag(count == 0 && !checked);
        let count_label = tf(Msg::FacetCount, &[count.into()]);
        html! {
            <li class="facet-option" data-empty={empty} key={option.key.as_str()}>
                <label>
                    <input type="checkbox" {checked} {onchange}
                           data-facet={facet_key} data-value={option.key.clone()} />
                    <span class="facet-label" lang={option.lang.clone()}>{ &option.label }</span>
                    <span class="facet-count" aria-label={count_label}>{ count }</span>
                </label>
            </li>
        }
    });
    let title = t(props.title);
    let clear_label = tf(Msg::FacetClear, &[title.as_str().into()]);
    let more_label = if expanded {
        t(Msg::FacetShowFewer)
    } else {
        tf(Msg::FacetShowAll, &[props.options.len().into()])
    };
    html! {
        <fieldset class="facet" data-facet-group={facet_key}>
            <legend>{ title }</legend>
            if props.query.facet_active(props.facet) {
                <button type="button" class="facet-clear" onclick={clear} aria-label={clear_label}>
                    { t(Msg::FacetClearButton) }
                </button>
            }
            <ul>{ for options }</ul>
            if long {
                <button type="button" class="facet-more" aria-expanded={expanded.to_string()}
                        onclick={toggle_all}>
                    { more_label }
                </button>
            }
        </fieldset>
    }
}

/// The `limit` values with the most claims in the whole article, most first (ties keep the
/// article's order), then any ticked value beyond them. Filters change the counts, never the
/// list, so nothing moves under the reader's pointer.
fn shortlist(
    options: &[FacetOption],
    limit: usize,
    checked: impl Fn(&FacetOption) -> bool,
) -> Vec<&FacetOption> {
    let mut ranked: Vec<&FacetOption> = options.iter().collect();
    ranked.sort_by_key(|o| std::cmp::Reverse(o.total));
    let (top, rest) = ranked.split_at(limit.min(ranked.len()));
    let mut shown = top.to_vec();
    shown.extend(rest.iter().filter(|o| checked(o)));
    shown
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

    fn option(key: &str, total: u32) -> FacetOption {
        FacetOption {
            value: FacetValue::Kind(ClaimKind::Report),
            key: key.to_string().into(),
            label: key.to_string().into(),
            lang: None,
            total,
        }
    }

    /// Only "c" is ticked.
    fn ticked(option: &FacetOption) -> bool {
        option.key == "c"
    }

    fn keys(options: Vec<&FacetOption>) -> Vec<&str> {
        options.iter().map(|o| o.key.as_str()).collect()
    }

    #[test]
    fn a_shortlist_is_the_most_frequent_values_then_the_ticked_ones() {
        let options = [
            option("a", 1),
            option("b", 9),
            option("c", 0),
            option("d", 5),
            option("e", 5),
        ];
        assert_eq!(keys(shortlist(&options, 3, ticked)), ["b", "d", "e", "c"]);
        assert_eq!(
            keys(shortlist(&options, 4, ticked)),
            ["b", "d", "e", "a", "c"],
            "ticked values are never hidden, and come after the list they were not in"
        );
        assert_eq!(
            keys(shortlist(&options, 5, ticked)),
            ["b", "d", "e", "a", "c"]
        );
    }
}
