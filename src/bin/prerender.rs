//! Puts the seed article into the built page, so the first paint is the article and readers
//! without JavaScript get it too. Run by Trunk after each build (see Trunk.toml) on the staged
//! `index.html`; fails the build when the seed does not validate.

use std::process::ExitCode;

use claimscope_app::components::static_article::{StaticArticle, StaticArticleProps};
use claimscope_app::shared::Shared;
use claimscope_app::SEED;
use claimscope_core::embed::attribute;

/// Where the app mounts; the article is served just before it.
const MOUNT: &str = "<div id=\"app\"></div>";

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
        Ok(page) if page.contains(MOUNT) => page,
        _ => {
            eprintln!("prerender: {} has no {MOUNT}", index.display());
            return ExitCode::FAILURE;
        }
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
            MOUNT,
            &format!("<div id=\"prerendered\">{body}</div>{MOUNT}"),
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
