//! Reading what a person gives the editor — a file chosen or dropped, or pasted text — into a
//! document (`edit::open`), or into the reasons it cannot be one. Nothing is sent anywhere.

use claimscope_app::browser;
use claimscope_app::i18n::{t, tf};
use claimscope_core::draft;
use claimscope_core::edit::{drafted_in, open, Document};
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
                }));
                return;
            }
        };
        // A text file is drafted: in its language, whose lists may have to be fetched first.
        let text = std::str::from_utf8(&bytes).ok();
        let text = text.filter(|t| !name.ends_with(".json") && !t.trim_start().starts_with('{'));
        let code = text.map_or("en", draft::detect);
        language_ready(code, move || {
            opened(open(&name, &bytes), Origin::File(name), &dispatch)
        });
    });
}

/// Makes the drafter's lists for the language `code` ready, then calls `then`: at once where the
/// editor has them or the drafter has none; else once they are fetched from beside the page
/// (`draft::language_file_to_read`) and read. Where they cannot be had, the text is drafted with
/// the language-neutral rules.
fn language_ready(code: &str, then: impl FnOnce() + 'static) {
    let Some(file) = draft::language_file_to_read(code) else {
        return then();
    };
    let code = code.to_owned();
    browser::fetch_text(file, move |data| {
        if let Some(data) = data {
            let _ = draft::read_language_file(&code, &data);
        }
        then();
    });
}

/// Drafts a document from pasted text, read in the language `code` (BCP 47): at once where the
/// editor has that language's lists or the drafter has none, else once they are fetched.
pub fn open_text(text: &str, code: &str, dispatch: &Callback<Action>) {
    let (text, owned, dispatch) = (text.to_owned(), code.to_owned(), dispatch.clone());
    language_ready(code, move || draft_text(&text, &owned, &dispatch));
}

/// Drafts a document from pasted text. The drafting alone is measured as `claimscope:draft` in
/// the browser's performance timeline, for the editor's benchmark (scripts/bench-editor.mjs).
fn draft_text(text: &str, code: &str, dispatch: &Callback<Action>) {
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(performance) = &performance {
        let _ = performance.mark(DRAFT_START);
    }
    let document = drafted_in(text, code);
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
        Err(problems) => dispatch.emit(Action::Refused(Refused { from, problems })),
    }
}
