//! Puts the seed article into the built page three times: rendered, so the first paint is the
//! article and readers without JavaScript get it too; packed (`claimscope_core::format::packed`),
//! which the app reads instead of carrying the article in its WebAssembly; and its claims as
//! schema.org JSON-LD after it, for search engines (at the end of the page rather than in its
//! head, so that the 30 KB of it never stand between the browser and the stylesheet). Writes the seed's file beside the page
//! too, as `<article id>.json`, which the explorer's JSON export downloads. Run after each build
//! by `scripts/finish-build.sh` on the staged `index.html`; fails the build when the seed does not
//! validate.

use std::process::ExitCode;

use claimscope_app::components::static_article::{StaticArticle, StaticArticleProps};
use claimscope_app::i18n::MESSAGES_ID;
use claimscope_app::shared::Shared;
use claimscope_core::export::schema_org;
use claimscope_core::format::packed::{pack, SCRIPT_ID};
use claimscope_core::i18n::{Locale, Part};
use claimscope_core::view::html::attribute;
use claimscope_core::Article;

/// The seed article: the page carries it, the WebAssembly does not.
const SEED: &[u8] = include_bytes!("../../data/belgorod-incursions.json");

/// The article's claims as schema.org JSON-LD, in a script element (a data block,
/// which a strict Content-Security-Policy allows). Every `<` is written `\u003c`, the same text
/// to a JSON reader, so that no text can end the element or open a comment in it.
fn json_ld_script(article: &Article) -> String {
    let claims: Vec<_> = article.claims().iter().map(|c| c.id).collect();
    let json = schema_org(article, &claims)
        .to_string()
        .replace('<', "\\u003c");
    format!("<script type=\"application/ld+json\">{json}</script>")
}

/// Where the app mounts, as written and as Trunk's minifier writes it; the article is served just
/// before it.
const MOUNTS: [&str; 2] = ["<div id=\"app\"></div>", "<div id=app></div>"];

/// The article, packed, in a data block: [`pack`] writes no `<`, so no text can end the element.
fn article_script(article: &Article) -> String {
    format!(
        "<script type=\"text/plain\" id=\"{SCRIPT_ID}\">{}</script>",
        pack(article)
    )
}

/// The page's messages, where it is written in a language the WebAssembly does not carry
/// (`claimscope_app::i18n::ready` reads them); `None` for English. A table holding a `<` could
/// end the element, so it is refused.
fn messages_script(locale: Locale) -> Result<String, String> {
    if locale == Locale::ENGLISH {
        return Ok(String::new());
    }
    let table = locale.encode(Part::Readers);
    if table.contains('<') {
        return Err(format!("the {} messages hold a “<”", locale.tag()));
    }
    Ok(format!(
        "<script type=\"text/plain\" id=\"{MESSAGES_ID}\">{table}</script>"
    ))
}

/// Which file beside the page holds each language's messages for readers, as a data block
/// (`{"uk":"messages-uk-….txt",…}`): web/boot.js starts the download of the one `lang=` asks for
/// while the WebAssembly downloads, instead of after it starts.
fn languages_script() -> String {
    let files: Vec<String> = Locale::others()
        .map(|l| {
            format!(
                "{:?}:{:?}",
                l.tag(),
                Locale::file_name(l.tag(), Part::Readers)
            )
        })
        .collect();
    format!(
        "<script type=\"application/json\" id=\"claimscope-languages\">{{{}}}</script>",
        files.join(",")
    )
}

/// Every language's messages but English's, as files beside the page, which the app fetches
/// when a reader's language is not the page's: the readers', the checker's, and the editor's
/// with both.
fn message_files(staging: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    Locale::others()
        .flat_map(|l| [Part::Readers, Part::Checks, Part::Editor].map(|part| (l, part)))
        .map(|(l, part)| {
            let name = Locale::file_name(l.tag(), part);
            (staging.join(name), l.encode(part))
        })
        .collect()
}

/// The drafter's language files but English's (which the editor carries), beside the page: the
/// editor fetches a language's when a text in it is drafted.
fn drafter_files(staging: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let files = claimscope_core::draft::language_files();
    files
        .filter(|(name, _)| !name.starts_with("drafter-en-"))
        .map(|(name, text)| (staging.join(name), text.to_owned()))
        .collect()
}

