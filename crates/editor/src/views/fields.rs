//! The editor's form controls, each a labelled field that reports every keystroke: text, long
//! text, a choice from a list, a tick box. Each sends the value; the form turns it into a change
//! of the document (grouped, so typing in one field is one step of undo).

use claimscope_app::i18n::tf;
use claimscope_core::i18n::Msg;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A one-line text field named `name` (the format's field name, which problems point at).
pub fn text(label: &str, name: &str, value: &str, on: Callback<String>) -> Html {
    let oninput = on.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <label class="field">
            <span class="field-label">{ label }</span>
            <input type="text" name={name.to_string()} value={value.to_string()} {oninput}
                   autocomplete="off" spellcheck="false" />
        </label>
    }
}

/// A text area named `name`.
pub fn long_text(label: &str, name: &str, value: &str, on: Callback<String>) -> Html {
    let oninput =
        on.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <label class="field">
            <span class="field-label">{ label }</span>
            <textarea name={name.to_string()} value={value.to_string()} {oninput} rows="4" />
        </label>
    }
}

/// A choice named `name` among `options` (value, label), with `value` chosen.
///
/// It always shows `value` (issue #26): a browser stops following the options' `selected`
/// attributes once a person has chosen in the `<select>`, so each option is keyed by whether it
/// is the one chosen, and an option whose state changes is a new element, which a browser
/// selects by its attribute. The `<select>` itself stays, and with it the keyboard focus.
pub fn choice(
    label: &str,
    name: &str,
    value: &str,
    options: &[(String, String)],
    on: Callback<String>,
) -> Html {
    let onchange = on.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let known = options.iter().any(|(v, _)| v == value);
    let option = |v: &str, label: String| {
        let chosen = v == value;
        let key = format!("{}{v}", if chosen { '+' } else { '-' });
        html! { <option {key} value={v.to_string()} selected={chosen}>{ label }</option> }
    };
    html! {
        <label class="field">
            <span class="field-label">{ label }</span>
            <select name={name.to_string()} {onchange}>
                if !known {
                    { option(value, tf(Msg::EditorUnknown, &[value.into()])) }
                }
                { for options.iter().map(|(v, l)| option(v, l.clone())) }
            </select>
        </label>
    }
}

/// A tick box named `name` with value `value`, labelled `label`.
pub fn tick(label: &str, name: &str, value: &str, checked: bool, on: Callback<bool>) -> Html {
    let onchange = on.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <label class="tick">
            <input type="checkbox" name={name.to_string()} value={value.to_string()} {checked}
                   {onchange} />
            <span>{ label }</span>
        </label>
    }
}
