//! The editor's frame: the bar (open, undo, redo, how saving stands), the text with its selection
//! bar or the Preview, and the inspector with its panels. It owns the state, has every version of
//! the document checked by the core and saved in the browser once it is painted (`checking`), and
//! listens for the keys and the other tabs.

use std::rc::Rc;

use claimscope_core::edit::{Document, Entry};
use claimscope_core::format::file::File;
use claimscope_core::Embedding;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent, StorageEvent};
use yew::prelude::*;

use super::check::{check, CheckProps};
use super::checking::{use_checking, Checked};
use super::claim_form::{claim_form, ClaimFormProps};
use super::dialog::Dialog;
use super::entry_forms::{actor_form, article_form, event_form, source_form};
use super::lists;
use super::publish::Publish;
use super::start::Start;
use super::text::{selection_bar, Marks, SelectionBarProps, Text, TextSelection};
use crate::files::open_files;
use crate::state::{Action, EditorState, Panel, Question, Selected, Storage};
use crate::storage;
use claimscope_app::browser;
use claimscope_app::components::explorer::Explorer;
use claimscope_app::shared::Shared;

#[function_component]
pub fn Editor() -> Html {
    let state = use_reducer(EditorState::default);
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let selection = use_state(|| None::<TextSelection>);
    // One for the editor's life: a new one each render would render the Preview again each time.
    let preview_embedding = (*use_memo((), |_| Shared::new(Embedding::default()))).clone();
    use_restore(&dispatch);
    use_keys(&dispatch);
    let shows_verdict = state.open && (state.panel == Panel::Check || state.preview);
    let checked = use_checking(&state, &dispatch, shows_verdict);
    use_other_tabs(&state, &dispatch);
    use_leave_guard(state.unsaved());
    use_title(state.open.then(|| state.document().article.title.clone()));
    use_focus(&state);
    use_show_selected(state.selected);
    let marked = MarkedText {
        marks: use_marks(state.document()),
        claim_ids: use_memo(
            state
                .document()
                .claims
                .iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>(),
            |ids| ids.clone(),
        ),
        actor_ids: use_memo(
            state
                .document()
                .actors
                .iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>(),
            |ids| ids.clone(),
        ),
        on_selection: {
            let set = selection.setter();
            (*use_memo((), move |_| Callback::from(move |s| set.set(s)))).clone()
        },
    };

    let document = state.document();
    let onchange = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            open_files(input.files(), dispatch.clone());
            // The same file chosen again is a new choice.
            input.set_value("");
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            open_files(e.data_transfer().and_then(|d| d.files()), dispatch.clone());
        })
    };
    let download = {
        let document = document.clone();
        Callback::from(move |_: MouseEvent| {
            let id = &document.article.id;
            let name = if id.is_empty() { "article" } else { id };
            browser::save_text(
                &format!("{name}.json"),
                &document.to_json(),
                "application/json",
            )
        })
    };
    let close = dispatch.reform(|_: MouseEvent| Action::Close);
    let undo = dispatch.reform(|_: MouseEvent| Action::Undo);
    let redo = dispatch.reform(|_: MouseEvent| Action::Redo);
    let saving = match (&state.storage, state.open) {
        (_, false) => "",
        (Storage::Saved, true) => "Saved in this browser",
        (Storage::OtherTab(_), true) => "Not saved: changed in another tab",
        (Storage::Refused, true) => {
            "Not saved: this browser refuses to store it — download the file"
        }
    };
    html! {
        <div class="editor" {ondragover} {ondrop}>
            <header class="editor-bar">
                <h1 class="editor-name">{ "Claimscope " }<span>{ "editor" }</span></h1>
                <div class="editor-actions">
                    <label class="button file-button">
                        { "Open a file…" }
                        <input type="file" class="visually-hidden" data-testid="open"
                               accept=".txt,.json,text/plain,application/json" {onchange} />
                    </label>
                    if state.open {
                        <button type="button" onclick={close} data-testid="close"
                                title="Paste or open another article; this one stays saved">
                            { "Another article…" }
                        </button>
                        <button type="button" onclick={undo} disabled={!state.history.can_undo()}
                                aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
                            { "Undo" }
                        </button>
                        <button type="button" onclick={redo} disabled={!state.history.can_redo()}
                                aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
                            { "Redo" }
                        </button>
                        <button type="button" class="primary" data-testid="download"
                                onclick={download}>
                            { "Download" }
                        </button>
                    }
                    <p class="saving" role="status" data-testid="saving">{ saving }</p>
                </div>
            </header>
            { refused_notice(&state, &dispatch) }
            { other_tab_banner(&state, &dispatch) }
            if state.open {
                { workspace(
                    &state,
                    checked.as_deref(),
                    document,
                    &selection,
                    &marked,
                    &preview_embedding,
                    &dispatch,
                ) }
            } else {
                <Start dispatch={dispatch.clone()} />
            }
            { question(&state, document, &dispatch) }
        </div>
    }
}

