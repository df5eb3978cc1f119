//! Arbitrary strings to the address parsers, against the seed article: no panic, and what the
//! explorer writes back into the address reads back as the same state.
#![no_main]

use std::sync::OnceLock;

use claimscope_core::{load, Article, Embedding, UrlState};
use libfuzzer_sys::fuzz_target;

fn seed() -> &'static Article {
    static SEED: OnceLock<Article> = OnceLock::new();
    SEED.get_or_init(|| load(include_bytes!("../../data/belgorod-incursions.json")).expect("the seed validates"))
}

fuzz_target!(|search: &str| {
    let article = seed();
    let _ = Embedding::parse(search);
    let state = UrlState::parse(article, search);
    let written = state.to_query_string(article);
    assert_eq!(UrlState::parse(article, &written), state, "state → address → state changed it");
});
