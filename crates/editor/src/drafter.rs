//! The drafter, a build of its own (`crates/drafter`), which the editor imports and starts the
//! first time it needs it (through `web/boot.js`'s `claimscopeImport`, since an import is a
//! script's to make), so that the editor's download carries none of the drafter's rules — most
//! of its code — and a person who opens a file or goes on with saved work never downloads them.
//! The editor asks when text is pasted, and drafts a short text with it then, so that the drafter
//! is ready, its code compiled, by the time Draft is pressed.

use std::cell::{Cell, RefCell};

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{future_to_promise, JsFuture};

use crate::idle::when_idle;

/// How long the editor waits for the drafter's download (155 KB) before it says it could not.
const WAIT_MS: i32 = 30_000;

/// The drafter, started: its module's exports.
pub struct Drafter(JsValue);

impl Drafter {
    /// The drafter, fetched and started the first time (a second call while it is on its way
    /// waits for the same one); afresh after it stopped part-way, or could not be fetched. What
    /// stopped it where it cannot be fetched.
    pub async fn start() -> Result<Drafter, JsValue> {
        if STOPPED.replace(false) {
            STARTING.set(None);
        }
        let starting = match STARTING.with_borrow(Clone::clone) {
            Some(starting) => starting,
            None => {
                let starting = begin()?;
                STARTING.set(Some(starting.clone()));
                starting
            }
        };
        let started = JsFuture::from(starting.clone()).await;
        if started.is_err() {
            STARTING.with_borrow_mut(|current| {
                if current
                    .as_ref()
                    .is_some_and(|c| JsValue::from(c) == JsValue::from(&starting))
                {
                    *current = None;
                }
            });
        }
        started.map(Drafter)
    }

    /// The file drafted from `text` read in the language `code` (BCP 47), as JSON, with `lists`,
    /// that language's file of word lists where the drafter needs it
    /// (`draft::language_file_to_read`), or why there is none.
    pub fn draft(&self, text: &str, code: &str, lists: &str) -> Result<String, Failure> {
        let draft = Reflect::get(&self.0, &"draft".into());
        let draft = draft.ok().and_then(|d| d.dyn_into::<Function>().ok());
        let args = [text, code, lists].map(JsValue::from);
        let json = draft.map(|d| d.call3(&JsValue::NULL, &args[0], &args[1], &args[2]));
        match json {
            Some(Ok(json)) => json.as_string().ok_or(Failure::Stopped),
            // The drafter's own answer, a text: the lists cannot be read.
            Some(Err(refused)) if refused.is_string() => Err(Failure::Lists),
            // A trap, or no drafter at all: it is not asked again.
            _ => {
                STOPPED.set(true);
                Err(Failure::Stopped)
            }
        }
    }
}

/// Why the drafter made no file of a text.
pub enum Failure {
    /// The language's lists it was given cannot be read.
    Lists,
    /// It stopped part-way (a WebAssembly trap), or gave no file.
    Stopped,
}

/// Imports the drafter's glue and starts its WebAssembly, given up after [`WAIT_MS`]: the
/// module, started. After the first, under an address of its own (`?2`, …): a browser imports a
/// module that failed once, or is kept for one that stopped, never again under the same one.
fn begin() -> Result<Promise, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let boot = window
        .document()
        .map(|d| d.query_selector("script[data-claimscope-drafter-js]"));
    let boot = boot.and_then(Result::ok).flatten().ok_or(JsValue::NULL)?;
    let attribute = |name| boot.get_attribute(name).ok_or(JsValue::NULL);
    let (glue, wasm) = (
        attribute("data-claimscope-drafter-js")?,
        attribute("data-claimscope-drafter-wasm")?,
    );
    let starts = STARTS.replace(STARTS.get() + 1);
    let address = match starts {
        0 => glue,
        _ => format!("{glue}?{}", starts + 1),
    };
    let import: Function = Reflect::get(&window, &"claimscopeImport".into())?.dyn_into()?;
    let imported: Promise = import.call1(&window, &address.into())?.dyn_into()?;
    let started = future_to_promise(async move {
        let module = JsFuture::from(imported).await?;
        let init: Function = Reflect::get(&module, &"default".into())?.dyn_into()?;
        let options = Object::new();
        Reflect::set(&options, &"module_or_path".into(), &wasm.into())?;
        let initialised: Promise = init.call1(&JsValue::NULL, &options)?.dyn_into()?;
        JsFuture::from(initialised).await?;
        Ok(module)
    });
    let stalled = Promise::new(&mut |_, reject| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, WAIT_MS);
    });
    Ok(Promise::race(&Array::of2(&started, &stalled)))
}

thread_local! {
    /// The drafter's module, started or on its way.
    static STARTING: RefCell<Option<Promise>> = const { RefCell::new(None) };
    /// How many times the drafter was imported.
    static STARTS: Cell<u32> = const { Cell::new(0) };
    /// Whether the drafter stopped on a text since it was last started.
    static STOPPED: Cell<bool> = const { Cell::new(false) };
    /// Whether [`prepare`] has run.
    static PREPARED: Cell<bool> = const { Cell::new(false) };
}

/// Starts the drafter once the browser is idle and drafts a short text with it, thrown away:
/// the browser compiles the drafter's code the first time it runs, which would otherwise be part
/// of the wait for the person's own draft. Once for the page.
pub fn prepare() {
    if PREPARED.replace(true) {
        return;
    }
    when_idle(|| {
        wasm_bindgen_futures::spawn_local(async {
            if let Ok(drafter) = Drafter::start().await {
                let _ = drafter.draft(WARM_UP, "en", "");
            }
        });
    });
}

/// A few sentences that go through the drafter's rules: a headline, a byline, a quotation, a
/// speech verb, a denial, a citation and a reference list.
const WARM_UP: &str =
    "Harbour to reopen, mayor says\n\nBy Ana Perez\n\nThe harbour will reopen on \
Monday, the mayor of Valdora said on Friday. “We are ready,” said Mayor Tom Reyes. The Port \
Authority denied that a date had been set (Port Gazette, 2024).\n\nReferences\n\nPort Gazette \
(2024). Harbour closed after storm. https://example.org/harbour\n";
