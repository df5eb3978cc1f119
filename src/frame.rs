//! The explorer inside an iframe: it tells the parent page its height, on load and whenever its
//! content changes size, so the frame fits without a scrollbar. It sends nothing else and listens
//! to nothing from the parent.

use std::cell::Cell;
use std::rc::Rc;

use claimscope_core::address::embed::{pym_height_message, resize_message};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ResizeObserver, Window};

/// How long the content must stay the same size before its height is sent, in milliseconds.
const SETTLE_MS: i32 = 50;

/// Keeps the height reports going while it lives.
pub struct HeightReporter {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    _send: Rc<Closure<dyn FnMut()>>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Starts reporting the page's height to the parent, when there is a parent to report to: at
/// most `max_height`, past which the explorer scrolls inside the frame.
pub fn report_height(child_id: Option<String>, max_height: Option<u32>) -> Option<HeightReporter> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return None;
    }
    let document = window.document()?;
    let root = document.document_element()?;
    let last_sent = Rc::new(Cell::new(0u32));
    let measured = root.clone();
    let send = Rc::new(Closure::<dyn FnMut()>::new(move || {
        // The document's own height, never the frame's: heights derived from the frame would
        // grow with every report.
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        let height = max_height.map_or(height, |max| height.min(max));
        if height == 0 || height == last_sent.get() {
            return;
        }
        last_sent.set(height);
        let _ = parent.post_message(&JsValue::from_str(&resize_message(height)), "*");
        if let Some(id) = &child_id {
            let _ = parent.post_message(&JsValue::from_str(&pym_height_message(id, height)), "*");
        }
    }));
    let pending = Rc::new(Cell::new(None::<i32>));
    let schedule = {
        let window = window.clone();
        let send = Rc::clone(&send);
        move || settle(&window, &pending, &send)
    };
    let on_resize = Closure::<dyn FnMut()>::new(schedule);
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some(HeightReporter {
        observer,
        _on_resize: on_resize,
        _send: send,
    })
}

/// Restarts the settle timer, so a burst of changes sends one height.
fn settle(window: &Window, pending: &Cell<Option<i32>>, send: &Closure<dyn FnMut()>) {
    if let Some(timer) = pending.take() {
        window.clear_timeout_with_handle(timer);
    }
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            send.as_ref().unchecked_ref(),
            SETTLE_MS,
        )
        .ok();
    pending.set(timer);
}
