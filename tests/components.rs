//! Component tests in headless Chromium: mount the explorer on a small article, act as a reader
//! would (type, tick), let Yew's scheduler run, and read the DOM.
#![cfg(target_arch = "wasm32")]

use claimscope_app::components::app::{App, AppProps};
use claimscope_app::components::result_bar::TYPING_PAUSE_MS;
use claimscope_app::shared::Shared;
use claimscope_core::Embedding;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const HARBOUR: &[u8] = include_bytes!("fixtures/harbour.json");

/// Mounts the app, as opened at an address with query string `search`, with the result of loading
/// `bytes`, into a fresh element.
async fn mount_at(search: &str, bytes: &[u8]) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        loaded: claimscope_app::loaded(claimscope_core::load(bytes)),
        search: search.to_string().into(),
        embedding: Shared::new(Embedding::parse(search)),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

async fn mount(bytes: &[u8]) -> Element {
    mount_at("", bytes).await
}

/// Waits until the browser has painted a frame and run the tasks queued from it.
async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
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

#[wasm_bindgen_test]
async fn typing_a_query_narrows_the_count_and_marks_matches() {
    let root = mount(HARBOUR).await;
    assert_eq!(text(&root, "[data-testid=result-count]"), "3 claims");
    let input: HtmlInputElement = root
        .query_selector("input[type=search]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("monday");
    dispatch(&input, "input");
    yew::scheduler::flush().await;
    assert_eq!(
        text(&root, "[data-testid=result-count]"),
        "3 claims",
        "the query waits for a pause in typing"
    );
    let pause = TYPING_PAUSE_MS + 50;
    yew::platform::time::sleep(std::time::Duration::from_millis(pause.into())).await;
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "[data-testid=result-count]"), "1 of 3 claims");
    let hits: Vec<String> = (0..root.query_selector_all("mark.hit").unwrap().length())
        .filter_map(|i| {
            root.query_selector_all("mark.hit")
                .unwrap()
                .item(i)?
                .text_content()
        })
        .collect();
    assert_eq!(hits, ["Monday"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn ticking_a_kind_counts_the_other_facets_against_it() {
    let root = mount(HARBOUR).await;
    let denial = root
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
    assert_eq!(text(&root, "[data-testid=result-count]"), "3 claims");
    next_frame().await;
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "[data-testid=result-count]"), "1 of 3 claims");
    // The "By" facet now counts only denials: the port authority made the one denial.
    let count_of = |value: &str| {
        let selector = format!("input[data-facet=by][data-value={value}] ~ .facet-count");
        text(&root, &selector)
    };
    assert_eq!(
        (count_of("port-authority"), count_of("mayor")),
        ("1".into(), "0".into())
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_broken_file_shows_every_problem_in_an_alert() {
    let broken = String::from_utf8(HARBOUR.to_vec())
        .unwrap()
        .replace("\"kind\": \"denial\"", "\"kind\": \"rumour\"")
        .replace("\"claimant\": \"mayor\"", "\"claimant\": \"nobody\"");
    let root = mount(broken.as_bytes()).await;
    let alert = text(&root, "[role=alert]");
    assert!(
        alert.contains("claims[2].kind: “rumour” is not a known claim kind"),
        "{alert}"
    );
    assert!(
        alert.contains("claims[1].claimant: “nobody” is not the id of any entry in actors."),
        "{alert}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn filters_in_the_address_apply_on_load_and_reach_the_embed_code() {
    let root = mount_at("?view=claims&kind=denial", HARBOUR).await;
    assert_eq!(text(&root, "[data-testid=result-count]"), "1 of 3 claims");
    assert_eq!(
        root.query_selector_all("[data-claim-id]").unwrap().length(),
        1
    );
    let code = root
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
    root.remove();
}

#[wasm_bindgen_test]
async fn an_embedding_offers_the_full_explorer_in_a_new_tab() {
    let root = mount_at("?embed=1&view=claims&childId=c1", HARBOUR).await;
    let link = root
        .query_selector(".open-full a")
        .unwrap()
        .expect("a link to the full explorer");
    let href = link.get_attribute("href").unwrap();
    assert!(href.ends_with("?view=claims"), "{href}");
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener"));
    root.remove();
}
