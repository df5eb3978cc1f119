//! Reading what a person gives the editor — a file chosen or dropped, or pasted text — into a
//! document (`edit::open`, and the drafter for a text), or into the reasons it cannot be one.
//! Nothing is sent anywhere.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use claimscope_app::browser;
use claimscope_app::i18n::{locale, t, tf};
use claimscope_core::draft;
use claimscope_core::edit::{open, Document, Opened};
use claimscope_core::format::file::File;
use claimscope_core::i18n::Msg;
use claimscope_core::{Problem, MAX_FILE_BYTES};
use wasm_bindgen_futures::JsFuture;
use web_sys::FileList;
use yew::Callback;

use super::drafter::{Drafter, Failure};
use super::state::{Action, Origin, Refused};
use super::storage;

/// Opens the first of `files`.
pub fn open_files(files: Option<FileList>, dispatch: Callback<Action>) {
    let Some(file) = files.and_then(|files| files.get(0)) else {
        return;
    };
    let name = file.name();
    if file.size() > MAX_FILE_BYTES as f64 {
        let megabytes = MAX_FILE_BYTES / 1_048_576;
        let problem = Problem::new("", tf(Msg::EditorFileTooLarge, &[megabytes.into()]));
        return refuse(Origin::File(name), vec![problem], true, &dispatch);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => {
                let problem = Problem::new("", t(Msg::EditorFileUnreadable));
                return refuse(Origin::File(name), vec![problem], true, &dispatch);
            }
        };
        match open(&name, &bytes, locale()) {
            Ok(Opened::Article(document)) => opened(document, Origin::File(name), &dispatch),
            Ok(Opened::Text(text)) => {
                let code = draft::detect(&text).to_owned();
                draft_text(text, code, Origin::File(name), dispatch);
            }
            Err(problems) => refuse(Origin::File(name), problems, true, &dispatch),
        }
    });
}

thread_local! {
    /// Whether a text is being drafted: a second Draft meanwhile is not a second draft.
    static DRAFTING: Cell<bool> = const { Cell::new(false) };
    /// The languages' lists fetched so far, by language: fetched once for the page, so that a
    /// second draft in a language needs no connection.
    static LISTS: RefCell<Vec<(String, Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

/// Drafts a document from pasted text, read in the language `code` (BCP 47), then calls `done`
/// (whether or not a document came of it).
pub fn open_text(text: &str, code: &str, dispatch: &Callback<Action>, done: Callback<()>) {
    let (dispatch, finished) = (dispatch.clone(), done.clone());
    let then = Callback::from(move |action: Action| {
        dispatch.emit(action);
        finished.emit(());
    });
    if !draft_text(text.to_owned(), code.to_owned(), Origin::Pasted, then) {
        done.emit(());
    }
}

/// Drafts a document from `text`, read in the language `code`: with the drafter's build,
/// fetched the first time ([`Drafter`]), and the language's lists where the drafter needs them,
/// fetched from beside the page (`draft::language_file_to_read`). Where either cannot be
/// fetched, or the drafter stops, the person is told and nothing is drafted: they may try again,
/// or choose to draft by quotes and names alone. Whether it started: not while another text is
/// being drafted.
fn draft_text(text: String, code: String, from: Origin, dispatch: Callback<Action>) -> bool {
    if DRAFTING.replace(true) {
        return false;
    }
    let file = draft::language_file_to_read(&code);
    let language = code.clone();
    let with_lists = move |lists: Option<Rc<str>>| {
        wasm_bindgen_futures::spawn_local(async move {
            let document = match lists {
                Some(lists) => drafted(&text, &code, &lists).await,
                None => Err(unavailable(&code)),
            };
            DRAFTING.set(false);
            match document {
                Ok(document) => opened(document, from, &dispatch),
                Err(problem) => refuse(from, vec![problem], false, &dispatch),
            }
        });
    };
    let Some(file) = file else {
        with_lists(Some(Rc::from("")));
        return true;
    };
    let cached = LISTS.with_borrow(|lists| {
        let cached = lists.iter().find(|(c, _)| *c == language);
        cached.map(|(_, lists)| Rc::clone(lists))
    });
    match cached {
        Some(lists) => with_lists(Some(lists)),
        None => browser::fetch_text(file, move |fetched| {
            let fetched: Option<Rc<str>> = fetched.map(Rc::from);
            if let Some(lists) = &fetched {
                LISTS.with_borrow_mut(|all| all.push((language, Rc::clone(lists))));
            }
            with_lists(fetched);
        }),
    }
    true
}

/// The document the drafter makes of `text` in the language `code` with its `lists`, or why
/// there is none. The drafting alone is measured as `claimscope:draft` in the browser's
/// performance timeline, for the editor's benchmark (scripts/bench-editor.mjs).
async fn drafted(text: &str, code: &str, lists: &str) -> Result<Document, Problem> {
    let problem = |msg| Problem::new("", t(msg));
    let drafter = Drafter::start().await;
    let drafter = drafter.map_err(|_| problem(Msg::EditorDrafterUnavailable))?;
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(performance) = &performance {
        let _ = performance.mark(DRAFT_START);
    }
    let json = drafter.draft(text, code, lists);
    let file = json.map(|json| serde_json::from_str::<File>(&json).map(Document::from));
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark("claimscope:draft", DRAFT_START);
        performance.clear_marks_with_mark_name(DRAFT_START);
    }
    match file {
        Ok(Ok(document)) => Ok(document),
        Err(Failure::Lists) => {
            // Fetched afresh on the next try.
            LISTS.with_borrow_mut(|all| all.retain(|(c, _)| c != code));
            Err(unavailable(code))
        }
        Ok(Err(_)) | Err(Failure::Stopped) => Err(problem(Msg::EditorDrafterStopped)),
    }
}

/// Why nothing was drafted in the language `code`: its lists could not be fetched or read.
fn unavailable(code: &str) -> Problem {
    let name = draft::language_name(code).unwrap_or(code);
    Problem::new("", tf(Msg::EditorLanguageUnavailable, &[name.into()]))
}

/// Tells the person why nothing was opened: `problems` the checker found in a file (`checked`),
/// or why nothing was drafted.
fn refuse(from: Origin, problems: Vec<Problem>, checked: bool, dispatch: &Callback<Action>) {
    dispatch.emit(Action::Refused(Refused {
        from,
        problems,
        checked,
    }));
}

const DRAFT_START: &str = "claimscope:draft-start";

fn opened(document: Document, from: Origin, dispatch: &Callback<Action>) {
    let saved = storage::load(&document.article.id).map(|saved| saved.revision);
    dispatch.emit(Action::Opened {
        document,
        from,
        saved,
    });
}
