//! The explorer's few direct calls into the browser: the address bar, the root element's state
//! and theme, the page's data blocks, downloading an article file or a language's messages,
//! saving exports, the clipboard, and scrolling a claim into view. Each one tolerates a missing
//! window or element.

use claimscope_core::format::packed::SCRIPT_ID;
use claimscope_core::i18n::{Locale, Msg};
use claimscope_core::{Embedding, Problem, Theme, MAX_FILE_BYTES};
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element the app renders into.
pub fn app_root() -> Option<Element> {
    document()?.get_element_by_id("app")
}

/// The page's address without its query string and fragment: where the explorer lives.
pub fn page_address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The address bar's query string, `?` included.
pub fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Puts `search` in the address bar without reloading: a new history entry when `push`.
pub fn set_location_search(search: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let hash = window.location().hash().unwrap_or_default();
    let url = format!("{path}{search}{hash}");
    let state = wasm_bindgen::JsValue::NULL;
    // A refused history update (e.g. in a sandboxed frame) leaves the explorer working. In a
    // frame the history is the host page's too: an embed only replaces its own entry, so the
    // reader's Back button leaves the news page instead of stepping through the explorer's tabs.
    let _ = if push && !in_frame(&window) {
        history.push_state_with_url(&state, "", Some(&url))
    } else {
        history.replace_state_with_url(&state, "", Some(&url))
    };
}

/// Whether the page is shown inside another page's frame.
fn in_frame(window: &web_sys::Window) -> bool {
    // A top-level window is its own parent; a cross-origin parent is still an object to compare.
    window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !js_sys::Object::is(&parent, window))
}

/// Sets `data-state` on the `<html>` element: `ready` or `error`.
pub fn set_document_state(state: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-state", state);
    }
}

/// Says on `<html lang dir>` which language the interface speaks and which way it runs.
pub fn set_document_language(locale: Locale) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", locale.tag());
        let _ = root.set_attribute("dir", locale.direction().key());
    }
}

/// The reader's languages, most wanted first (`navigator.languages`).
pub fn languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let tags = window.navigator().languages();
    tags.iter().filter_map(|tag| tag.as_string()).collect()
}

/// Marks the page as embedded and applies the host's theme and accent colour.
pub fn apply_embedding(embedding: &Embedding) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    if embedding.embed {
        let _ = root.set_attribute("data-embed", "");
    }
    if embedding.max_height.is_some() {
        let _ = root.set_attribute("data-capped", "");
    }
    if embedding.theme != Theme::Auto {
        let _ = root.set_attribute("data-theme", embedding.theme.key());
    }
    if let (Some(accent), Ok(root)) = (&embedding.accent, root.dyn_into::<web_sys::HtmlElement>()) {
        // Set through the CSSOM, which a strict style-src allows; the value is a checked #rrggbb.
        let _ = root.style().set_property("--accent", accent.as_str());
    }
}

/// Removes the article served in the page for the first paint, once the app shows it.
pub fn remove_prerendered() {
    if let Some(element) = document().and_then(|d| d.get_element_by_id("prerendered")) {
        element.remove();
    }
}

/// The text of the page's data block `id`, if it has one.
pub fn page_block(id: &str) -> Option<String> {
    document()?.get_element_by_id(id)?.text_content()
}

/// What [`fetch_text`] hands the text to, once.
type Then = std::rc::Rc<std::cell::Cell<Option<Box<dyn FnOnce(Option<String>)>>>>;

/// A promise's callback that hands `then` what `text` makes of the promise's value.
fn settle(then: &Then, text: fn(JsValue) -> Option<String>) -> Closure<dyn FnMut(JsValue)> {
    let then = then.clone();
    Closure::new(move |value: JsValue| {
        if let Some(then) = then.take() {
            then(text(value));
        }
    })
}

/// Downloads the text at `address`, relative to the page, and hands it to `then` (`None` where it
/// cannot). Plainer than [`fetch_article`]'s download (no limits, no messages), and with the
/// promises' callbacks rather than a future: the seed's build carries it too, and an executor
/// for futures would cost it 1 KB more.
pub fn fetch_text(address: &str, then: impl FnOnce(Option<String>) + 'static) {
    fetch_text_to(address, Box::new(then));
}

/// [`fetch_text`], once for every caller rather than a copy for each.
fn fetch_text_to(address: &str, then: Box<dyn FnOnce(Option<String>)>) {
    let then: Then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let Some(window) = web_sys::window() else {
        if let Some(then) = then.take() {
            then(None);
        }
        return;
    };
    let (on_text, failed) = (
        settle(&then, |text| text.as_string()),
        settle(&then, |_| None),
    );
    let on_response = Closure::<dyn FnMut(JsValue)>::new(move |response: JsValue| {
        let text = response
            .dyn_into::<web_sys::Response>()
            .ok()
            .filter(web_sys::Response::ok)
            .and_then(|response| response.text().ok());
        let text = text.unwrap_or_else(|| js_sys::Promise::reject(&JsValue::NULL));
        let _ = text.then2(&on_text, &failed);
    });
    let failed = settle(&then, |_| None);
    // The download web/boot.js started already, where it started this one.
    let href = web_sys::Url::new_with_base(address, &window.location().href().unwrap_or_default());
    let started = href
        .ok()
        .and_then(|url| started_download(&window, &url.href()));
    let request = started.unwrap_or_else(|| window.fetch_with_str(address));
    let _ = request.then2(&on_response, &failed);
    // Called once each, by the browser, whenever the download ends.
    on_response.forget();
    failed.forget();
    // A download that hangs gives up, so the page goes on in its own language; an answer after
    // that is left unread.
    Timeout::new(GIVE_UP_MS, move || {
        if let Some(then) = then.take() {
            then(None);
        }
    })
    .forget();
}