/// What the text shows besides its words, kept from one version to the next while it stays the
/// same, so that an edit that moves no quote or name renders no paragraph again.
struct MarkedText {
    marks: Shared<Marks>,
    claim_ids: Rc<Vec<String>>,
    actor_ids: Rc<Vec<String>>,
    on_selection: Callback<Option<TextSelection>>,
}

/// Each paragraph's marks, marked again only when an edit changed what marks read (a quote, a
/// name, the text); a paragraph whose marks come out the same keeps its list.
#[hook]
fn use_marks(document: &Document) -> Shared<Marks> {
    let cache = use_mut_ref(|| None::<(Document, Shared<Marks>)>);
    let mut cache = cache.borrow_mut();
    if let Some((before, marks)) = cache.as_mut() {
        if document.marks_unchanged(before) {
            // The entries of this version, so that the next comparison finds them by pointer.
            *before = document.clone();
            return marks.clone();
        }
    }
    let old = cache.as_ref().map(|(_, marks)| marks.clone());
    let marks: Marks = document
        .all_marks()
        .into_iter()
        .enumerate()
        .map(|(p, fresh)| match old.as_ref().and_then(|old| old.get(p)) {
            Some(kept) if **kept == fresh => kept.clone(),
            _ => Rc::new(fresh),
        })
        .collect();
    let marks = Shared::new(marks);
    *cache = Some((document.clone(), marks.clone()));
    marks
}

/// The text or the Preview beside the inspector.
fn workspace(
    state: &EditorState,
    checked: Option<&Checked>,
    document: &Document,
    selection: &UseStateHandle<Option<TextSelection>>,
    marked: &MarkedText,
    embedding: &Shared<Embedding>,
    dispatch: &Callback<Action>,
) -> Html {
    let selected_claim = match state.selected {
        Selected::Claim(i) => Some(i),
        _ => None,
    };
    let show = |preview: bool| dispatch.reform(move |_: MouseEvent| Action::Preview(preview));
    let main = if state.preview {
        match checked.and_then(|c| c.article.as_ref()) {
            Some(article) => html! {
                <div class="preview" aria-label="Preview">
                    <Explorer article={article.clone()} search={AttrValue::from("")}
                              embedding={embedding.clone()} preview=true />
                </div>
            },
            None => html! {
                <p class="preview-blocked">
                    { "The explorer cannot show the file until the problems under \
                       Check are fixed." }
                </p>
            },
        }
    } else {
        let bar = selection_bar(&SelectionBarProps {
            selection: selection.as_ref(),
            actors: document
                .actors
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect(),
            likely: selection
                .as_ref()
                .and_then(|s| document.likely_actor(&s.text, s.paragraph, s.range.start)),
            dispatch,
        });
        html! {
            <>
                { bar }
                <h2 class="article-title">{ &document.article.title }</h2>
                <Text paragraphs={document.paragraphs.clone()} marks={marked.marks.clone()}
                      claim_ids={marked.claim_ids.clone()} actor_ids={marked.actor_ids.clone()}
                      {selected_claim} on_selection={marked.on_selection.clone()}
                      dispatch={dispatch.clone()} />
            </>
        }
    };
    html! {
        <div class="editor-layout" inert={state.held()}>
            <main class="editor-main">
                <div class="mode-tabs" role="group" aria-label="Show">
                    <button type="button" aria-pressed={(!state.preview).to_string()}
                            onclick={show(false)}>
                        { "Text" }
                    </button>
                    <button type="button" aria-pressed={state.preview.to_string()}
                            onclick={show(true)}>
                        { "Preview" }
                    </button>
                </div>
                { main }
            </main>
            <aside class="inspector" aria-label="Annotations">
                { panel_tabs(state, checked, document, dispatch) }
                <div class="panel">
                    { panel(state, checked, document, selection.as_ref(), dispatch) }
                </div>
            </aside>
        </div>
    }
}

