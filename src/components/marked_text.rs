//! A piece of text with the reader's search matches marked.
//!
//! A view function, not a component: a card shows several such texts, and a component apiece
//! would cost a copy of the query and a component's upkeep each.

use claimscope_core::query::{highlights, Query};
use yew::prelude::*;

/// `text` as text nodes, with each match of the query's words in a `<mark>`.
pub fn marked_text(text: &str, query: &Query) -> Html {
    let hits = highlights(query, text);
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
