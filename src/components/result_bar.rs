//! The search box, the number of matching claims (announced to screen readers) and the button
//! that clears every filter.

use claimscope_core::Article;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::shared::Shared;
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct ResultBarProps {
    pub article: Shared<Article>,
    pub state: State,
    pub matching: usize,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn ResultBar(props: &ResultBarProps) -> Html {
    let total = props.article.claims().len();
    let query = &props.state.url.query;
    let oninput = props.dispatch.reform(|e: InputEvent| {
        Action::SetText(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let clear_all = clear_all_filters(&props.dispatch);
    let count = if query.is_empty() {
        format!("{total} claims")
    } else {
        format!("{} of {total} claims", props.matching)
    };
    html! {
        <div class="result-bar" role="search">
            <label class="search">
                <span class="visually-hidden">{ "Search claims" }</span>
                <input type="search" value={query.text.clone()} {oninput}
                       placeholder="Search quotes, people, sources…" autocomplete="off" spellcheck="false" />
            </label>
            <p class="result-count" data-testid="result-count" role="status" aria-live="polite">{ count }</p>
            if !query.is_empty() {
                <button type="button" class="clear-all" onclick={clear_all}>{ "Clear all filters" }</button>
            }
        </div>
    }
}

/// Clears every filter, then puts the focus in the search box, since the button that had it goes.
pub fn clear_all_filters(dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: MouseEvent| {
        dispatch.emit(Action::ClearAll);
        browser::focus("input[type=search]");
    })
}
