#!/usr/bin/env bash
# Runs every check in order and says which step failed. Called by `make test`.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
WASM=(--target wasm32-unknown-unknown)
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

step() {
  local name=$1
  shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  local t0=$SECONDS
  if ! "$@" 2>&1 | tee -a "$LOG"; then
    printf '\n\033[1;31mFAILED: %s\033[0m (command: %s)\n' "$name" "$*" >&2
    exit 1
  fi
  printf '\033[2m-- %s: %ss\033[0m\n' "$name" "$((SECONDS - t0))"
}

step "format (cargo fmt --check)" cargo fmt --all -- --check
step "clippy, native" cargo clippy --workspace --all-targets -- -D warnings
step "clippy, native (prerender)" cargo clippy -p relance --features prerender --bins -- -D warnings
step "clippy, wasm32 (app)" cargo clippy "${WASM[@]}" -p relance --lib --bins --tests -- -D warnings
step "clippy, wasm32 (model, wasm bench, charts)" cargo clippy "${WASM[@]}" -p relance-model -p relance-bench-wasm -p relance-charts --lib -- -D warnings
step "clippy, wasm32 (worker)" cargo clippy "${WASM[@]}" -p relance-worker --lib --bins -- -D warnings
step "model has no web dependency" scripts/check-model-deps.sh
step "commune data matches its generator" python3 scripts/communes.py --check
step "native tests" cargo test --workspace
step "browser tests (wasm-bindgen-test, headless Chromium)" cargo test "${WASM[@]}" -p relance
step "release build (trunk, wasm-opt)" trunk build --release
step "first-download gate (430 KB gzip)" scripts/size.sh
step "end-to-end tests (Playwright, headless Chromium)" node --test tests/e2e/
passed=$(sed 's/\x1b\[[0-9;]*m//g' "$LOG" | awk '/^test result:/ {p += $4} /^# pass / {p += $3} END {print p + 0}')
printf '\n\033[1;32mAll checks passed.\033[0m\n'
# One closing line for CI: every Rust and end-to-end test counted.
echo "Summary: $passed passed, 0 failed"
