//! While a filter is active, says that the Actors or Sources list is narrowed to those in
//! matching claims, and offers to show everyone.

use yew::prelude::*;

use crate::i18n::tf;
use claimscope_core::i18n::Msg;

use crate::state::{Action, State};

/// The "Show all" toggle for the list `list`, `actors` or `sources` (nothing while no filter is
/// active).
pub fn show_all(state: &State, list: &str, dispatch: &Callback<Action>) -> Html {
    if state.url.query.is_empty() {
        return html! {};
    }
    let onchange = dispatch.reform(|_: Event| Action::ToggleShowAll);
    html! {
        <label class="show-all">
            <input type="checkbox" checked={state.show_all} {onchange} />
            { " " }{ tf(Msg::ShowAll, &[list.into()]) }
        </label>
    }
}
