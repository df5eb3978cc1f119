//! The search box, the number of matching claims (announced to screen readers) and the button
//! that clears every filter. The box shows each keystroke at once. Where the last query ran within
//! [`INSTANT_QUERY_MS`], or the article has at most [`INSTANT_CLAIMS`], the keystroke's query runs
//! as soon as the box is painted; on an article big enough to take longer, it runs when typing
//! pauses, so that typing never lags. What is typed
//! yields to any other change of the query's text (Clear all, Back, a link), even one made during
//! the pause.

use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{t, tf};
use claimscope_core::i18n::Msg;

use crate::browser;
use crate::state::Action;

/// How long typing must pause before the query runs, in milliseconds, on a big article.
pub const TYPING_PAUSE_MS: u32 = 150;
/// The longest the last query may have run for the next to run on its keystroke. Drawing a
/// query's results takes several times as long as running it: measured in Chromium on this
/// project's machine, the seed's queries run in 0.1 ms; 10,000 claims' in up to 1 ms, drawn in
/// 5–10 ms; 30,000 claims' in up to 3 ms, drawn in about 14 ms, a frame.
pub const INSTANT_QUERY_MS: f64 = 2.0;
/// Claims up to which every keystroke's query runs at once, however long the last query was
/// measured to take: over so few, a query takes a fraction of a millisecond, and a pause of the
/// browser's (a collection, the page's start on a slow phone) can make one measure longer than
/// it ran.
pub const INSTANT_CLAIMS: usize = 1_000;

#[derive(Properties, PartialEq)]
pub struct ResultBarProps {
    /// The query's free text.
    pub text: AttrValue,
    /// Whether any filter is active.
    pub filtered: bool,
    /// How many claims match, of how many in the article.
    pub matching: usize,
    pub total: usize,
    /// The state's `text_resets`: text typed before the last one is stale.
    pub text_resets: u32,
    /// How long the last query ran, in milliseconds.
    pub query_ms: f64,
    pub dispatch: Callback<Action>,
    /// The interface's language: the bar is drawn again when the reader chooses another.
    pub language: &'static str,
}

#[function_component]
pub fn ResultBar(props: &ResultBarProps) -> Html {
    let resets = props.text_resets;
    // What the reader typed, and after which reset of the query's text. Once the text is reset
    // (Clear all, Back, a link) the box shows the query's text, without copying it in an effect.
    let typed = use_state_eq(|| None::<(u32, AttrValue)>);
    let shown = match &*typed {
        Some((typed_after, text)) if *typed_after == resets => text.clone(),
        _ => props.text.clone(),
    };
    let pending = use_mut_ref(|| None::<Timeout>);
    {
        // A reset cancels the query waiting for the pause; should its timer fire first, the
        // reducer drops its stale text all the same.
        let pending = pending.clone();
        use_effect_with(resets, move |_| drop(pending.borrow_mut().take()));
    }
    let oninput = {
        let (typed, dispatch) = (typed.clone(), props.dispatch.clone());
        let instant = props.query_ms <= INSTANT_QUERY_MS || props.total <= INSTANT_CLAIMS;
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            typed.set(Some((resets, AttrValue::from(text.clone()))));
            let run = {
                let dispatch = dispatch.clone();
                move || dispatch.emit(Action::SetText { text, resets })
            };
            // A new keystroke cancels the query waiting for the pause: only the last one's runs.
            let mut pending = pending.borrow_mut();
            drop(pending.take());
            if instant {
                browser::after_next_paint(run);
            } else {
                *pending = Some(Timeout::new(TYPING_PAUSE_MS, run));
            }
        })
    };
    let clear_all = clear_all_filters(&props.dispatch);
    let count = if props.filtered {
        tf(
            Msg::ResultCountFiltered,
            &[props.matching.into(), props.total.into()],
        )
    } else {
        tf(Msg::ResultCountAll, &[props.total.into()])
    };
    html! {
        <div class="result-bar" role="search">
            <label class="search">
                <span class="visually-hidden">{ t(Msg::SearchLabel) }</span>
                <input type="search" value={shown} {oninput}
                       placeholder={t(Msg::SearchPlaceholder)}
                       autocomplete="off" spellcheck="false" />
            </label>
            <p class="result-count" data-testid="result-count" role="status" aria-live="polite">
                { count }
            </p>
            if props.filtered {
                <button type="button" class="clear-all" onclick={clear_all}>
                    { t(Msg::ClearAllFilters) }
                </button>
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
