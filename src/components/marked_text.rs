//! A piece of text with the reader's search matches marked.

use claimscope_core::query::{highlights, Query};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    pub text: AttrValue,
    pub query: Query,
}

#[function_component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    let text = props.text.as_str();
    let hits = highlights(&props.query, text);
    if hits.is_empty() {
        return html! { { text } };
    }
    let mut parts = Vec::with_capacity(hits.len() * 2 + 1);
    let mut at = 0;
    for hit in hits {
        parts.push(html! { { &text[at..hit.start] } });
        parts.push(html! { <mark class="hit">{ &text[hit.clone()] }</mark> });
        at = hit.end;
    }
    parts.push(html! { { &text[at..] } });
    parts.into_iter().collect()
}
