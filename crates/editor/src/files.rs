//! Reading what a person gives the editor — a file chosen or dropped, or pasted text — into a
//! document (`edit::open`), or into the reasons it cannot be one. Nothing is sent anywhere.

use claimscope_app::i18n::{t, tf};
use claimscope_core::edit::{drafted, open, Document};
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
        opened(open(&name, &bytes), Origin::File(name), &dispatch);
    });
}

/// Drafts a document from pasted text. The drafting alone is measured as `claimscope:draft` in
/// the browser's performance timeline, for the editor's benchmark (scripts/bench-editor.mjs).
pub fn open_text(text: &str, dispatch: &Callback<Action>) {
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(performance) = &performance {
        let _ = performance.mark(DRAFT_START);
    }
    let document = drafted(text);
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
