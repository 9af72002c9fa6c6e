#!/usr/bin/env bash
# The model crate must stay a pure library: no web or randomness dependency, even indirectly.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(cargo tree -p relance-model -e normal --prefix none --target all)
bad=$(echo "$tree" | grep -E '^(yew|web-sys|wasm-bindgen|js-sys|gloo[a-z-]*|getrandom) ' || true)
if [ -n "$bad" ]; then
  echo "crates/model depends on forbidden crates:" >&2
  echo "$bad" | sort -u >&2
  exit 1
fi
echo "relance-model: $(echo "$tree" | sort -u | wc -l) crates, none of yew, web-sys, wasm-bindgen, js-sys, gloo, getrandom"
