//! Downloading the article file, and the snippet that embeds the explorer showing it from where
//! the newsroom will host it.

use claimscope_app::i18n::{t, tf};
use claimscope_core::address::embed::snippet;
use claimscope_core::i18n::Msg;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use claimscope_app::browser;

#[derive(Properties, PartialEq)]
pub struct PublishProps {
    /// The article's id, which names the file.
    pub id: AttrValue,
    pub title: AttrValue,
    /// The file as JSON.
    pub json: AttrValue,
    /// Whether the explorer would show the file (else it downloads all the same, with a word).
    pub valid: bool,
}

#[function_component]
pub fn Publish(props: &PublishProps) -> Html {
    let explorer = use_state(browser::page_address);
    let hosted = use_state(String::new);
    let name = format!(
        "{}.json",
        if props.id.is_empty() {
            "article"
        } else {
            props.id.as_str()
        }
    );
    let download = {
        let (name, json) = (name.clone(), props.json.clone());
        Callback::from(move |_: MouseEvent| browser::save_text(&name, &json, "application/json"))
    };
    let input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            state.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let code = if hosted.trim().is_empty() {
        None
    } else {
        // The folder the explorer is served from: its page and embed.js are there.
        let address = explorer.trim();
        let folder = &address[..address.rfind('/').map_or(address.len(), |at| at + 1)];
        let data: String = form_urlencoded::byte_serialize(hosted.trim().as_bytes()).collect();
        let page = format!("{folder}?data={data}&embed=1");
        Some(snippet(&page, &format!("{folder}embed.js"), &props.title))
    };
    html! {
        <section class="publish" aria-label={t(Msg::EditorPanelDownload)}>
            <h2>{ t(Msg::EditorPublishTitle) }</h2>
            if !props.valid {
                <p class="warning-note">{ t(Msg::EditorPublishInvalid) }</p>
            }
            <button type="button" class="primary" onclick={download}>
                { tf(Msg::EditorPublishDownload, &[name.as_str().into()]) }
            </button>
            <h2>{ t(Msg::EditorEmbedTitle) }</h2>
            <label class="field">
                <span class="field-label">{ t(Msg::EditorEmbedHosted) }</span>
                <input type="url" name="hosted"
                       placeholder="https://example.org/articles/my-story.json"
                       value={(*hosted).clone()} oninput={input(&hosted)} />
            </label>
            <label class="field">
                <span class="field-label">{ t(Msg::EditorEmbedExplorer) }</span>
                <input type="url" name="explorer" value={(*explorer).clone()}
                       oninput={input(&explorer)} />
            </label>
            if let Some(code) = code {
                <label class="field">
                    <span class="field-label">{ t(Msg::EditorEmbedCode) }</span>
                    <textarea readonly=true class="snippet" rows="5" value={code} />
                </label>
                <p class="hint">{ t(Msg::EditorEmbedCors) }</p>
            }
        </section>
    }
}
