//! Component tests in headless Chromium: mount the explorer on a small article, act as a reader
//! would (type, tick), let Yew's scheduler run, and read the DOM.
#![cfg(target_arch = "wasm32")]

use std::ops::Deref;
use std::time::Duration;

use claimscope_app::components::app::{App, AppProps};
use claimscope_app::components::result_bar::TYPING_PAUSE_MS;
use claimscope_app::shared::Shared;
use claimscope_core::Embedding;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

const HARBOUR: &[u8] = include_bytes!("fixtures/harbour.json");

/// An app mounted for one test. Dropping it destroys the app and removes its element, so no app of
/// an earlier test keeps running: each listens for Back and Forward and rewrites the runner's
/// address bar.
struct Mounted {
    root: Element,
    app: Option<AppHandle<App>>,
}

impl Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// Mounts the app, as opened at an address with query string `search`, with the result of loading
/// `bytes`, into a fresh element.
async fn mount_at(search: &str, bytes: &[u8]) -> Mounted {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        loaded: claimscope_app::loaded(claimscope_core::load(bytes)),
        search: search.to_string().into(),
        embedding: Shared::new(Embedding::parse(search)),
        original: Some(Shared::new(bytes.to_vec())),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted {
        root,
        app: Some(app),
    }
}

async fn mount(bytes: &[u8]) -> Mounted {
    mount_at("", bytes).await
}

/// Waits until the browser has painted a frame and run the tasks queued from it.
async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    yew::platform::time::sleep(Duration::from_millis(10)).await;
}