fn panel_tabs(
    state: &EditorState,
    checked: Option<&Checked>,
    document: &Document,
    dispatch: &Callback<Action>,
) -> Html {
    let count = |panel: Panel| match panel {
        Panel::Check => checked.map(|c| c.problems.len() + c.warnings.len()),
        Panel::Claims => Some(document.claims.len()),
        Panel::Actors => Some(document.actors.len()),
        Panel::Sources => Some(document.sources.len()),
        Panel::Events => Some(document.events.len()),
        Panel::Article | Panel::Publish => None,
    };
    html! {
        <nav class="panel-tabs" aria-label="Panels">
            { for Panel::ALL.iter().map(|&panel| {
                let onclick = dispatch.reform(move |_: MouseEvent| Action::Show(panel));
                let problems =
                    panel == Panel::Check && checked.is_some_and(|c| !c.problems.is_empty());
                html! {
                    <button type="button" aria-pressed={(state.panel == panel).to_string()}
                            {onclick} data-problems={problems.then_some("true")}>
                        { panel.label() }
                        if let Some(n) = count(panel) { <span class="count">{ n }</span> }
                    </button>
                }
            }) }
        </nav>
    }
}

fn panel(
    state: &EditorState,
    checked: Option<&Checked>,
    document: &Document,
    selection: Option<&TextSelection>,
    dispatch: &Callback<Action>,
) -> Html {
    let back = dispatch.reform(|_: MouseEvent| Action::Select(Selected::Nothing));
    let form = |form: Html| {
        html! {
            <>
                <button type="button" class="back" onclick={back.clone()}>{ "← All" }</button>
                { form }
            </>
        }
    };
    match (state.panel, state.selected) {
        (Panel::Check, _) => match checked {
            Some(checked) => check(&CheckProps {
                problems: &checked.problems,
                warnings: &checked.warnings,
                article: checked.article.as_deref(),
                findings: &checked.findings,
                dispatch,
            }),
            None => html! {
                <section class="check" aria-label="Check">
                    <p>{ "Checking the file…" }</p>
                </section>
            },
        },
        (Panel::Claims, Selected::Claim(i)) => form(claim_form(&ClaimFormProps {
            document,
            claim: i,
            selection,
            dispatch,
        })),
        (Panel::Claims, _) => lists::claims(document, state.selected, dispatch),
        (Panel::Actors, Selected::Actor(i)) => form(actor_form(document, i, dispatch)),
        (Panel::Actors, _) => lists::actors(document, state.selected, dispatch),
        (Panel::Sources, Selected::Source(i)) => form(source_form(document, i, dispatch)),
        (Panel::Sources, _) => lists::sources(document, state.selected, dispatch),
        (Panel::Events, Selected::Event(i)) => form(event_form(document, i, dispatch)),
        (Panel::Events, _) => lists::events(document, state.selected, dispatch),
        (Panel::Article, _) => article_form(document, dispatch),
        (Panel::Publish, _) => html! {
            <Publish id={AttrValue::from(document.article.id.clone())}
                     title={AttrValue::from(document.article.title.clone())}
                     json={AttrValue::from(document.to_json())}
                     valid={checked.is_some_and(|c| c.problems.is_empty())} />
        },
    }
}

