//! What the editor shows before an article is open: the ways to start (paste the article's text,
//! choose or drop a file) and the work this browser has saved, to go on with.

use claimscope_app::i18n::{t, tf};
use claimscope_core::draft;
use claimscope_core::edit::Document;
use claimscope_core::format::file::File;
use claimscope_core::i18n::Msg;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::drafter;
use crate::files::open_text;
use crate::state::Action;
use crate::storage;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Start(props: &StartProps) -> Html {
    let pasted = use_state(String::new);
    let saved = use_memo((), |_| storage::all());
    let oninput = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            if !text.trim().is_empty() {
                drafter::prepare();
            }
            pasted.set(text);
        })
    };
    // The text's language: as detected (the choice ""), or as the person sets it.
    let language = use_state(String::new);
    let detected = use_memo((*pasted).clone(), |text| draft::detect(text));
    let onchange = {
        let language = language.clone();
        Callback::from(move |e: Event| {
            language.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let code = match language.as_str() {
        "" => (*detected).to_owned(),
        chosen => chosen.to_owned(),
    };
    // While the drafter downloads and drafts, the button says so and takes no second press.
    let drafting = use_state(|| false);
    let draft = {
        let (pasted, dispatch, code) = (pasted.clone(), props.dispatch.clone(), code.clone());
        let drafting = drafting.clone();
        Callback::from(move |_: MouseEvent| {
            drafting.set(true);
            let drafting = drafting.clone();
            let done = Callback::from(move |()| drafting.set(false));
            open_text(&pasted, &code, &dispatch, done);
        })
    };
    let detected_name =
        draft::language_name(&detected).map_or_else(|| t(Msg::EditorLanguageOther), str::to_owned);
    let options = draft::known_languages().map(|(value, name)| {
        html! { <option {value} lang={value} selected={*language == value}>{ name }</option> }
    });
    let resume = |id: &String, saved: &storage::Saved| {
        let (dispatch, json, revision) =
            (props.dispatch.clone(), saved.json.clone(), saved.revision);
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Ok(file) = serde_json::from_str::<File>(&json) {
                dispatch.emit(Action::Restored {
                    document: Document::from(file),
                    revision,
                });
            }
        });
        let title = if saved.title.trim().is_empty() {
            id
        } else {
            &saved.title
        };
        html! {
            <li key={id.clone()}>
                <button type="button" {onclick}>
                    { tf(Msg::EditorStartGoOn, &[title.as_str().into()]) }
                </button>
            </li>
        }
    };
    html! {
        <main class="start" aria-labelledby="start-title">
            <h2 id="start-title">{ t(Msg::EditorStartTitle) }</h2>
            <p>{ t(Msg::EditorStartIntro) }</p>
            <label class="field">
                <span class="field-label">{ t(Msg::EditorStartPaste) }</span>
                <textarea name="paste" rows="10" value={(*pasted).clone()} {oninput}
                          placeholder={t(Msg::EditorStartPastePlaceholder)} />
            </label>
            <label class="field">
                <span class="field-label">{ t(Msg::EditorLanguage) }</span>
                <select name="language" {onchange}>
                    <option value="" selected={language.is_empty()}>
                        { tf(Msg::EditorLanguageDetected, &[detected_name.as_str().into()]) }
                    </option>
                    { for options }
                    <option value={NO_LISTS} selected={*language == NO_LISTS}>
                        { t(Msg::EditorLanguageOther) }
                    </option>
                </select>
            </label>
            if draft::language_name(&code).is_none() {
                <p class="hint" data-testid="no-lists">{ t(Msg::EditorLanguageNeutral) }</p>
            }
            <button type="button" class="primary" data-testid="draft" aria-busy={drafting.to_string()}
                    disabled={pasted.trim().is_empty() || *drafting} onclick={draft}>
                { t(if *drafting { Msg::EditorStartDrafting } else { Msg::EditorStartDraft }) }
            </button>
            <p class="hint">{ t(Msg::EditorStartHint) }</p>
            if !saved.is_empty() {
                <h2>{ t(Msg::EditorStartSaved) }</h2>
                <ul class="saved">{ for saved.iter().map(|(id, s)| resume(id, s)) }</ul>
            }
        </main>
    }
}

/// The language of a text in a language the drafter has no lists for (BCP 47's “undetermined”),
/// which the drafted file names.
const NO_LISTS: &str = draft::UNDETERMINED;
