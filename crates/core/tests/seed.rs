//! The seed article: it validates (the app never starts with data that does not), and the findings
//! a reader is shown are the ones the text warrants.

use claimscope_core::{findings, load, Article, FindingKind};

fn seed() -> Article {
    load(include_bytes!("../../../data/belgorod-incursions.json"))
        .expect("the seed article validates")
}

#[test]
fn il_post_is_reported_missing_from_the_reference_list() {
    let article = seed();
    let found = findings(&article);
    let unlisted: Vec<&str> = found
        .iter()
        .filter(|f| f.kind == FindingKind::UnlistedSource)
        .flat_map(|f| f.sources.iter().map(|s| article.source(*s).outlet.as_str()))
        .collect();
    assert_eq!(unlisted, ["Il Post"]);
}

#[test]
fn the_legion_is_reported_under_two_names() {
    let article = seed();
    let several: Vec<(String, String)> = findings(&article)
        .into_iter()
        .filter(|f| f.kind == FindingKind::SeveralNames)
        .map(|f| (article.actor(f.actors[0]).key.clone(), f.detail))
        .collect();
    assert_eq!(several.len(), 1, "{several:#?}");
    assert_eq!(several[0].0, "freedom-of-russia-legion");
    assert!(several[0].1.contains(
        "“Liberty of Russia Legion” (paragraph 1) and “Freedom of Russia Legion” (paragraph 4)"
    ));
}

#[test]
fn every_listed_source_is_cited_and_claims_cite_only_what_exists() {
    let article = seed();
    assert!(findings(&article)
        .iter()
        .all(|f| f.kind != FindingKind::UncitedSource));
    for source in article.sources() {
        assert!(
            !article.claims_citing(source.id).is_empty(),
            "{} is never cited",
            source.key
        );
    }
}

#[test]
fn mentions_prefer_the_longest_name() {
    let article = seed();
    let russia = article.actor_by_key("russia").expect("Russia is an actor");
    let legion = article
        .actor_by_key("freedom-of-russia-legion")
        .expect("the Legion is an actor");
    for mention in article.mentions().iter().filter(|m| m.actor == russia) {
        let text = &article.paragraph(mention.paragraph).text;
        let around = &text[mention.range.start.saturating_sub(11)..mention.range.end];
        assert!(
            !around.ends_with("of Russia"),
            "“Russia” inside the Legion's name counted as Russia"
        );
    }
    // “Liberty of Russia Legion” once, “LSR” three times, “Freedom of Russia Legion” once.
    assert_eq!(article.mention_count(legion), 5);
}

#[test]
fn each_claim_quote_is_found_where_it_says() {
    let article = seed();
    for claim in article.claims() {
        let text = &article.paragraph(claim.quote.paragraph).text;
        assert_eq!(&text[claim.quote.range.clone()], claim.quote.exact);
    }
}

#[test]
fn the_authors_own_claims_are_attributed_to_the_author_in_findings() {
    let article = seed();
    let titles: Vec<String> = findings(&article)
        .into_iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .map(|f| f.title)
        .collect();
    assert!(
        titles
            .contains(&"The author (Valentina Ruaro) and Russia contradict each other".to_string()),
        "{titles:#?}"
    );
    assert!(
        titles.contains(&"White Rex and Russian military contradict each other".to_string()),
        "{titles:#?}"
    );
}