/// Waits past the pause in typing after which the search box's text becomes the query (on an
/// article slow to draw).
async fn past_the_typing_pause() {
    let pause = TYPING_PAUSE_MS + 50;
    yew::platform::time::sleep(Duration::from_millis(pause.into())).await;
    yew::scheduler::flush().await;
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn dispatch(target: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn search_box(root: &Element) -> HtmlInputElement {
    root.query_selector("input[type=search]")
        .unwrap()
        .expect("a search box")
        .dyn_into()
        .unwrap()
}

/// Types `text` into the search box, as one keystroke, and lets Yew render.
async fn type_in(root: &Element, text: &str) {
    let input = search_box(root);
    input.set_value(text);
    dispatch(&input, "input");
    yew::scheduler::flush().await;
}

/// Clicks the element matching `selector`, as a plain left click, and lets Yew render.
async fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn typing_a_query_narrows_the_count_and_marks_matches() {
    let app = mount(HARBOUR).await;
    assert_eq!(text(&app, "[data-testid=result-count]"), "3 claims");
    // At once or after a pause in typing, as the time the explorer took to draw decides.
    type_in(&app, "monday").await;
    past_the_typing_pause().await;
    assert_eq!(text(&app, "[data-testid=result-count]"), "1 of 3 claims");
    let hits: Vec<String> = (0..app.query_selector_all("mark.hit").unwrap().length())
        .filter_map(|i| {
            app.query_selector_all("mark.hit")
                .unwrap()
                .item(i)?
                .text_content()
        })
        .collect();
    assert_eq!(hits, ["Monday"]);
}

#[wasm_bindgen_test]
async fn ticking_a_kind_counts_the_other_facets_against_it() {
    let app = mount(HARBOUR).await;
    let denial = app
        .query_selector("input[data-facet=kind][data-value=denial]")
        .unwrap()
        .unwrap();
    denial
        .dyn_ref::<HtmlInputElement>()
        .unwrap()
        .set_checked(true);
    dispatch(&denial, "change");
    yew::scheduler::flush().await;
    // The box answers first; the query runs once that frame is painted.
    assert_eq!(text(&app, "[data-testid=result-count]"), "3 claims");
    next_frame().await;
    yew::scheduler::flush().await;
    assert_eq!(text(&app, "[data-testid=result-count]"), "1 of 3 claims");
    // The "By" facet now counts only denials: the port authority made the one denial.
    let count_of = |value: &str| {
        let selector = format!("input[data-facet=by][data-value={value}] ~ .facet-count");
        text(&app, &selector)
    };
    assert_eq!(
        (count_of("port-authority"), count_of("mayor")),
        ("1".into(), "0".into())
    );
}

#[wasm_bindgen_test]
async fn a_broken_file_shows_every_problem_in_an_alert() {
    let broken = String::from_utf8(HARBOUR.to_vec())
        .unwrap()
        .replace("\"kind\": \"denial\"", "\"kind\": \"rumour\"")
        .replace("\"claimant\": \"mayor\"", "\"claimant\": \"nobody\"");
    let app = mount(broken.as_bytes()).await;
    let alert = text(&app, "[role=alert]");
    assert!(
        alert.contains("claims[2].kind: “rumour” is not a known claim kind"),
        "{alert}"
    );
    assert!(
        alert.contains("claims[1].claimant: “nobody” is not the id of any entry in actors."),
        "{alert}"
    );
}

#[wasm_bindgen_test]
async fn filters_in_the_address_apply_on_load_and_reach_the_embed_code() {
    let app = mount_at("?view=claims&kind=denial", HARBOUR).await;
    assert_eq!(text(&app, "[data-testid=result-count]"), "1 of 3 claims");
    assert_eq!(
        app.query_selector_all("[data-claim-id]").unwrap().length(),
        1
    );
    let code = app
        .query_selector("textarea[data-share=embed]")
        .unwrap()
        .unwrap();
    let code = code
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap()
        .value();
    assert!(
        code.contains("?embed=1&amp;view=claims&amp;kind=denial\""),
        "{code}"
    );
}

#[wasm_bindgen_test]
async fn an_embedding_offers_the_full_explorer_in_a_new_tab() {
    let app = mount_at("?embed=1&view=claims&childId=c1", HARBOUR).await;
    let link = app
        .query_selector(".open-full a")
        .unwrap()
        .expect("a link to the full explorer");
    let href = link.get_attribute("href").unwrap();
    assert!(href.ends_with("?view=claims"), "{href}");
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener"));
}

/// Regression (issue #13): typing a word, then “Clear all filters” within the typing pause, showed
/// every claim for a moment, then brought the word back into the box and the query with it.
#[wasm_bindgen_test]
async fn clear_all_within_the_typing_pause_drops_the_typed_word() {
    let app = mount_at("?view=claims&kind=denial", HARBOUR).await;
    type_in(&app, "monday").await;
    click(&app, ".result-bar .clear-all").await;
    past_the_typing_pause().await;
    assert_eq!(
        search_box(&app).value(),
        "",
        "the box shows the cleared query"
    );
    assert_eq!(text(&app, "[data-testid=result-count]"), "3 claims");
}

/// Regression (issue #13): Back or Forward within the typing pause lost to the typed word.
#[wasm_bindgen_test]
async fn back_within_the_typing_pause_drops_the_typed_word() {
    let app = mount_at("?view=claims&kind=denial", HARBOUR).await;
    type_in(&app, "monday").await;
    let window = web_sys::window().unwrap();
    // What Back does to the address bar, then the event it fires.
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some("?view=claims&by=writer"),
        )
        .unwrap();
    window
        .dispatch_event(&web_sys::Event::new("popstate").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    past_the_typing_pause().await;
    assert_eq!(
        search_box(&app).value(),
        "",
        "the box shows the address's query"
    );
    assert_eq!(text(&app, "[data-testid=result-count]"), "1 of 3 claims");
}

/// Regression (issue #13): a link that sets the filters, followed within the typing pause, lost to
/// the typed word.
#[wasm_bindgen_test]
async fn a_link_followed_within_the_typing_pause_drops_the_typed_word() {
    let app = mount_at("?view=claims&kind=denial", HARBOUR).await;
    type_in(&app, "monday").await;
    // The denial's claimant: the port authority, who makes one claim.
    click(&app, "[data-claim-id=no-date] .claimant-link").await;
    past_the_typing_pause().await;
    assert_eq!(search_box(&app).value(), "");
    assert_eq!(text(&app, "[data-testid=result-count]"), "1 of 3 claims");
    let shown = app.query_selector("[data-claim-id]").unwrap().unwrap();
    assert_eq!(
        shown.get_attribute("data-claim-id").as_deref(),
        Some("no-date")
    );
}
