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
        found.contains(&"claims: has 200,001 entries; at most 200,000 are allowed.".to_string()),
        "{found:#?}"
    );
}

/// Files with one problem each of (nearly) every kind the checker says: its syntax, its format's
/// line, each kind of field wrong, ids, relations and quotes.
fn broken_files() -> Vec<Vec<u8>> {
    let seed: serde_json::Value =
        serde_json::from_slice(include_bytes!("../../../data/belgorod-incursions.json"))
            .expect("the seed");
    let changed = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut file = seed.clone();
        change(&mut file);
        file.to_string().into_bytes()
    };
    let mut files: Vec<Vec<u8>> = [
        "{\"a\": ",
        "[1,]",
        "[1 2]",
        "{\"a\" 1}",
        "{1: 2}",
        "{} x",
        "\"abc",
        "01",
        "1e999",
        "{\"a\": 1, \"a\": 2}",
        "\"\\q\"",
        "[\"\\ud800\"]",
        "\"\\u12\"",
        "[\"a\u{1}\"]",
    ]
    .iter()
    .map(|text| text.as_bytes().to_vec())
    .collect();
    files.push("[".repeat(100).into_bytes());
    files.push(b"[\"ab\xFFc\"]".to_vec());
    files.push(b"{\"format\": \"other/2\"}".to_vec());
    files.push(b"{\"claims\": []}".to_vec());
    files.push(changed(&|f| {
        f["claims"][0]["kind"] = "rumour".into();
        f["claims"][1]["claimant"] = "nobody".into();
        f["claims"][2]["quote"]["exact"] = "words no paragraph holds".into();
        f["claims"][3]["subjects"] = serde_json::json!(["russia", "russia"]);
        f["claims"][4]["summary"] = 7.into();
        f["claims"][5]["id"] = "Not An Id".into();
        f["claims"][6].as_object_mut().map(|c| c.remove("kind"));
        f["actors"][0]["name"] = " ".into();
        f["actors"][1]["id"] = f["actors"][0]["id"].clone();
        f["actors"][2]["kind"] = serde_json::json!(["person"]);
        f["sources"][0]["id"] = "unsourced".into();
        f["events"][0]["date"] = "2023-02-30".into();
        f["article"]["url"] = "javascript:alert(1)".into();
        f["paragraphs"] = f["paragraphs"].clone();
    }));
    files.push(changed(&|f| {
        let claims = [f["claims"][0]["id"].clone(), f["claims"][1]["id"].clone()];
        let relation = |claims: serde_json::Value| {
            serde_json::json!({"kind": "supports", "claims": claims, "note": null})
        };
        f["relations"] = serde_json::json!([
            relation(serde_json::json!([claims[0]])),
            relation(serde_json::json!([claims[0], claims[0]])),
            relation(serde_json::json!([claims[0], claims[1]])),
            relation(serde_json::json!([claims[1], claims[0]])),
            relation(serde_json::json!({})),
        ]);
        f["claims"][0]["quote"]["exact"] = "the".into();
        f["claims"][1]["quote"]["prefix"] = "no such prefix".into();
    }));
    files
}

/// Every refusal is drawn from the messages: in the pseudo-locale, which accents every letter of a
/// message and isolates each value, nothing but values and the file's own paths is plain English.
#[test]
fn every_problem_is_said_from_the_messages_in_the_interface_language() {
    let pseudo = claimscope_core::i18n::Locale::negotiate(["en-XA"]).expect("the pseudo-locale");
    let mut said = Vec::new();
    for file in broken_files() {
        let english = load(&file).expect_err("refused");
        let problems = claimscope_core::load_in(&file, pseudo).expect_err("refused");
        assert_eq!(problems.len(), english.len());
        for (problem, english) in problems.iter().zip(&english) {
            let plain: String = problem
                .message
                .split('\u{2068}')
                .map(|part| part.split_once('\u{2069}').map_or(part, |(_, rest)| rest))
                .collect();
            let word = plain
                .split(|c: char| !c.is_ascii_alphabetic())
                .find(|w| w.len() > 1);
            assert_eq!(word, None, "{problem} ({english})");
            assert_ne!(problem.message, english.message);
            said.push(english.message.clone());
        }
    }
    said.sort();
    said.dedup();
    assert!(said.len() >= 30, "{said:#?}");
}
