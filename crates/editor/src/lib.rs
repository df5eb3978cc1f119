//! The newsroom's editor, a build of its own that `web/boot.js` starts when the address says
//! `?edit`, so readers of the explorer never download it: a Claimscope file made from an article's
//! text or opened from a file, corrected by selecting words, checked as it changes, saved in the
//! browser, and downloaded. The work itself is the core's (`claimscope_core::edit`, and `draft` in
//! a build of its own, `crates/drafter`); this crate shows it and talks to the browser, and
//! borrows the explorer for its Preview.

mod drafter;
mod files;
mod idle;
mod state;
pub mod storage;
pub mod views;

/// Starts the editor in the page's `<div id="app">`, in the newsroom's language: the address's
/// `lang=`, else the browser's (fetched from beside the page where the build does not carry it).
pub fn run() {
    use claimscope_app::{browser, i18n};
    let lang = claimscope_core::address::url::lang(&browser::location_search());
    let tag = i18n::choose(lang.as_deref(), None, &browser::languages());
    i18n::ready(tag, true, |locale| {
        i18n::set_locale(locale);
        browser::set_document_language(locale);
        match browser::app_root() {
            Some(root) => yew::Renderer::<views::editor::Editor>::with_root(root).render(),
            None => yew::Renderer::<views::editor::Editor>::new().render(),
        };
    });
}
