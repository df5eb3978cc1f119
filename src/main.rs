//! The explorer's entry point: everything lives in the library, so tests can mount it.

fn main() {
    claimscope_app::run();
}
