//! The search box, the number of matching claims (announced to screen readers) and the button
//! that clears every filter. The box shows each keystroke at once; the query runs when typing
//! pauses, so a long investigation never makes typing lag.

use claimscope_core::Article;
use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::shared::Shared;
use crate::state::{Action, State};

/// How long typing must pause before the query runs, in milliseconds.
pub const TYPING_PAUSE_MS: u32 = 150;

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
    let draft = use_state_eq(|| query.text.clone());
    {
        // The query can change without typing (Back, Clear all, a link): the box follows it.
        let draft = draft.clone();
        use_effect_with(query.text.clone(), move |text| draft.set(text.clone()));
    }
    let pending = use_mut_ref(|| None::<Timeout>);
    let oninput = {
        let (draft, dispatch) = (draft.clone(), props.dispatch.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            draft.set(text.clone());
            let dispatch = dispatch.clone();
            // Replacing the timer cancels the one before: only the last keystroke's query runs.
            *pending.borrow_mut() = Some(Timeout::new(TYPING_PAUSE_MS, move || {
                dispatch.emit(Action::SetText(text))
            }));
        })
    };
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
                <input type="search" value={(*draft).clone()} {oninput}
                       placeholder="Search claims, people, sources" autocomplete="off" spellcheck="false" />
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
