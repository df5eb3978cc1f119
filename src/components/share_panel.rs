//! “Share / Embed”: the link to what the reader sees now, the code that embeds exactly this
//! view and these filters in another page, and the claims the filters match taken elsewhere: as a
//! spreadsheet (CSV), as linked data (JSON-LD), and the article file itself (JSON).

use claimscope_core::address::embed::snippet;
use claimscope_core::export::{csv, json_ld};
use claimscope_core::{Article, Results};
use yew::prelude::*;

use crate::i18n::{locale, t, tf};
use claimscope_core::i18n::{Direction, Locale, Msg};

use crate::browser;
use crate::shared::Shared;
use crate::state::{Action, State};

pub struct SharePanelProps {
    pub article: Shared<Article>,
    pub state: State,
    pub results: Shared<Results>,
    pub dispatch: Callback<Action>,
    pub original: Original,
}

/// Where the JSON export takes the article file from, exactly as it loaded.
pub enum Original {
    /// The copy the build serves beside the page, named after the article's id.
    Served,
    /// The bytes of the file read from `data=`.
    Read(Shared<Vec<u8>>),
    /// None: the editor's Preview, where the editor downloads the file.
    None,
}

pub fn share_panel(props: &SharePanelProps) -> Html {
    let page = browser::page_address();
    let link = standalone_address(&props.article, &props.state);
    let mut url = props.state.url.shareable();
    url.other.push(("embed".into(), "1".into()));
    let embedded = format!("{page}{}", url.to_query_string(&props.article));
    // embed.js is served beside the explorer's page.
    let directory = &page[..page.rfind('/').map_or(page.len(), |slash| slash + 1)];
    let script = format!("{directory}embed.js");
    let code = snippet(&embedded, &script, &props.article.info().title);
    let copy = |text: String, field: &'static str| {
        Callback::from(move |_: MouseEvent| browser::copy_text(&text, field, "#share-status"))
    };
    html! {
        // A landmark of its own, named by its summary: what it holds is neither the view nor
        // the filters.
        <section class="share-region" aria-labelledby="share-summary">
            <details class="share">
                <summary id="share-summary">{ t(Msg::Share) }</summary>
                <div class="share-body">
                    { language_choice(&props.dispatch) }
                    <label for="share-link">{ t(Msg::ShareLink) }</label>
                    <div class="share-row">
                        <input id="share-link" type="text" readonly=true dir="ltr" value={link.clone()}
                               data-share="link" />
                        <button type="button" onclick={copy(link, "#share-link")}>{ t(Msg::ShareCopy) }</button>
                    </div>
                    <label for="share-embed">{ t(Msg::ShareEmbed) }</label>
                    <div class="share-row">
                        <textarea id="share-embed" readonly=true rows="4" dir="ltr" value={code.clone()}
                                  data-share="embed" />
                        <button type="button" onclick={copy(code, "#share-embed")}>{ t(Msg::ShareCopy) }</button>
                    </div>
                    <p id="share-status" class="share-status" role="status" data-testid="share-status" />
                    <p class="share-hint">{ t(Msg::ShareResizeHint) }</p>
                    { exports(props) }
                </div>
            </details>
        </section>
    }
}

/// The interface's language, each named in itself: the explorer speaks it at once, and the link
/// and the embed code keep it (`lang=`).
fn language_choice(dispatch: &Callback<Action>) -> Html {
    let current = locale().tag();
    let dispatch = dispatch.clone();
    let onchange = Callback::from(move |e: Event| {
        let chosen = e.target_dyn_into::<web_sys::HtmlSelectElement>();
        let tag = chosen.map(|select| select.value()).unwrap_or_default();
        let dispatch = dispatch.clone();
        let wanted = tag.clone();
        crate::i18n::switch(Some(&wanted), move || dispatch.emit(Action::Language(tag)));
    });
    html! {
        <>
            <label for="share-lang">{ t(Msg::ShareLanguage) }</label>
            <div class="share-row">
                <select id="share-lang" name="lang" {onchange}>
                    { for Locale::named().map(|(tag, name)| html! {
                        <option value={tag} lang={tag} dir={Direction::of(tag).key()}
                                selected={tag == current}>{ name }</option>
                    }) }
                </select>
            </div>
        </>
    }
}

/// The downloads, each of the claims the filters match (the JSON, of the whole file).
fn exports(props: &SharePanelProps) -> Html {
    let id = &props.article.info().id;
    let named = props.state.url.export_name(&props.article);
    let matching = props.results.claims.len();
    let export = |make: fn(&Article, &Results) -> String, extension: &str, mime: &'static str| {
        let (article, results) = (props.article.clone(), props.results.clone());
        let name = format!("{named}.{extension}");
        Callback::from(move |_: MouseEvent| {
            browser::save_text(&name, &make(&article, &results), mime)
        })
    };
    let as_csv = export(
        |article, results| csv(article, &results.claims, crate::i18n::locale()),
        "csv",
        "text/csv;charset=utf-8",
    );
    let as_json_ld = export(
        |article, results| json_ld(article, &results.claims).to_string(),
        "jsonld",
        "application/ld+json",
    );
    let heading = match (props.state.url.query.is_empty(), matching) {
        (_, 0) => t(Msg::ExportNone),
        (true, _) => tf(Msg::ExportAll, &[matching.into()]),
        (false, _) => tf(Msg::ExportMatching, &[matching.into()]),
    };
    let empty = matching == 0;
    let file = format!("{id}.json");
    let json = match &props.original {
        Original::Served => html! {
            <a class="button" href={file.clone()} download={file} data-testid="export-json">
                { t(Msg::ExportJson) }
            </a>
        },
        Original::Read(bytes) => {
            let bytes = bytes.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                browser::save_bytes(&file, &bytes, "application/json")
            });
            html! {
                <button type="button" data-testid="export-json" {onclick}>
                    { t(Msg::ExportJson) }
                </button>
            }
        }
        Original::None => html! {},
    };
    html! {
        <div class="exports" role="group" aria-labelledby="exports-title">
            <p id="exports-title" class="exports-title">
                { heading }
            </p>
            <div class="share-row">
                <button type="button" data-testid="export-csv" onclick={as_csv} disabled={empty}>
                    { t(Msg::ExportCsv) }
                </button>
                <button type="button" data-testid="export-jsonld" onclick={as_json_ld}
                        disabled={empty}>
                    { t(Msg::ExportJsonld) }
                </button>
                { json }
            </div>
        </div>
    }
}

/// The address of the view the reader sees, outside any embedding: for sharing, and for readers of
/// an embedding who want more room.
pub fn standalone_address(article: &Article, state: &State) -> String {
    let url = state.url.shareable();
    format!(
        "{}{}",
        browser::page_address(),
        url.to_query_string(article)
    )
}
