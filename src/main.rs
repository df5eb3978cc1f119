//! The explorer for the article served in the page: everything lives in the library, so tests can
//! mount it. It reads no article files, so the JSON reader and validator stay out of its
//! WebAssembly; `src/bin/claimscope-files.rs` is the build that does.

fn main() {
    claimscope_app::run(None);
}
