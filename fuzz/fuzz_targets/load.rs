//! Arbitrary bytes to the article loader: it must return problems or an article, never panic,
//! hang, or run out of memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(article) = claimscope_core::load(bytes) {
        // A loaded article must survive every derived view of it too.
        let _ = claimscope_core::findings(&article);
        let _ = claimscope_core::query::run(&article, &claimscope_core::Query::default());
    }
});
