//! Puts the seed article into the built page twice: rendered, so the first paint is the article
//! and readers without JavaScript get it too; and as compact JSON, which the app reads instead of
//! carrying the file in its WebAssembly. Run by Trunk after each build (see Trunk.toml) on the staged
//! `index.html`; fails the build when the seed does not validate.

use std::process::ExitCode;

use claimscope_app::browser::ARTICLE_SCRIPT_ID;
use claimscope_app::components::static_article::{StaticArticle, StaticArticleProps};
use claimscope_app::shared::Shared;
use claimscope_app::SEED;
use claimscope_core::embed::attribute;
use claimscope_core::json::Json;

/// Where the app mounts, as written and as Trunk's minifier writes it; the article is served just
/// before it.
const MOUNTS: [&str; 2] = ["<div id=\"app\"></div>", "<div id=app></div>"];

/// The article file as compact JSON in a data block. `<` occurs only inside JSON strings, where
/// `\u003c` means the same, so no text in the file can close the element or open a comment.
fn article_script(file: &[u8]) -> String {
    let mut json = String::new();
    if let Ok(value) = Json::parse(file) {
        value.write(&mut json, false);
    }
    format!(
        "<script type=\"application/json\" id=\"{ARTICLE_SCRIPT_ID}\">{}</script>",
        json.replace('<', "\\u003c")
    )
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
    let props = StaticArticleProps { article };
    let body = futures::executor::block_on(
        yew::LocalServerRenderer::<StaticArticle>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let page = page
        .replace(
            mount,
            &format!(
                "<div id=\"prerendered\">{body}</div>{mount}{}",
                article_script(SEED)
            ),
        )
        .replacen(
            "<title>Claimscope</title>",
            &format!("<title>{title} · Claimscope</title>"),
            1,
        );
    if let Err(e) = std::fs::write(&index, page) {
        eprintln!("prerender: cannot write {}: {e}", index.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_in_the_file_can_end_the_data_block() {
        let file = br#"{"a": "</script><script>alert(1)</script>", "b": "<!-- x"}"#;
        let block = article_script(file);
        let inner = block
            .strip_prefix(r#"<script type="application/json" id="claimscope-article">"#)
            .and_then(|rest| rest.strip_suffix("</script>"))
            .expect("one data block");
        assert!(!inner.contains('<'), "{inner}");
        let read = Json::parse(inner.as_bytes()).expect("still JSON");
        assert_eq!(read, Json::parse(file).expect("JSON"), "and the same JSON");
    }
}
