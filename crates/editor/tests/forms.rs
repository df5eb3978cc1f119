//! Component tests of the editor's forms in headless Chromium: the editor opens work saved in the
//! browser (the harbour fixture), a person changes fields as they would, and the saved file says
//! what changed.
#![cfg(target_arch = "wasm32")]

use claimscope_editor::storage;
use claimscope_editor::views::editor::Editor;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

const HARBOUR: &str = include_str!("../../../tests/fixtures/harbour.json");

/// Destroys the editor and its element when a test ends.
struct Mounted {
    root: Element,
    app: Option<yew::AppHandle<Editor>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// Saves the harbour article as this browser's last work, mounts the editor and lets it restore it.
async fn editor() -> Mounted {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    storage::overwrite("harbour-closure", "Harbour closed after storm", HARBOUR).unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<Editor>::with_root(root.clone()).render();
    settle().await;
    Mounted {
        root,
        app: Some(app),
    }
}

async fn settle() {
    for _ in 0..3 {
        yew::scheduler::flush().await;
        yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

fn find<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is shown"))
        .dyn_into::<T>()
        .unwrap()
}

fn click(root: &Element, selector: &str) {
    find::<web_sys::HtmlElement>(root, selector).click();
}

fn fire(target: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// The article as the editor last saved it.
fn saved() -> Value {
    let saved = storage::load("harbour-closure").expect("saved");
    serde_json::from_str(&saved.json).unwrap()
}

async fn open_claim(root: &Element, id: &str) {
    click(root, "nav.panel-tabs button:nth-child(2)");
    settle().await;
    click(
        root,
        &format!("ul.entries li[data-claim-id=\"{id}\"] button"),
    );
    settle().await;
}

#[wasm_bindgen_test]
async fn typing_a_summary_and_choosing_a_kind_and_claimant_change_the_claim() {
    let mounted = editor().await;
    let root = &mounted.root;
    open_claim(root, "reopen").await;
    let summary: HtmlTextAreaElement =
        find(root, "[data-testid=claim-form] textarea[name=summary]");
    summary.set_value("The mayor expects the harbour to reopen on Monday.");
    fire(&summary, "input");
    let kind: HtmlSelectElement = find(root, "[data-testid=claim-form] select[name=kind]");
    kind.set_value("assessment");
    fire(&kind, "change");
    let claimant: HtmlSelectElement = find(root, "[data-testid=claim-form] select[name=claimant]");
    claimant.set_value("writer");
    fire(&claimant, "change");
    settle().await;
    let claim = &saved()["claims"][1];
    assert_eq!(
        claim["summary"],
        "The mayor expects the harbour to reopen on Monday."
    );
    assert_eq!(claim["kind"], "assessment");
    assert_eq!(claim["claimant"], "writer");
}

#[wasm_bindgen_test]
async fn ticking_sources_and_subjects_adds_and_removes_them() {
    let mounted = editor().await;
    let root = &mounted.root;
    open_claim(root, "reopen").await;
    let gazette: HtmlInputElement = find(root, "input[name=sources][value=gazette]");
    let label = gazette
        .parent_element()
        .and_then(|l| l.text_content())
        .unwrap_or_default();
    assert_eq!(label, "Port Gazette");
    gazette.click();
    settle().await;
    assert_eq!(
        saved()["claims"][1]["sources"],
        serde_json::json!(["gazette"])
    );
    let subject: HtmlInputElement = find(root, "input[name=subjects][value=port-authority]");
    assert!(subject.checked());
    subject.click();
    settle().await;
    assert_eq!(saved()["claims"][1]["subjects"], serde_json::json!([]));
}

#[wasm_bindgen_test]
async fn removing_an_actor_that_claims_use_says_which_and_asks() {
    let mounted = editor().await;
    let root = &mounted.root;
    click(root, "nav.panel-tabs button:nth-child(3)");
    settle().await;
    click(root, "ul.entries li[data-actor-id=mayor] button");
    settle().await;
    click(root, "[data-testid=actor-form] button.danger");
    settle().await;
    let asked = find::<Element>(root, "[role=alertdialog]")
        .text_content()
        .unwrap_or_default();
    assert!(asked.contains("mayor is still used"), "{asked}");
    assert!(
        asked.contains("The mayor says the harbour reopens on Monday."),
        "{asked}"
    );
    click(root, "[role=alertdialog] button:not([data-testid])");
    settle().await;
    assert!(
        saved()["actors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == "mayor"),
        "cancel keeps it"
    );
    click(root, "[data-testid=actor-form] button.danger");
    settle().await;
    click(root, "[data-testid=confirm]");
    settle().await;
    let file = saved();
    assert!(file["actors"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["id"] != "mayor"));
    assert_eq!(file["claims"][1]["claimant"], "writer");
    assert_eq!(file["claims"][1]["drafted"], true);
}

#[wasm_bindgen_test]
async fn an_actors_other_names_are_fields_of_their_own() {
    let mounted = editor().await;
    let root = &mounted.root;
    click(root, "nav.panel-tabs button:nth-child(3)");
    settle().await;
    click(root, "ul.entries li[data-actor-id=port-authority] button");
    settle().await;
    click(root, "fieldset[name=aliases] > button");
    settle().await;
    let alias: HtmlInputElement = find(root, "fieldset[name=aliases] input[name=aliases]");
    alias.set_value("the authority, ");
    fire(&alias, "input");
    settle().await;
    assert_eq!(
        saved()["actors"][2]["aliases"],
        serde_json::json!(["the authority, "])
    );
    let alias: HtmlInputElement = find(root, "fieldset[name=aliases] input[name=aliases]");
    assert_eq!(
        alias.value(),
        "the authority, ",
        "what is typed stays as typed"
    );
}
