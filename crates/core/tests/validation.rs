//! Each kind of problem an article file can have, in a file that has it, with the exact sentence an
//! editor reads.

use claimscope_core::{load, Problem, MAX_FILE_BYTES};

const EXAMPLE: &str = include_str!("../../../tests/fixtures/harbour.json");

/// The example with `from` replaced by `to` (which must occur exactly once), and its problems.
fn problems_after(from: &str, to: &str) -> Vec<String> {
    assert_eq!(
        EXAMPLE.matches(from).count(),
        1,
        "the fixture must contain {from:?} once"
    );
    problems(&EXAMPLE.replace(from, to))
}

fn problems(text: &str) -> Vec<String> {
    match load(text.as_bytes()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

#[test]
fn the_documented_example_is_valid() {
    assert_eq!(problems(EXAMPLE), Vec::<String>::new());
}

#[test]
fn text_that_is_not_json_is_located() {
    assert_eq!(
        problems_after(
            "\"format\": \"claimscope/1\",",
            "\"format\": \"claimscope/1\""
        ),
        ["line 3, column 3: expected ',' or '}' in an object."]
    );
}

#[test]
fn an_unknown_format_version_stops_loading() {
    assert_eq!(
        problems_after("claimscope/1", "claimscope/2"),
        ["format: “claimscope/2” is not a format this explorer reads; it reads “claimscope/1”."]
    );
    assert_eq!(
        problems("{}"),
        ["format: missing or not text: an article file starts with \"format\": \"claimscope/1\"."]
    );
}

#[test]
fn missing_fields_and_wrong_types_are_named_by_path() {
    assert_eq!(
        problems_after("\"summary\": \"The harbour was closed on Friday.\",", ""),
        ["claims[0].summary: this field is missing."]
    );
    assert_eq!(
        problems_after("\"listed\": false", "\"listed\": \"no\""),
        ["sources[0].listed: expected true or false, found text."]
    );
    assert_eq!(
        problems_after(
            "\"aliases\": [], \"kind\": \"author\"",
            "\"aliases\": \"none\", \"kind\": \"author\""
        ),
        ["actors[0].aliases: expected a list, found text."]
    );
}

#[test]
fn empty_names_are_refused() {
    assert_eq!(
        problems_after("\"name\": \"mayor\"", "\"name\": \"  \""),
        ["actors[1].name: must not be empty."]
    );
}

#[test]
fn duplicate_ids_point_at_the_first_use() {
    assert_eq!(
        problems_after("\"id\": \"mayor\"", "\"id\": \"writer\""),
        [
            "actors[1].id: “writer” is already the id of actors[0].",
            "claims[1].claimant: “mayor” is not the id of any entry in actors."
        ]
    );
}

#[test]
fn malformed_ids_are_explained() {
    assert_eq!(
        problems_after("\"id\": \"gazette\"", "\"id\": \"Port Gazette\""),
        [
            "sources[0].id: “Port Gazette” is not a valid id: use 1 to 64 lower-case letters, digits, '-' or '_', starting with a letter or digit.",
            "claims[0].sources[0]: “gazette” is not the id of any entry in sources."
        ]
    );
}

#[test]
fn dangling_references_are_each_reported() {
    let text = EXAMPLE
        .replace("\"claimant\": \"mayor\"", "\"claimant\": \"governor\"")
        .replace(
            "\"denial\", \"subjects\": [\"port-authority\"]",
            "\"denial\", \"subjects\": [\"harbour\"]",
        )
        .replace("\"claims\": [\"closed\"]", "\"claims\": [\"closure\"]");
    assert_eq!(
        problems(&text),
        [
            "claims[1].claimant: “governor” is not the id of any entry in actors.",
            "claims[2].subjects[0]: “harbour” is not the id of any entry in actors.",
            "events[0].claims[0]: “closure” is not the id of any entry in claims."
        ]
    );
}

#[test]
fn quotes_must_occur_once_in_their_paragraph() {
    assert_eq!(
        problems_after("\"exact\": \"it will reopen on Monday\"", "\"exact\": \"it will reopen on Tuesday\""),
        ["claims[1].quote.exact: the text “it will reopen on Tuesday” does not occur in paragraph p1."]
    );
    assert_eq!(
        problems_after("\"exact\": \"it will reopen on Monday\"", "\"exact\": \"The\""),
        ["claims[1].quote: “The” occurs 2 times in paragraph p1; add a prefix or suffix to say which."]
    );
    assert_eq!(
        problems_after("\"exact\": \"it will reopen on Monday\"", "\"exact\": \"The\", \"prefix\": \"but \""),
        ["claims[1].quote: “The” occurs in paragraph p1, but not with the given prefix and suffix."]
    );
    assert_eq!(
        problems_after(
            "\"exact\": \"it will reopen on Monday\"",
            "\"exact\": \"The\", \"suffix\": \" mayor\""
        ),
        Vec::<String>::new()
    );
}

#[test]
fn dates_must_exist() {
    assert_eq!(
        problems_after(
            "\"published\": \"2024-03-02\"",
            "\"published\": \"2023-02-29\""
        ),
        ["article.published: “2023-02-29” is not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)."]
    );
    assert_eq!(
        problems_after("\"date\": \"2024-03-01\"", "\"date\": null"),
        ["events[0].date: expected text, found null."]
    );
}

#[test]
fn unknown_kinds_list_the_known_ones() {
    assert_eq!(
        problems_after("\"kind\": \"denial\"", "\"kind\": \"rumour\""),
        ["claims[2].kind: “rumour” is not a known claim kind; use one of: report, assessment, statement, denial."]
    );
    assert_eq!(
        problems_after("\"kind\": \"contradicts\"", "\"kind\": \"refutes\""),
        ["relations[0].kind: “refutes” is not a known relation kind; use one of: contradicts, supports."]
    );
}

#[test]
fn links_must_be_http() {
    assert_eq!(
        problems_after(
            "\"url\": \"https://example.org/harbour\"",
            "\"url\": \"javascript:alert(1)\""
        ),
        ["article.url: “javascript:alert(1)” is not an absolute http:// or https:// link."]
    );
}

#[test]
fn relations_link_two_different_claims() {
    assert_eq!(
        problems_after(
            "\"claims\": [\"reopen\", \"no-date\"]",
            "\"claims\": [\"reopen\"]"
        ),
        ["relations[0].claims: a relation links exactly two claims, not 1."]
    );
    assert_eq!(
        problems_after(
            "\"claims\": [\"reopen\", \"no-date\"]",
            "\"claims\": [\"reopen\", \"reopen\"]"
        ),
        [
            "relations[0].claims: a relation links two different claims.",
            "relations[0].claims[1]: “reopen” is listed twice."
        ]
    );
}

#[test]
fn two_claims_are_related_once() {
    let text = EXAMPLE.replace(
        "\"relations\": [",
        "\"relations\": [{ \"kind\": \"supports\", \"claims\": [\"no-date\", \"reopen\"], \"note\": null },",
    );
    assert_eq!(
        problems(&text),
        ["relations[1].claims: these two claims are already related by relations[0]."]
    );
}

#[test]
fn the_unsourced_id_is_reserved() {
    let text = EXAMPLE.replace("\"gazette\"", "\"unsourced\"");
    assert_eq!(
        problems(&text),
        ["sources[0].id: “unsourced” is reserved for claims without a source; choose another id."]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = EXAMPLE
        .replace("\"language\": \"en\"", "\"language\": 7")
        .replace("\"kind\": \"person\"", "\"kind\": \"mayor\"")
        .replace(
            "\"exact\": \"The harbour was closed on Friday\"",
            "\"exact\": \"closed on Sunday\"",
        );
    assert_eq!(
        problems(&text),
        [
            "article.language: expected text, found a number.",
            "actors[1].kind: “mayor” is not a known actor kind; use one of: person, people, organisation, armed-group, state, government, military, intelligence-agency, media, author.",
            "claims[0].quote.exact: the text “closed on Sunday” does not occur in paragraph p1.",
        ]
    );
}

#[test]
fn editorial_gaps_are_not_refused() {
    // A claim about no actor, empty summaries and an event no claim reports: the explorer shows
    // them all, and the checker warns of them instead (format::warnings).
    let text = EXAMPLE
        .replacen("\"subjects\": [\"port-authority\"]", "\"subjects\": []", 1)
        .replacen("\"summary\": \"", "\"summary\": \"\", \"x-was\": \"", 2);
    let article = load(text.as_bytes()).expect("gaps are not problems");
    assert!(article.claims().iter().any(|c| c.subjects.is_empty()));
    assert!(article.actors()[0].summary.is_empty());
    let warned = claimscope_core::format::warnings(&article);
    assert_eq!(warned.len(), 3, "{warned:#?}");
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let huge = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        problems(std::str::from_utf8(&huge).unwrap()),
        ["The file is 20,971,521 bytes; article files may be at most 20 MB."]
    );
}

#[test]
fn hostile_text_is_kept_as_text() {
    let hostile = "<img src=x onerror=alert(1)>\u{202E}\u{200B}&amp;";
    let text = EXAMPLE.replace("Harbour closed after storm", hostile);
    let article = load(text.as_bytes()).expect("markup in text is not a problem");
    assert_eq!(article.info().title, hostile);
}
