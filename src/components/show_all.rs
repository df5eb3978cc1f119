//! While a filter is active, says that the Actors or Sources list is narrowed to those in
//! matching claims, and offers to show everyone.

use yew::prelude::*;

use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct ShowAllProps {
    pub state: State,
    pub noun: &'static str,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn ShowAll(props: &ShowAllProps) -> Html {
    if props.state.url.query.is_empty() {
        return html! {};
    }
    let onchange = props.dispatch.reform(|_: Event| Action::ToggleShowAll);
    html! {
        <label class="show-all">
            <input type="checkbox" checked={props.state.show_all} {onchange} />
            { format!(" Show all {}, not only those in matching claims", props.noun) }
        </label>
    }
}
