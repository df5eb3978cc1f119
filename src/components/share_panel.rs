//! “Share / Embed”: the link to what the reader sees now, and the code that embeds exactly this
//! view and these filters in another page.

use claimscope_core::address::embed::snippet;
use claimscope_core::Article;
use yew::prelude::*;

use crate::browser;
use crate::shared::Shared;
use crate::state::State;

pub struct SharePanelProps {
    pub article: Shared<Article>,
    pub state: State,
}

pub fn share_panel(props: &SharePanelProps) -> Html {
    let page = browser::page_address();
    let link = standalone_address(&props.article, &props.state);
    let mut url = props.state.url.clone();
    url.other.push(("embed".into(), "1".into()));
    let embedded = format!("{page}{}", url.to_query_string(&props.article));
    // embed.js is served beside the explorer's page.
    let directory = &page[..page.rfind('/').map_or(page.len(), |slash| slash + 1)];
    let script = format!("{directory}embed.js");
    let code = snippet(&embedded, &script, &props.article.info().title);
    let copy = |text: String, field: &'static str| {
        Callback::from(move |_: MouseEvent| browser::copy_text(&text, field))
    };
    html! {
        <details class="share">
            <summary>{ "Share / Embed" }</summary>
            <div class="share-body">
                <label for="share-link">{ "Link to this view" }</label>
                <div class="share-row">
                    <input id="share-link" type="text" readonly=true value={link.clone()}
                           data-share="link" />
                    <button type="button" onclick={copy(link, "#share-link")}>{ "Copy" }</button>
                </div>
                <label for="share-embed">{ "Embed this view in a page" }</label>
                <div class="share-row">
                    <textarea id="share-embed" readonly=true rows="4" value={code.clone()}
                              data-share="embed" />
                    <button type="button" onclick={copy(code, "#share-embed")}>{ "Copy" }</button>
                </div>
                <p class="share-hint">{ RESIZE_HINT }</p>
            </div>
        </details>
    }
}

const RESIZE_HINT: &str = "The frame resizes itself to its content with the script on the second \
                           line, or with a pym.js parent.";

/// The address of the view the reader sees, outside any embedding: for sharing, and for readers of
/// an embedding who want more room.
pub fn standalone_address(article: &Article, state: &State) -> String {
    let mut url = state.url.clone();
    url.other
        .retain(|(key, _)| !matches!(key.as_str(), "embed" | "childId"));
    format!(
        "{}{}",
        browser::page_address(),
        url.to_query_string(article)
    )
}