fn main() -> ExitCode {
    let Some(staging) = std::env::var_os("TRUNK_STAGING_DIR") else {
        eprintln!("prerender: run by Trunk, which sets TRUNK_STAGING_DIR");
        return ExitCode::FAILURE;
    };
    let article = match claimscope_core::load(SEED) {
        Ok(article) => Shared::new(article),
        Err(problems) => {
            eprintln!("prerender: the seed article is invalid:");
            for problem in problems {
                eprintln!("  {problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    // The page is written in the article's language where the interface speaks it.
    let locale = Locale::negotiate([article.info().language.as_str()]).unwrap_or_default();
    claimscope_app::i18n::set_locale(locale);
    let index = std::path::Path::new(&staging).join("index.html");
    let page = match std::fs::read_to_string(&index) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {}: {e}", index.display());
            return ExitCode::FAILURE;
        }
    };
    let Some(mount) = MOUNTS.into_iter().find(|mount| page.contains(mount)) else {
        eprintln!("prerender: {} has no {}", index.display(), MOUNTS[0]);
        return ExitCode::FAILURE;
    };
    let title = attribute(&article.info().title);
    let messages = match messages_script(locale) {
        Ok(messages) => messages,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let data_block = messages + &languages_script() + &article_script(&article);
    let linked_data = json_ld_script(&article);
    let file = std::path::Path::new(&staging).join(format!("{}.json", article.info().id));
    let props = StaticArticleProps { article };
    let body = futures::executor::block_on(
        yew::LocalServerRenderer::<StaticArticle>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let html = format!(
        "<html lang=\"{}\" dir=\"{}\">",
        attribute(locale.tag()),
        locale.direction().key()
    );
    let page = page
        .replacen("<html lang=\"en\">", &html, 1)
        .replacen("<html lang=en>", &html, 1)
        .replace(
            mount,
            &format!("<div id=\"prerendered\">{body}</div>{mount}{data_block}{linked_data}"),
        )
        .replacen(
            "<title>Claimscope</title>",
            &format!("<title>{title} · Claimscope</title>"),
            1,
        );
    let mut beside = message_files(std::path::Path::new(&staging));
    beside.extend(drafter_files(std::path::Path::new(&staging)));
    let written = [(&index, page.as_bytes()), (&file, SEED)]
        .into_iter()
        .chain(beside.iter().map(|(path, text)| (path, text.as_bytes())));
    for (path, bytes) in written {
        if let Err(e) = std::fs::write(path, bytes) {
            eprintln!("prerender: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hostile() -> Article {
        let file = include_bytes!("../../tests/hostile/markup.json");
        claimscope_core::load(file).expect("a valid article full of markup")
    }

    /// The text inside a script element that opens with `opening`, which must hold no `<`.
    fn inside<'a>(block: &'a str, opening: &str) -> &'a str {
        let inner = block
            .strip_prefix(opening)
            .and_then(|rest| rest.strip_suffix("</script>"))
            .expect("one data block");
        assert!(!inner.contains('<'), "{inner}");
        inner
    }

    #[test]
    fn no_text_in_the_article_can_end_the_data_block() {
        let article = hostile();
        let block = article_script(&article);
        let inner = inside(
            &block,
            r#"<script type="text/plain" id="claimscope-article">"#,
        );
        let read = claimscope_core::format::packed::unpack(inner).expect("unpacks");
        assert_eq!(read.claims(), article.claims(), "and the same article");
        assert_eq!(read.actors(), article.actors());
        assert_eq!(read.sources(), article.sources());
    }

    #[test]
    fn no_text_in_the_article_can_end_the_json_ld_block_and_it_reads_back() {
        let article = hostile();
        let block = json_ld_script(&article);
        let inner = inside(&block, r#"<script type="application/ld+json">"#);
        let read: serde_json::Value = serde_json::from_str(inner).expect("JSON");
        let claims: Vec<_> = article.claims().iter().map(|c| c.id).collect();
        let written: serde_json::Value =
            serde_json::from_str(&schema_org(&article, &claims).to_string()).expect("JSON");
        assert_eq!(read, written, "the same data");
    }
}
