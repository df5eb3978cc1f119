//! The editor's choice from a list: a `<select>` kept to the entry's value, a component of its
//! own because it keeps its element to set that value after each render.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub label: AttrValue,
    pub name: AttrValue,
    pub value: AttrValue,
    pub options: Vec<(String, String)>,
    pub on: Callback<String>,
}

/// A controlled `<select>`: after every render its value is set to the entry's, because a
/// browser stops following the options' `selected` attributes once a person has chosen in it, and
/// the same element then showed another entry's choice (issue #26).
#[function_component]
pub fn Choice(props: &ChoiceProps) -> Html {
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
                    <option value={value.to_string()} selected=true>
                        { format!("{value} (unknown)") }
                    </option>
                }
                { for props.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={v == value}>{ l.clone() }</option>
                }) }
            </select>
        </label>
    }
}
