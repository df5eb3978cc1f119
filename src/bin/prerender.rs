//! Finishes the built page. It puts the seed article into it twice: rendered, so the first paint is
//! the article and readers without JavaScript get it too; and packed (`claimscope_core::packed`),
//! which the app reads instead of carrying the article in its WebAssembly. And it gives the
//! explorer build that reads article files, which Trunk leaves without a content hash, hashed names,
//! and writes them onto the boot script for `web/boot.js`. Run by Trunk after each build (see
//! Trunk.toml) on the staged files; fails the build when the seed does not validate.

use std::process::ExitCode;

use claimscope_app::browser::ARTICLE_SCRIPT_ID;
use claimscope_app::components::static_article::{StaticArticle, StaticArticleProps};
use claimscope_app::shared::Shared;
use claimscope_app::SEED;
use claimscope_core::embed::attribute;
use claimscope_core::packed::pack;
use claimscope_core::Article;

/// Where the app mounts, as written and as Trunk's minifier writes it; the article is served just
/// before it.
const MOUNTS: [&str; 2] = ["<div id=\"app\"></div>", "<div id=app></div>"];

/// The article, packed, in a data block: [`pack`] writes no `<`, so no text can end the element.
fn article_script(article: &Article) -> String {
    format!(
        "<script type=\"text/plain\" id=\"{ARTICLE_SCRIPT_ID}\">{}</script>",
        pack(article)
    )
}

/// Where the boot script's attributes start (Trunk.toml's `pattern_script`).
const BOOT_ATTRIBUTE: &str = " data-claimscope-js=";

/// The explorer build that reads article files, as Trunk names it (Trunk.toml explains why).
const FILES_BUILD: &str = "claimscope-files";

/// Renames the files build's script and WebAssembly in `staging` after a hash of their content,
/// so a new build is never served from an old cache, and answers the boot script's attributes
/// that name them.
fn hash_files_build(staging: &std::path::Path, base: &str) -> Result<String, String> {
    use std::hash::{DefaultHasher, Hasher};
    let names = [
        ("js", format!("{FILES_BUILD}.js")),
        ("wasm", format!("{FILES_BUILD}_bg.wasm")),
    ];
    let mut hasher = DefaultHasher::new();
    for (_, name) in &names {
        let bytes = std::fs::read(staging.join(name)).map_err(|e| format!("{name}: {e}"))?;
        hasher.write(&bytes);
    }
    let hash = format!("{:016x}", hasher.finish());
    let mut attributes = String::new();
    for (kind, name) in &names {
        let hashed = name.replacen(FILES_BUILD, &format!("{FILES_BUILD}-{hash}"), 1);
        std::fs::rename(staging.join(name), staging.join(&hashed))
            .map_err(|e| format!("{name}: {e}"))?;
        attributes.push_str(&format!(" data-claimscope-files-{kind}=\"{base}{hashed}\""));
    }
    Ok(attributes)
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
    let staging = std::path::Path::new(&staging);
    let index = staging.join("index.html");
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
    let data_block = article_script(&article);
    let base = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "./".into());
    let files_build = match hash_files_build(staging, &base) {
        Ok(attributes) => attributes,
        Err(e) => {
            eprintln!("prerender: the {FILES_BUILD} build: {e}");
            return ExitCode::FAILURE;
        }
    };
    let props = StaticArticleProps { article };
    let body = futures::executor::block_on(
        yew::LocalServerRenderer::<StaticArticle>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let page = page
        .replace(
            mount,
            &format!("<div id=\"prerendered\">{body}</div>{mount}{data_block}"),
        )
        .replacen(BOOT_ATTRIBUTE, &format!("{files_build}{BOOT_ATTRIBUTE}"), 1)
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
    fn no_text_in_the_article_can_end_the_data_block() {
        let file = include_bytes!("../../tests/hostile/markup.json");
        let article = Article::load(file).expect("a valid article full of markup");
        let block = article_script(&article);
        let inner = block
            .strip_prefix(r#"<script type="text/plain" id="claimscope-article">"#)
            .and_then(|rest| rest.strip_suffix("</script>"))
            .expect("one data block");
        assert!(!inner.contains('<'), "{inner}");
        let read = claimscope_core::packed::unpack(inner).expect("unpacks");
        assert_eq!(read.claims(), article.claims(), "and the same article");
        assert_eq!(read.actors(), article.actors());
        assert_eq!(read.sources(), article.sources());
    }
}