/// How long a language's messages or lists may take to download before the page goes on without.
const GIVE_UP_MS: u32 = 8_000;

/// Reads the article packed into the page the explorer was served with.
pub fn page_article() -> Result<claimscope_core::Article, Vec<Problem>> {
    let problem = match page_block(SCRIPT_ID) {
        Some(text) => match claimscope_core::format::packed::unpack(&text) {
            Some(article) => return Ok(article),
            None => "The article in this page is damaged: build the page again with Trunk.",
        },
        None => "This page carries no article: build it with Trunk, which writes the article into the page, or name a file with data=.",
    };
    Err(vec![Problem::new(SCRIPT_ID, problem)])
}

/// Offers `parts` (strings or byte arrays, as a `Blob` takes them) as a download named `name`,
/// of the media type `mime`. Made here, it never leaves the machine.
fn save(name: &str, parts: &js_sys::Array, mime: &str) {
    let Some(document) = document() else {
        return;
    };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_buffer_source_sequence_and_options(parts, &options)
    else {
        return;
    };
    let Ok(address) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&address);
        link.set_download(name);
        link.click();
    }
    // Revoked once the browser has surely started the download.
    Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&address);
    })
    .forget();
}

/// Offers `text` as a download named `name`, of the media type `mime`.
pub fn save_text(name: &str, text: &str, mime: &str) {
    save(name, &js_sys::Array::of1(&JsValue::from_str(text)), mime);
}

/// Offers `bytes` as a download named `name`, of the media type `mime`.
pub fn save_bytes(name: &str, bytes: &[u8], mime: &str) {
    save(
        name,
        &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)),
        mime,
    );
}

