#!/usr/bin/env bash
# Runs Trunk with the settings that keep the release WebAssembly small (BENCHMARKS.md, Size): the
# standard library is compiled with the app and optimised for size, and a panic stops the program
# at once instead of formatting a message (web/boot.js then shows readers a plain notice). These
# are unstable compiler options, enabled on the stable toolchain through RUSTC_BOOTSTRAP, for the
# wasm32 build only: the pre-render hook in Trunk.toml removes them for its native build.
# Plain `trunk build --release` works too, with a larger file.
set -euo pipefail
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD="std panic_abort"
export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
# Trunk builds offline: fetch the standard library's own dependencies first (a no-op once cached).
cargo fetch --quiet --target wasm32-unknown-unknown
exec trunk "$@"
