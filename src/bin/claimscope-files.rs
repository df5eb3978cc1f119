//! The explorer that also reads article files named in `data=`, checking them with the core's
//! loader. `web/boot.js` starts it instead of the lighter build for the served article when the
//! address names a file.

fn main() {
    claimscope_app::run(Some(claimscope_core::load_in));
}
