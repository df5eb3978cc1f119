//! The editor's form controls, each a labelled field that reports every keystroke: text, long
//! text, a choice from a list, a tick box. Each sends the value; the form turns it into a change
//! of the document (grouped, so typing in one field is one step of undo).

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::choice::Choice;

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
            <textarea name={name.to_string()} value={value.to_string()} {oninput} rows="3" />
        </label>
    }
}

/// A choice named `name` among `options` (value, label), with `value` chosen.
pub fn choice(
    label: &str,
    name: &str,
    value: &str,
    options: &[(String, String)],
    on: Callback<String>,
) -> Html {
    html! {
        <Choice label={AttrValue::from(label.to_string())} name={AttrValue::from(name.to_string())}
                value={AttrValue::from(value.to_string())} options={options.to_vec()} {on} />
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
