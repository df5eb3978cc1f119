//! The interface's language in the running app: chosen once, as the app starts (the address's
//! `lang=`, else the article's language, else the browser's, else English), and read by every
//! view through [`t`] and [`tf`], which format `claimscope_core::i18n`'s messages.

use std::cell::{Cell, RefCell};

use claimscope_core::i18n::{Arg, Direction, Locale, Msg, Part};
use claimscope_core::Article;
use yew::AttrValue;

thread_local! {
    static LOCALE: Cell<Locale> = const { Cell::new(Locale::ENGLISH) };
    /// The languages read since the page loaded, each with whether it holds the editor's
    /// messages: a reader switching back and forth reads each once, and switches at once.
    static READ: RefCell<Vec<(Locale, bool)>> = const { RefCell::new(Vec::new()) };
}

/// The interface's language.
pub fn locale() -> Locale {
    LOCALE.with(Cell::get)
}

/// Sets the interface's language, before anything is drawn in it.
pub fn set_locale(locale: Locale) {
    LOCALE.with(|l| l.set(locale));
}

/// The language for a page: the first of `lang=`, the article's language and the browser's
/// languages that the interface speaks, else English. An unknown `lang=` falls back quietly.
pub fn choose(wanted: Option<&str>, article: Option<&str>, browser: &[String]) -> &'static str {
    let wanted = wanted.into_iter().chain(article);
    Locale::negotiate_shipped(wanted.chain(browser.iter().map(String::as_str)))
        .unwrap_or(Locale::ENGLISH.tag())
}

/// The data block of a page pre-rendered in a language other than English: that language's
/// messages, so the app goes on in the page's language without fetching them.
pub const MESSAGES_ID: &str = "claimscope-messages";

/// Makes the language `tag` ([`choose`]) ready, with the `editor`'s messages or without, and
/// hands it to `then`: carried in the build (English), read from the page's data block (the
/// readers' messages), or fetched from beside the page ([`Locale::file_name`]). Where it cannot be
/// had, the page's language, else English: the page stays readable whatever the network does.
pub fn ready(tag: &'static str, editor: bool, then: impl FnOnce(Locale) + 'static) {
    let known = Locale::negotiate([tag]).or_else(|| {
        READ.with_borrow(|read| {
            let found = read
                .iter()
                .find(|(l, with)| l.tag() == tag && *with == editor);
            found.map(|(locale, _)| *locale)
        })
    });
    if let Some(locale) = known {
        return then(locale);
    }
    let page = crate::browser::page_block(MESSAGES_ID).and_then(|t| Locale::decode(&t).ok());
    if let Some(locale) = page.filter(|l| l.tag() == tag && !editor) {
        READ.with_borrow_mut(|read| read.push((locale, false)));
        return then(locale);
    }
    let part = if editor { Part::Editor } else { Part::Readers };
    crate::browser::fetch_text(&Locale::file_name(tag, part), move |fetched| {
        let fetched = fetched.and_then(|text| Locale::decode(&text).ok());
        let fetched = fetched.filter(|locale| locale.tag() == tag);
        if let Some(locale) = fetched {
            READ.with_borrow_mut(|read| read.push((locale, editor)));
        }
        then(fetched.or(page).unwrap_or_default());
    });
}

/// Makes the language `wanted` (a `lang=` the reader chose, or went back to) the interface's where
/// it differs and is shipped, its messages fetched where the build does not carry them, then
/// calls `then`, which draws the page again.
pub fn switch(wanted: Option<&str>, then: impl FnOnce() + 'static) {
    let tag = wanted.and_then(|tag| Locale::negotiate_shipped([tag]));
    match tag.filter(|tag| *tag != locale().tag()) {
        Some(tag) => ready(tag, false, move |locale| {
            set_locale(locale);
            crate::browser::set_document_language(locale);
            then();
        }),
        None => then(),
    }
}

/// Makes `locale` able to say why a file is refused and hands it to `then`: with the checker's
/// messages fetched from beside the page where the build does not carry them (English's stand
/// in where they cannot be had). Only a refused file needs them, so no reader waits for them.
pub fn checking(locale: Locale, then: impl FnOnce(Locale) + 'static) {
    if Locale::negotiate([locale.tag()]).is_some() {
        return then(locale);
    }
    let name = Locale::file_name(locale.tag(), Part::Checks);
    crate::browser::fetch_text(&name, move |fetched| {
        let read = fetched.and_then(|text| locale.with_checks(&text).ok());
        then(read.unwrap_or(locale));
    });
}

/// The `lang` of an element holding the article's own text (paragraphs, quotes, names, titles):
/// the article's language where it differs from the interface's, so that a screen reader
/// pronounces each in its own; `None` where they are the same.
pub fn article_lang(article: &Article) -> Option<AttrValue> {
    let language = &article.info().language;
    (!language.eq_ignore_ascii_case(locale().tag())).then(|| AttrValue::from(language.clone()))
}

/// The `dir` of an element holding the article's own text, where it differs from the
/// interface's.
pub fn article_dir(article: &Article) -> Option<&'static str> {
    let direction = Direction::of(&article.info().language);
    (direction != locale().direction()).then_some(direction.key())
}

/// A message without arguments, in the interface's language.
pub fn t(msg: Msg) -> String {
    locale().text(msg)
}

/// A message with its arguments, in the interface's language.
pub fn tf(msg: Msg, args: &[Arg]) -> String {
    locale().format(msg, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_wins_then_the_article_then_the_browser() {
        let browser = vec!["de-DE".to_string(), "en-US".to_string()];
        assert_eq!(choose(Some("en-XA"), Some("en"), &browser), "en-XA");
        assert_eq!(choose(Some("xx"), Some("en-XA"), &browser), "en-XA");
        assert_eq!(choose(None, Some("zz"), &browser), "de");
        assert_eq!(choose(None, Some("zz"), &["pt-BR".to_string()]), "en");
        assert_eq!(choose(None, None, &[]), "en");
    }
}
