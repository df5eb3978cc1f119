//! Work the editor does once the browser has painted and has nothing else to do: checking and
//! saving a version, warming the drafter. `requestIdleCallback` where the browser has it; else a
//! task queued from the next animation frame, which runs once that frame is on screen.

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `work` once the browser is idle after its next paint.
pub fn when_idle(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    if idle {
        let callback = Closure::once_into_js(work);
        let _ = window.request_idle_callback(callback.unchecked_ref());
    } else {
        after_paint(0, work);
    }
}

/// Runs `work` `delay_ms` after the browser paints its next frame (a task queued from that
/// frame's animation callbacks runs once the frame is on screen). A hidden tab paints no frames.
pub fn after_paint(delay_ms: u32, work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(move || Timeout::new(delay_ms, work).forget());
    let _ = window.request_animation_frame(callback.unchecked_ref());
}
