//! The editor's frame: the bar (open, undo, redo, how saving stands), the text with its selection
//! bar or the Preview, and the inspector with its panels. It owns the state, has every version of
//! the document checked by the core and saved in the browser once it is painted (`checking`), and
//! listens for the keys and the other tabs.

use std::rc::Rc;

use claimscope_core::edit::{Document, Entry};
use claimscope_core::format::file::File;
use claimscope_core::i18n::{Arg, Msg};
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
use crate::state::{Action, EditorState, Origin, Panel, Question, Selected, Storage};
use crate::storage;
use claimscope_app::browser;
use claimscope_app::components::explorer::Explorer;
use claimscope_app::i18n::{locale, t, tf};
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
        (_, false) => String::new(),
        (Storage::Saved, true) => t(Msg::EditorSaved),
        (Storage::OtherTab(_), true) => t(Msg::EditorNotSavedOtherTab),
        (Storage::Refused, true) => t(Msg::EditorNotSavedRefused),
    };
    html! {
        <div class="editor" {ondragover} {ondrop}>
            <header class="editor-bar">
                // The name, the same in every language, and the word after it in the reader's.
                <h1 class="editor-name">
                    { "Claimscope " }<span>{ t(Msg::EditorBarName) }</span>
                </h1>
                <div class="editor-actions">
                    <label class="button file-button">
                        { t(Msg::EditorOpenFile) }
                        <input type="file" class="visually-hidden" data-testid="open"
                               accept=".txt,.json,text/plain,application/json" {onchange} />
                    </label>
                    if state.open {
                        <button type="button" onclick={close} data-testid="close"
                                title={t(Msg::EditorAnotherArticleTitle)}>
                            { t(Msg::EditorAnotherArticle) }
                        </button>
                        <button type="button" onclick={undo} disabled={!state.history.can_undo()}
                                aria-keyshortcuts="Control+Z" title={t(Msg::EditorUndoTitle)}>
                            { t(Msg::EditorUndo) }
                        </button>
                        <button type="button" onclick={redo} disabled={!state.history.can_redo()}
                                aria-keyshortcuts="Control+Shift+Z" title={t(Msg::EditorRedoTitle)}>
                            { t(Msg::EditorRedo) }
                        </button>
                        <button type="button" class="primary" data-testid="download"
                                onclick={download}>
                            { t(Msg::EditorDownload) }
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
                <div class="preview" aria-label={t(Msg::EditorPreview)}>
                    <Explorer article={article.clone()} search={AttrValue::from("")}
                              embedding={embedding.clone()} preview=true />
                </div>
            },
            None => html! {
                <p class="preview-blocked">{ t(Msg::EditorPreviewBlocked) }</p>
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
        let language = AttrValue::from(document.article.language.clone());
        html! {
            <>
                { bar }
                <h2 class="article-title" lang={language.clone()}
                    dir={super::text::text_direction(&language)}>{ &document.article.title }</h2>
                <Text paragraphs={document.paragraphs.clone()} marks={marked.marks.clone()}
                      claim_ids={marked.claim_ids.clone()} actor_ids={marked.actor_ids.clone()}
                      {selected_claim} on_selection={marked.on_selection.clone()}
                      dispatch={dispatch.clone()} {language} />
            </>
        }
    };
    html! {
        <div class="editor-layout" inert={state.held()}>
            <main class="editor-main">
                <div class="mode-tabs" role="group" aria-label={t(Msg::EditorShow)}>
                    <button type="button" aria-pressed={(!state.preview).to_string()}
                            onclick={show(false)}>
                        { t(Msg::EditorText) }
                    </button>
                    <button type="button" aria-pressed={state.preview.to_string()}
                            onclick={show(true)}>
                        { t(Msg::EditorPreview) }
                    </button>
                </div>
                { main }
            </main>
            <aside class="inspector" aria-label={t(Msg::EditorAnnotations)}>
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
        <nav class="panel-tabs" aria-label={t(Msg::EditorPanels)}>
            { for Panel::ALL.iter().map(|&panel| {
                let onclick = dispatch.reform(move |_: MouseEvent| Action::Show(panel));
                let problems =
                    panel == Panel::Check && checked.is_some_and(|c| !c.problems.is_empty());
                html! {
                    <button type="button" aria-pressed={(state.panel == panel).to_string()}
                            {onclick} data-problems={problems.then_some("true")}>
                        { t(panel.label()) }
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
                <button type="button" class="back" onclick={back.clone()}>
                    { t(Msg::EditorBack) }
                </button>
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
                <section class="check" aria-label={t(Msg::EditorPanelCheck)}>
                    <p>{ t(Msg::EditorChecking) }</p>
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
    let open = if state.open { "yes" } else { "no" };
    let problems = refused
        .problems
        .iter()
        .map(|p| html! { <li>{ p.to_string() }</li> });
    html! {
        <section class="notice" role="alert" data-testid="refused">
            if refused.checked {
                <h2>{ tf(Msg::EditorRefusedTitle, &origin(&refused.from)) }</h2>
                <p>{ tf(Msg::EditorRefusedFound, &[open.into()]) }</p>
                <ul data-testid="problems" class="problems">{ for problems }</ul>
            } else {
                <h2>{ t(Msg::EditorUnavailableTitle) }</h2>
                { for refused.problems.iter().map(|p| html! { <p>{ &p.message }</p> }) }
            }
            <button type="button" onclick={dismiss}>{ t(Msg::EditorClose) }</button>
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
            <p>{ t(Msg::EditorOtherTab) }</p>
            <button type="button" onclick={use_theirs}>{ t(Msg::EditorOtherTabTheirs) }</button>
            <button type="button" onclick={keep}>{ t(Msg::EditorOtherTabOurs) }</button>
        </section>
    }
}

fn question(state: &EditorState, document: &Document, dispatch: &Callback<Action>) -> Html {
    let Some(asking) = &state.asking else {
        return Html::default();
    };
    let (title, message, yes) = match asking {
        Question::Replace { from, saved, .. } => {
            let [origin, name] = origin(from);
            let message = match saved {
                Some(_) => tf(Msg::EditorReplaceSaved, &[origin, name]),
                None => tf(
                    Msg::EditorReplaceOpen,
                    &[origin, name, document.article.title.as_str().into()],
                ),
            };
            (
                t(Msg::EditorReplaceTitle),
                message,
                t(Msg::EditorReplaceYes),
            )
        }
        Question::Remove { entry, uses } => {
            let what = match entry {
                Entry::Actor(i) => document.actors.get(*i).map(|a| a.name.clone()),
                Entry::Source(i) => document.sources.get(*i).map(|s| s.outlet.clone()),
                _ => None,
            }
            .unwrap_or_default();
            let list = |claims: &[usize]| {
                let headlines: Vec<String> = claims
                    .iter()
                    .filter_map(|&c| document.claims.get(c))
                    .map(|c| tf(Msg::EditorRemoveHeadline, &[c.headline().into()]))
                    .collect();
                locale().list(&headlines, false)
            };
            // Whole sentences, one after another: those about claims only when there are some.
            let mut said = vec![tf(Msg::EditorRemoveUsed, &[what.as_str().into()])];
            if !uses.by.is_empty() {
                said.push(tf(Msg::EditorRemoveBy, &[Arg::Formatted(&list(&uses.by))]));
            }
            if !uses.about.is_empty() {
                said.push(tf(
                    Msg::EditorRemoveAbout,
                    &[Arg::Formatted(&list(&uses.about))],
                ));
            }
            said.push(t(Msg::EditorRemoveEffect));
            (
                tf(Msg::EditorRemoveTitle, &[what.as_str().into()]),
                said.join(" "),
                t(Msg::EditorRemove),
            )
        }
    };
    html! { <Dialog title={title} message={message} yes={yes} dispatch={dispatch.clone()} /> }
}

/// The arguments that say where an article comes from, as the messages about opening one take
/// them: `$origin` (`file` or `pasted`), then the file's `$name`.
fn origin(from: &Origin) -> [Arg<'_>; 2] {
    match from {
        Origin::File(name) => [Arg::Str("file"), Arg::Str(name)],
        Origin::Pasted => [Arg::Str("pasted"), Arg::Str("")],
    }
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
            Some(title) if !title.is_empty() => tf(Msg::EditorPageTitleArticle, &[title.into()]),
            _ => t(Msg::EditorPageTitle),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The messages about opening an article take where it comes from, then the file's name.
    #[test]
    fn a_file_is_named_and_pasted_text_is_called_the_pasted_text() {
        let file = Origin::File("notes.json".into());
        assert_eq!(
            tf(Msg::EditorRefusedTitle, &origin(&file)),
            "notes.json is not an article Claimscope can open"
        );
        let [pasted, name] = origin(&Origin::Pasted);
        assert_eq!(
            tf(Msg::EditorReplaceOpen, &[pasted, name, "Harbour".into()]),
            "Opening the pasted text closes “Harbour”. Your work on it stays saved in this \
             browser, and you can go on with it later."
        );
    }
}
