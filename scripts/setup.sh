#!/usr/bin/env bash
# Installs what building and testing the explorer need on a Debian machine, each piece only when it
# is missing or at the wrong version, from package registries only (never a release binary):
# Debian's chromium, chromium-driver, brotli and nodejs, and for the other engines firefox-esr,
# webkit2gtk-driver (WebKitWebDriver and WebKitGTK's MiniBrowser) and xvfb; rustup's pinned
# toolchain (rust-toolchain.toml) with its wasm target and rust-src; trunk, wasm-bindgen-cli (at
# exactly Cargo.lock's wasm-bindgen) and geckodriver from crates.io; wasm-opt, terser and
# playwright-core from npm. Sourced by serve.sh and test.sh, which then find the tools on PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n== %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
command -v npm >/dev/null || missing+=(nodejs npm)
# The end-to-end suite's other engines (tests/e2e/engines.test.mjs): Firefox, and WebKit, whose
# MiniBrowser needs an X display even when no one looks at it.
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  step "Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The toolchain rust-toolchain.toml pins, with the components and target it names.
toolchain=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$toolchain-"; then
  step "Rust toolchain $toolchain (rust-toolchain.toml)"
  rustup toolchain install
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The release build compiles the standard library for size (scripts/trunk.sh): it needs its source.
if ! rustup component list --installed | grep -q '^rust-src'; then
  step "Rust component rust-src"
  rustup component add rust-src
fi

trunk_version=$(sed -n 's/^trunk-version = "\(.*\)"/\1/p' Trunk.toml)
if ! trunk --version 2>/dev/null | grep -qx "trunk $trunk_version"; then
  step "trunk $trunk_version (crates.io; about 9 minutes on 2 cores)"
  cargo install --locked trunk --version "$trunk_version"
fi

# wasm-bindgen-cli must match the wasm-bindgen library in Cargo.lock exactly, and Trunk.toml must
# name the same version, or Trunk would try to download its own.
bindgen_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if ! grep -q "^wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  echo "Trunk.toml's [tools] wasm_bindgen must be \"$bindgen_version\", the version in Cargo.lock." >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $bindgen_version"; then
  step "wasm-bindgen-cli $bindgen_version (crates.io; about 2 minutes)"
  # Not --locked: its lockfile pins a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# Firefox's WebDriver, for the end-to-end suite and the component tests in Firefox.
geckodriver_version=0.37.1
# Only the first line of its version text: grep -q, stopping early, would fail the pipe (pipefail).
if [ "$(geckodriver --version 2>/dev/null | head -n 1)" != "geckodriver $geckodriver_version" ]; then
  step "geckodriver $geckodriver_version (crates.io; about 4 minutes on 2 cores)"
  cargo install --locked geckodriver --version "$geckodriver_version" --force
fi

if ! cmp -s package-lock.json node_modules/.installed-lock.json; then
  step "npm tools: wasm-opt (binaryen), terser, playwright-core"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-lock.json
fi
export PATH="$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver

# Trunk builds offline; fetch crates now so a new dependency does not break it.
cargo fetch --quiet
