//! The newsroom's editor, a build of its own that `web/boot.js` starts when the address says
//! `?edit`, so readers of the explorer never download it: a Claimscope file made from an article's
//! text or opened from a file, corrected by selecting words, checked as it changes, saved in the
//! browser, and downloaded. The work itself is the core's (`claimscope_core::edit`, `draft`); this
//! crate shows it and talks to the browser, and borrows the explorer for its Preview.

mod files;
mod idle;
mod state;
pub mod storage;
pub mod views;

/// Starts the editor in the page's `<div id="app">`.
pub fn run() {
    match claimscope_app::browser::app_root() {
        Some(root) => yew::Renderer::<views::editor::Editor>::with_root(root).render(),
        None => yew::Renderer::<views::editor::Editor>::new().render(),
    };
}
