//! The explorer's few direct calls into the browser: the address bar, the root element's state
//! flag, and scrolling a claim into view. Each one tolerates a missing window or element.

use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element the app renders into.
pub fn app_root() -> Option<Element> {
    document()?.get_element_by_id("app")
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
    // A refused history update (e.g. in a sandboxed frame) leaves the explorer working.
    let _ = if push {
        history.push_state_with_url(&state, "", Some(&url))
    } else {
        history.replace_state_with_url(&state, "", Some(&url))
    };
}

/// Sets `data-state` on the `<html>` element: `ready` or `error`.
pub fn set_document_state(state: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-state", state);
    }
}

/// Scrolls the element matching `selector` into the middle of the view and focuses it.
pub fn reveal(selector: &str) {
    let Some(element) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_behavior(if prefers_reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
        let _ = element.focus();
    }
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
