//! The hostile data corpus in `tests/hostile/`: markup and script in every text field, links with
//! dangerous schemes, deep nesting, duplicate keys, huge numbers and bytes that are not UTF-8.
//! Each file loads to exactly the expected outcome, and text stays text.

use claimscope_core::{load, Problem};

fn problems(name: &str) -> Vec<String> {
    let path = format!("{}/../../tests/hostile/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).expect("the corpus file exists");
    match load(&bytes) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

#[test]
fn markup_in_every_text_field_is_valid_text() {
    let bytes = std::fs::read(format!(
        "{}/../../tests/hostile/markup.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let article = load(&bytes).expect("markup is only text");
    assert!(article
        .info()
        .title
        .contains("<script>window.pwned=1</script>"));
    assert!(article.claims()[1].summary.len() > 100_000);
}

#[test]
fn dangerous_link_schemes_and_ids_are_refused() {
    let found = problems("links.json");
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("article.url: “javascript:window.pwned=1” is not")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("sources[0].url: “data:text/html,")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("actors[0].id: “<script>” is not a valid id")),
        "{found:#?}"
    );
}

#[test]
fn structural_attacks_are_refused_with_their_place() {
    assert_eq!(
        problems("deep.json"),
        ["line 1, column 99: lists and objects are nested more than 64 levels deep."]
    );
    assert_eq!(
        problems("duplicate-keys.json"),
        ["line 3, column 10: the field “format” appears twice in the same object."]
    );
    assert_eq!(
        problems("huge-number.json"),
        ["line 55, column 23: the number is too large."]
    );
    assert_eq!(
        problems("non-utf8.json"),
        ["line 5, column 23: the text is not valid UTF-8."]
    );
}

#[test]
fn too_many_items_are_refused_before_reading_them() {
    let claims = vec!["{}"; claimscope_core::MAX_ITEMS + 1].join(",");
    let text = format!("{{\"format\":\"claimscope/1\",\"claims\":[{claims}]}}");
    let found = match load(text.as_bytes()) {
        Ok(_) => panic!("accepted"),
        Err(problems) => problems.iter().map(Problem::to_string).collect::<Vec<_>>(),
    };
    assert!(
        found.contains(&"claims: has 200001 entries; at most 200000 are allowed.".to_string()),
        "{found:#?}"
    );
}
