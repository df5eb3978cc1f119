//! While a filter is active, says that the Actors or Sources list is narrowed to those in
//! matching claims, and offers to show everyone.

use yew::prelude::*;

use crate::state::{Action, State};

/// The "Show all" toggle for a list of `noun` (nothing while no filter is active).
pub fn show_all(state: &State, noun: &str, dispatch: &Callback<Action>) -> Html {
    if state.url.query.is_empty() {
        return html! {};
    }
    let onchange = dispatch.reform(|_: Event| Action::ToggleShowAll);
    html! {
        <label class="show-all">
            <input type="checkbox" checked={state.show_all} {onchange} />
            { format!(" Show all {noun}, not only those in matching claims") }
        </label>
    }
}