/// The download of `href` that web/boot.js started while the explorer was loading, if any.
fn started_download(window: &web_sys::Window, href: &str) -> Option<js_sys::Promise> {
    let download = js_sys::Reflect::get(window, &"claimscopeDownload".into()).ok()?;
    let started = js_sys::Reflect::get(&download, &"href".into()).ok()?;
    if started.as_string()? != href {
        return None;
    }
    js_sys::Reflect::get(&download, &"response".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Why an article file could not be downloaded: a message `check-fetch-…` and its arguments.
pub struct Failed {
    msg: Msg,
    address: String,
    detail: String,
}

impl Failed {
    /// Why, in `locale`'s language.
    pub fn said(&self, locale: Locale) -> String {
        let detail = match self.msg {
            Msg::CheckFetchLarge => (MAX_FILE_BYTES / 1_048_576).into(),
            _ => self.detail.as_str().into(),
        };
        locale
            .checking()
            .format(self.msg, &[self.address.as_str().into(), detail])
    }
}

/// Downloads the article file at `address` (absolute, or relative to the page), refusing one
/// larger than an article file may be.
pub async fn fetch_article(address: &str) -> Result<Vec<u8>, Failed> {
    let failed = |msg, address: &str, detail: String| Failed {
        msg,
        address: address.to_owned(),
        detail,
    };
    let window =
        web_sys::window().ok_or_else(|| failed(Msg::CheckFetchNetwork, address, String::new()))?;
    let base = window.location().href().unwrap_or_default();
    let url = web_sys::Url::new_with_base(address, &base)
        .map_err(|_| failed(Msg::CheckFetchAddress, address, String::new()))?;
    if !matches!(url.protocol().as_str(), "http:" | "https:") {
        return Err(failed(Msg::CheckFetchNotHttp, address, String::new()));
    }
    let href = url.href();
    let request = started_download(&window, &href).unwrap_or_else(|| window.fetch_with_str(&href));
    let response: web_sys::Response = JsFuture::from(request)
        .await
        .ok()
        // boot.js's download answers null where fetch would have failed.
        .and_then(|response| response.dyn_into().ok())
        .ok_or_else(|| failed(Msg::CheckFetchNetwork, &href, String::new()))?;
    if !response.ok() {
        let status = format!("{} {}", response.status(), response.status_text());
        return Err(failed(Msg::CheckFetchStatus, &href, status));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<usize>().ok());
    if declared.is_some_and(|length| length > MAX_FILE_BYTES) {
        return Err(failed(Msg::CheckFetchLarge, &href, String::new()));
    }
    let unread = || failed(Msg::CheckFetchBody, &href, String::new());
    let buffer = response.array_buffer().map_err(|_| unread())?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| unread())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The page's clock, in milliseconds (0 where there is none).
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// How long [`after_next_paint`] waits for a frame before it runs its work unpainted: a page that
/// gets no frames (hidden, or a frame the browser throttles) still answers a click.
const NO_FRAME_MS: u32 = 200;

/// Runs `then` in a task of its own once the browser has painted the next frame, whatever happens
/// in between; or after [`NO_FRAME_MS`] if no frame comes first. It runs once.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    run_once_painted(Box::new(then));
}

/// [`after_next_paint`]'s work, boxed: one copy of this for every caller.
fn run_once_painted(then: Box<dyn FnOnce()>) {
    let pending = Rc::new(Cell::new(Some(then)));
    let run = move || {
        if let Some(then) = pending.take() {
            then();
        }
    };
    Timeout::new(NO_FRAME_MS, run.clone()).forget();
    let frame = Closure::once_into_js(move || Timeout::new(0, run).forget());
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
}

/// Once the next frame is painted, gives the focus to the element matching `selector`: shown
/// whole (see [`show`]) when `bring_into_view`, else only focused. One function for every such
/// call, since each closure handed to [`after_next_paint`] is compiled on its own.
pub fn focus_after_paint(selector: String, bring_into_view: bool) {
    after_next_paint(move || {
        if bring_into_view {
            show(&selector);
        } else {
            focus(&selector);
        }
    });
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`, with the error thrown where there is no clipboard.
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn write_to_clipboard(text: &str) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// Puts `text`, which the field matching `field` shows, on the clipboard, and says so in the
/// live region matching `status`. Where the browser has no clipboard to offer (any engine on a
/// page served over plain http, Safari before 13.1) or refuses it, the field's text is selected
/// instead, for the reader to copy by hand, and the status says that.
///
/// The promise is answered with two closures, not awaited: the seed build carries no async
/// executor, and one would cost it about 4 KB brotli.
pub fn copy_text(text: &str, field: &str, status: &str) {
    let (field, status, copied) = (field.to_string(), status.to_string(), status.to_string());
    let by_hand = move || {
        select_field(&field);
        say(&status, &crate::i18n::t(Msg::ShareCopyBySelecting));
    };
    match write_to_clipboard(text) {
        Ok(promise) => {
            let copied =
                Closure::once(move |_: JsValue| say(&copied, &crate::i18n::t(Msg::ShareCopied)));
            let refused = Closure::once(move |_: JsValue| by_hand());
            let _ = promise.then2(&copied, &refused);
            // Each runs at most once, and the promise holds them until then.
            copied.forget();
            refused.forget();
        }
        Err(_) => by_hand(),
    }
}

/// Writes `text` into the live region matching `selector` (empty first, so that the same words
/// said twice are announced twice).
fn say(selector: &str, text: &str) {
    if let Some(region) = document().and_then(|d| d.query_selector(selector).ok().flatten()) {
        region.set_text_content(None);
        let text = text.to_string();
        Timeout::new(50, move || region.set_text_content(Some(&text))).forget();
    }
}

/// Focuses the text field (an `<input>` or a `<textarea>`) matching `selector`, its text selected.
fn select_field(selector: &str) {
    focus(selector);
    if let Some(field) = document().and_then(|d| d.query_selector(selector).ok().flatten()) {
        // Both kinds of field have the same select(); no need to tell them apart.
        field.unchecked_ref::<web_sys::HtmlInputElement>().select();
    }
}

/// Moves the keyboard focus to the element matching `selector`: used where the focused control
/// disappears once it has done its job, so focus is never dropped on the page.
pub fn focus(selector: &str) {
    let element = document().and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Focuses the element matching `selector` and scrolls it just into view: whole where it fits,
/// from its top where it is taller than the view, so that a card opened near the bottom of a
/// phone's screen is neither off screen nor cut.
pub fn show(selector: &str) {
    let Some(element) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else {
        return;
    };
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
    let view = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    // The view tabs stay at the top of the screen as it scrolls: what they cover is not in view.
    let covered = document()
        .and_then(|d| d.query_selector(".view-tabs").ok().flatten())
        .map_or(0.0, |tabs| {
            tabs.get_bounding_client_rect().bottom().max(0.0)
        });
    let rect = element.get_bounding_client_rect();
    if rect.top() >= covered && rect.bottom() <= view {
        return;
    }
    let block = if rect.height() > view - covered {
        ScrollLogicalPosition::Start
    } else {
        ScrollLogicalPosition::Nearest
    };
    element.scroll_into_view_with_scroll_into_view_options(&scrolling(block));
}

/// Scrolls the element matching `selector` into the middle of the view and focuses it.
pub fn reveal(selector: &str) {
    let Some(element) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else {
        return;
    };
    element
        .scroll_into_view_with_scroll_into_view_options(&scrolling(ScrollLogicalPosition::Center));
    if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
        let _ = element.focus();
    }
}

/// Scrolling to `block`, smooth unless the reader asks for less motion.
fn scrolling(block: ScrollLogicalPosition) -> ScrollIntoViewOptions {
    let options = ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if prefers_reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    options
}

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}
