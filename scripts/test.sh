#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting and lints, the native tests
# (core, CLI, app), the component tests in headless Chromium and headless Firefox, and the
# end-to-end tests against the release build (in Chromium, and their main paths in Firefox and
# WebKit too; the WebKit run starts its own Xvfb and stops it by its process id). Ends with each runner's summary and a total, whichever layers failed; exits non-zero
# on any failure.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
# A clean clone builds once: incremental caches would only fill the disk (several GB).
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
# Each layer runs even when one before it failed, so the summary below always tells every layer.
failed_layers=()
run() {
  local name=$1; shift
  local start=$SECONDS
  printf '\n== %s\n' "$name"
  if ! "$@" 2>&1 | tee "$log/$name.txt"; then
    failed_layers+=("$name")
  fi
  printf '== %s took %d s\n' "$name" $((SECONDS - start))
}

run fmt cargo fmt --all -- --check
run clippy cargo clippy --workspace --all-targets --quiet -- -D warnings
run clippy-ssr cargo clippy -p claimscope-app --features ssr --bin prerender --quiet -- -D warnings
run clippy-wasm cargo clippy -p claimscope-app -p claimscope-editor -p claimscope-drafter --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
run native cargo test --workspace --quiet
# The core alone, as the browser's drafter has it: English's lists, the others read from files.
run native-core cargo test -p claimscope-core --lib --quiet
run native-ssr cargo test -p claimscope-app --features ssr --bin prerender --quiet
run components cargo test -p claimscope-app --target wasm32-unknown-unknown
run components-editor cargo test -p claimscope-editor --target wasm32-unknown-unknown
# The same tests in Firefox: wasm-bindgen-test-runner takes GECKODRIVER before CHROMEDRIVER.
run components-firefox env GECKODRIVER="$(command -v geckodriver)" cargo test -p claimscope-app -p claimscope-editor --target wasm32-unknown-unknown
run build bash scripts/trunk.sh build --release
run node node --test --test-reporter=spec tests/

# Every runner's totals, layer by layer and added up.
cargo_totals() { sed -n 's/^test result: [a-zA-Z]*\. \([0-9]*\) passed; \([0-9]*\) failed.*/\1 \2/p' "$@"; }
node_totals() { sed -n 's/^ℹ pass \([0-9]*\)$/\1 0/p; s/^ℹ fail \([0-9]*\)$/0 \1/p' "$@"; }
printf '\n== Summary\n'
total_passed=0; total_failed=0
for layer in native components node; do
  passed=0; failed=0
  while read -r p f; do passed=$((passed + p)); failed=$((failed + f)); done < <(
    if [ "$layer" = node ]; then node_totals "$log/$layer.txt"; else cargo_totals "$log/$layer"*.txt; fi
  )
  echo "$layer: $passed passed, $failed failed"
  total_passed=$((total_passed + passed)); total_failed=$((total_failed + failed))
done
if [ ${#failed_layers[@]} -gt 0 ]; then
  echo "layers that failed: ${failed_layers[*]}"
  # A layer that failed without a failing test (formatting, lints, a build) still counts as one.
  [ "$total_failed" -gt 0 ] || total_failed=${#failed_layers[@]}
fi
echo "total: $total_passed passed, $total_failed failed"
[ ${#failed_layers[@]} = 0 ] && [ "$total_failed" = 0 ]