fn refused_notice(state: &EditorState, dispatch: &Callback<Action>) -> Html {
    let Some(refused) = &state.refused else {
        return Html::default();
    };
    let dismiss = dispatch.reform(|_: MouseEvent| Action::Dismiss);
    let kept = if state.open {
        " The article you had open is unchanged."
    } else {
        ""
    };
    html! {
        <section class="notice" role="alert" data-testid="refused">
            <h2>{ format!("{} is not an article Claimscope can open", refused.name) }</h2>
            <p>{ format!("The checker found:{kept}") }</p>
            <ul data-testid="problems" class="problems">
                { for refused.problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
            </ul>
            <button type="button" onclick={dismiss}>{ "Close" }</button>
        </section>
    }
}

fn other_tab_banner(state: &EditorState, dispatch: &Callback<Action>) -> Html {
    let Storage::OtherTab(theirs) = &state.storage else {
        return Html::default();
    };
    let use_theirs = {
        let (dispatch, theirs) = (dispatch.clone(), theirs.clone());
        Callback::from(move |_: MouseEvent| {
            if let Ok(file) = serde_json::from_str::<File>(&theirs.json) {
                dispatch.emit(Action::UseTheirs(Document::from(file), theirs.revision));
            }
        })
    };
    let keep = {
        let dispatch = dispatch.clone();
        let (id, title, json) = (
            state.document().article.id.clone(),
            state.document().article.title.clone(),
            state.document().to_json(),
        );
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(match storage::overwrite(&id, &title, &json) {
                Ok(revision) => Action::Saved(revision),
                Err(_) => Action::Storage(Storage::Refused),
            })
        })
    };
    html! {
        <section class="notice" role="alert" data-testid="other-tab">
            <p>{ "This article was changed in another tab or window since this one last saved it. \
                  Which version do you want to keep? Editing here waits for your choice, so that \
                  no change is made that cannot be saved." }</p>
            <button type="button" onclick={use_theirs}>{ "The other tab's" }</button>
            <button type="button" onclick={keep}>{ "This tab's" }</button>
        </section>
    }
}

fn question(state: &EditorState, document: &Document, dispatch: &Callback<Action>) -> Html {
    let Some(asking) = &state.asking else {
        return Html::default();
    };
    let (title, message, yes) = match asking {
        Question::Replace { name, saved, .. } => (
            "Open another article?".to_string(),
            match (saved, state.open) {
                (Some(_), _) => format!(
                    "This browser has saved work on the same article. Opening {name} replaces it \
                     with the file as it is; download your work first if you want to keep it."
                ),
                (None, _) => format!(
                    "Opening {name} closes “{}”. Your work on it stays saved in this browser, \
                     and you can go on with it later.",
                    document.article.title
                ),
            },
            "Open it",
        ),
        Question::Remove { entry, uses } => {
            let what = match entry {
                Entry::Actor(i) => document.actors.get(*i).map(|a| a.name.clone()),
                Entry::Source(i) => document.sources.get(*i).map(|s| s.outlet.clone()),
                _ => None,
            }
            .unwrap_or_default();
            let list = |claims: &[usize]| {
                claims
                    .iter()
                    .filter_map(|&c| document.claims.get(c))
                    .map(|c| format!("“{}”", c.headline()))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mut said = format!("{what} is still used.");
            if !uses.by.is_empty() {
                said.push_str(&format!(" Claims by or citing it: {}.", list(&uses.by)));
            }
            if !uses.about.is_empty() {
                said.push_str(&format!(" Claims about it: {}.", list(&uses.about)));
            }
            said.push_str(
                " Removing it takes it out of those claims (claims it makes go to the author, \
                 marked to check again). You can undo this.",
            );
            (format!("Remove {what}?"), said, "Remove")
        }
    };
    html! { <Dialog title={title} message={message} yes={yes} dispatch={dispatch.clone()} /> }
}

/// Opens the work saved last in this browser, once, and says the editor is ready.
#[hook]
fn use_restore(dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let saved = storage::last().and_then(|id| storage::load(&id));
        if let Some(saved) = saved {
            if let Ok(file) = serde_json::from_str::<File>(&saved.json) {
                dispatch.emit(Action::Restored {
                    document: Document::from(file),
                    revision: saved.revision,
                });
            }
        }
        browser::remove_prerendered();
        browser::set_document_state("ready");
    });
}

