#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), on the staged build: minifies what Trunk leaves full-size
# (scripts/minify-build.mjs), then writes the seed article into the page and names the build for
# article files after its content (src/bin/prerender.rs). One script, because Trunk runs the hooks
# of a stage side by side and the pre-render must see the minified files. The pre-render is a
# native build: the options scripts/trunk.sh sets for the WebAssembly are removed for it.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/minify-build.mjs "$TRUNK_STAGING_DIR"
exec env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES \
  cargo run --quiet --features ssr --bin prerender
