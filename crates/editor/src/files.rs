//! Reading what a person gives the editor — a file chosen or dropped, or pasted text — into a
//! document (`edit::open`), or into the reasons it cannot be one. Nothing is sent anywhere.

use std::cell::Cell;

use claimscope_app::browser;
use claimscope_app::i18n::{locale, t, tf};
use claimscope_core::draft;
use claimscope_core::edit::{drafted_in, is_article_file, open, Document};
use claimscope_core::i18n::Msg;
use claimscope_core::{Problem, MAX_FILE_BYTES};
use wasm_bindgen_futures::JsFuture;
use web_sys::FileList;
use yew::Callback;

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
        dispatch.emit(Action::Refused(Refused {
            from: Origin::File(name),
            problems: vec![problem],
            checked: true,
        }));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => {
                let problem = Problem::new("", t(Msg::EditorFileUnreadable));
                dispatch.emit(Action::Refused(Refused {
                    from: Origin::File(name),
                    problems: vec![problem],
                    checked: true,
                }));
                return;
            }
        };
        // A text file is drafted: in its language, whose lists may have to be fetched first.
        let text = std::str::from_utf8(&bytes).ok();
        let text = text.filter(|text| !is_article_file(&name, text));
        let code = text.map_or("en", draft::detect);
        language_ready(code, move |ready| match ready {
            Ok(()) => opened(open(&name, &bytes, locale()), Origin::File(name), &dispatch),
            Err(problem) => refuse(Origin::File(name), problem, &dispatch),
        });
    });
}

thread_local! {
    /// Whether a language's lists are on their way: a second Draft meanwhile is not a second
    /// draft.
    static FETCHING: Cell<bool> = const { Cell::new(false) };
}

/// Makes the drafter's lists for the language `code` ready, then calls `then`: at once where the
/// editor has them or the drafter has none; else once they are fetched from beside the page
/// (`draft::language_file_to_read`) and read, or with what stopped them (the person is told, and
/// nothing is drafted: they may try again, or choose to draft by quotes and names alone).
fn language_ready(code: &str, then: impl FnOnce(Result<(), Problem>) + 'static) {
    let Some(file) = draft::language_file_to_read(code) else {
        return then(Ok(()));
    };
    if FETCHING.replace(true) {
        return;
    }
    let code = code.to_owned();
    browser::fetch_text(file, move |data| {
        FETCHING.set(false);
        let read = data.map(|data| draft::read_language_file(&code, &data));
        if let Some(Ok(())) = read {
            return then(Ok(()));
        }
        let name = draft::language_name(&code).unwrap_or(&code);
        then(Err(Problem::new(
            "",
            tf(Msg::EditorLanguageUnavailable, &[name.into()]),
        )));
    });
}

/// Tells the person why nothing was drafted.
fn refuse(from: Origin, problem: Problem, dispatch: &Callback<Action>) {
    dispatch.emit(Action::Refused(Refused {
        from,
        problems: vec![problem],
        checked: false,
    }));
}

/// Drafts a document from pasted text, read in the language `code` (BCP 47): at once where the
/// editor has that language's lists or the drafter has none, else once they are fetched.
pub fn open_text(text: &str, code: &str, dispatch: &Callback<Action>) {
    let (text, owned, dispatch) = (text.to_owned(), code.to_owned(), dispatch.clone());
    language_ready(code, move |ready| match ready {
        Ok(()) => draft_text(&text, &owned, &dispatch),
        Err(problem) => refuse(Origin::Pasted, problem, &dispatch),
    });
}

/// Drafts a document from pasted text. The drafting alone is measured as `claimscope:draft` in
/// the browser's performance timeline, for the editor's benchmark (scripts/bench-editor.mjs).
fn draft_text(text: &str, code: &str, dispatch: &Callback<Action>) {
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(performance) = &performance {
        let _ = performance.mark(DRAFT_START);
    }
    let document = drafted_in(text, code, locale());
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark("claimscope:draft", DRAFT_START);
        performance.clear_marks_with_mark_name(DRAFT_START);
    }
    opened(document, Origin::Pasted, dispatch);
}

const DRAFT_START: &str = "claimscope:draft-start";

fn opened(result: Result<Document, Vec<Problem>>, from: Origin, dispatch: &Callback<Action>) {
    match result {
        Ok(document) => {
            let saved = storage::load(&document.article.id).map(|saved| saved.revision);
            dispatch.emit(Action::Opened {
                document,
                from,
                saved,
            });
        }
        Err(problems) => dispatch.emit(Action::Refused(Refused {
            from,
            problems,
            checked: true,
        })),
    }
}
