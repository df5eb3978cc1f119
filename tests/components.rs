//! Component tests in headless Chromium: mount the explorer on a small article, act as a reader
//! would (type, tick), let Yew's scheduler run, and read the DOM.
#![cfg(target_arch = "wasm32")]

use claimscope_app::components::app::{App, AppProps};
use claimscope_app::shared::Shared;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const HARBOUR: &[u8] = include_bytes!("fixtures/harbour.json");

/// Mounts the app with the result of loading `bytes` into a fresh element.
async fn mount(bytes: &[u8]) -> Element {
    // The explorer reads its filters from the address, which earlier tests have changed.
    let path = gloo::utils::window().location().pathname().unwrap();
    gloo::utils::history()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let loaded = claimscope_core::load(bytes)
        .map(Shared::new)
        .map_err(Shared::new);
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { loaded }).render();
    yew::scheduler::flush().await;
    root
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
