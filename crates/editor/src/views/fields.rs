//! The editor's form controls, each a labelled field that reports every keystroke: text, long
//! text, a choice from a list, a tick box. Each sends the value; the form turns it into a change
//! of the document (grouped, so typing in one field is one step of undo).

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

#[derive(Properties, PartialEq)]
struct ChoiceProps {
    label: AttrValue,
    name: AttrValue,
    value: AttrValue,
    options: Vec<(String, String)>,
    on: Callback<String>,
}

/// A controlled `<select>`: after every render its value is set to the entry's, because a
/// browser stops following the options' `selected` attributes once a person has chosen in it, and
/// the same element then showed another entry's choice (issue #26).
#[function_component]
fn Choice(props: &ChoiceProps) -> Html {
    let select = use_node_ref();
    {
        let select = select.clone();
        let value = props.value.clone();
        use_effect(move || {
            if let Some(select) = select.cast::<HtmlSelectElement>() {
                if select.value() != *value {
                    select.set_value(&value);
                }
            }
        });
    }
    let onchange = props
        .on
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let value = &*props.value;
    let known = props.options.iter().any(|(v, _)| v == value);
    html! {
        <label class="field">
            <span class="field-label">{ &props.label }</span>
            <select name={props.name.clone()} ref={select} {onchange}>
                if !known {
                    <option value={value.to_string()} selected=true>{ format!("{value} (unknown)") }</option>
                }
                { for props.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={v == value}>{ l.clone() }</option>
                }) }
            </select>
        </label>
    }
}

/// A tick box named `name` with value `value`, labelled `label`.
pub fn tick(label: &str, name: &str, value: &str, checked: bool, on: Callback<bool>) -> Html {
    let onchange = on.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <label class="tick">
            <input type="checkbox" name={name.to_string()} value={value.to_string()} {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}
