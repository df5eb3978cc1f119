#!/usr/bin/env bash
# Fuzzes the article loader and the address parser with libFuzzer (cargo-fuzz), for a bounded time:
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 300; not part of test.sh)
# Any crash stops it with the input saved under fuzz/artifacts/. cargo-fuzz needs nightly flags;
# RUSTC_BOOTSTRAP lets the stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
export RUSTC_BOOTSTRAP=1
mkdir -p fuzz/corpus/load fuzz/corpus/address
cp data/*.json tests/fixtures/*.json tests/hostile/*.json fuzz/corpus/load/
printf '?view=claims&by=white-rex&source=unsourced&q=peace+keeping%%E2%%80%%99s' > fuzz/corpus/address/seed
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for target in load address; do
  echo "== fuzzing $target for ${seconds}s"
  if ! cargo fuzz run "$target" "fuzz/corpus/$target" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=1048576 >"$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz target $target failed: the input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs)' "$log"
done