/// Notices when another tab saves the open article.
#[hook]
fn use_other_tabs(state: &UseReducerHandle<EditorState>, dispatch: &Callback<Action>) {
    let id = state.document().article.id.clone();
    let revision = state.revision;
    let dispatch = dispatch.clone();
    use_effect_with((id, revision), move |(id, revision)| {
        let (id, revision) = (id.clone(), *revision);
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<StorageEvent>() else {
                    return;
                };
                if !storage::is_about(event.key(), &id) {
                    return;
                }
                if let Some(theirs) = storage::load(&id).filter(|s| s.revision > revision) {
                    dispatch.emit(Action::Storage(Storage::OtherTab(theirs)));
                }
            })
        });
        move || drop(listener)
    });
}

/// The tab's title names the open article, so that a person with several tabs finds it.
#[hook]
fn use_title(article: Option<String>) {
    use_effect_with(article, |article| {
        let title = match article.as_deref().map(str::trim) {
            Some(title) if !title.is_empty() => format!("{title} · Claimscope editor"),
            _ => "Claimscope editor".to_string(),
        };
        gloo::utils::document().set_title(&title);
    });
}

/// Leaving the page (closing, reloading, following a link) asks first while this tab holds work
/// the browser could not save.
#[hook]
fn use_leave_guard(unsaved: bool) {
    let flag = use_mut_ref(|| false);
    *flag.borrow_mut() = unsaved;
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "beforeunload", options, move |event| {
                if *flag.borrow() {
                    event.prevent_default();
                    // Older engines ask only when the event's returnValue is set.
                    let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"unsaved".into());
                }
            })
        });
        move || drop(listener)
    });
}

/// Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes, except in a field, which undoes its own
/// typing.
#[hook]
fn use_keys(dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            // Not passive: the browser's own undo is prevented.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if !(key.ctrl_key() || key.meta_key()) || in_field(key) {
                    return;
                }
                let action = match (key.key().to_lowercase().as_str(), key.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                key.prevent_default();
                dispatch.emit(action);
            })
        });
        move || drop(listener)
    });
}

fn in_field(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// On a narrow screen the inspector sits below the text: an entry opened from the text is
/// scrolled into view there.
#[hook]
fn use_show_selected(selected: Selected) {
    use_effect_with(selected, |selected| {
        let narrow = web_sys::window()
            .and_then(|w| w.match_media("(max-width: 60rem)").ok().flatten())
            .is_some_and(|m| m.matches());
        if narrow && *selected != Selected::Nothing {
            if let Some(panel) = gloo::utils::document()
                .query_selector(".inspector")
                .ok()
                .flatten()
            {
                panel.scroll_into_view();
            }
        }
    });
}

/// Puts the cursor in the field a problem pointed at.
#[hook]
fn use_focus(state: &UseReducerHandle<EditorState>) {
    let focus = state.focus.clone();
    use_effect_with(focus, |focus| {
        if let Some((field, _)) = focus {
            let selector = if field.is_empty() {
                ".panel .entry-form, .panel".to_string()
            } else {
                format!(".panel [name=\"{field}\"]")
            };
            browser::focus(&selector);
        }
    });
}
