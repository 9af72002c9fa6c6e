#!/usr/bin/env bash
# Prints Relance's performance and size figures. Called by `make bench`.
#  1. the model natively (central projection, 1 000-draw Monte Carlo)
#  2. the same in WebAssembly in headless Chromium, and the Wasm/native ratio
#  3. the release bundle: each file raw and gzip, and the first download
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "== model, native (profile bench-native)"
cargo build -q --profile bench-native -p relance-model --example bench
native=$(target/bench-native/examples/bench)
echo "$native"

echo "== model, WebAssembly in headless Chromium (profile worker, as in the worker: model at opt-level 2)"
CARGO_PROFILE_WORKER_OPT_LEVEL=${BENCH_WASM_OPT:-z} cargo build -q --profile worker --target wasm32-unknown-unknown -p relance-bench-wasm
out=target/bench-wasm
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  target/wasm32-unknown-unknown/worker/relance_bench_wasm.wasm
wasm=$(node scripts/bench-wasm.mjs "$out")
echo "$wasm"

node -e '
const n = JSON.parse(process.argv[1]), w = JSON.parse(process.argv[2]);
const f = (x) => x.toFixed(4);
console.log("== summary");
console.log(`central projection : native ${f(n.central_ms)} ms, wasm ${f(w.central_ms)} ms, wasm/native ${(w.central_ms / n.central_ms).toFixed(2)} (target: wasm <= 0.1 ms)`);
console.log(`1000-draw MC       : native ${f(n.monte_carlo_1000_ms)} ms, wasm ${f(w.monte_carlo_1000_ms)} ms, wasm/native ${(w.monte_carlo_1000_ms / n.monte_carlo_1000_ms).toFixed(2)} (target: ratio <= 1.5; the bands draw 200)`);
console.log(`attribution (8 workstreams differ): native ${f(n.attribution_ms)} ms, wasm ${f(w.attribution_ms)} ms`);
console.log(`marginal (+1 M€, 21 levers)        : native ${f(n.marginal_ms)} ms, wasm ${f(w.marginal_ms)} ms`);
console.log(`seek, two targets                  : native ${f(n.seek_two_targets_ms)} ms, wasm ${f(w.seek_two_targets_ms)} ms (target: wasm <= 100 ms)`);
' "$native" "$wasm"

echo "== release bundle (trunk build --release)"
trunk build --release >/dev/null 2>&1 || { echo "trunk build failed: run make build" >&2; exit 1; }
scripts/size.sh || true

echo "== page in headless Chromium (local serve: phone 390x844 at CPU /1 and /4, desktop 1920x1080)"
node scripts/bench-ui.mjs | node -e '
let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
  const r = JSON.parse(s);
  console.log(`time to interactive: median ${r.tti_median_ms.toFixed(0)} ms, max ${r.tti_max_ms.toFixed(0)} ms over 5 cold loads (target: <= 1000 ms)`);
  const f = (s) => `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;
  for (const [k, v] of Object.entries(r.phone)) {
    const rate = k.slice(1);
    console.log(`phone 390x844, CPU /${rate}: input -> central figures repainted ${f(v.central)} (target: p95 <= 16 ms)`);
    console.log(`phone 390x844, CPU /${rate}: input -> bands of the new scenario in ${f(v.bands)}`);
  }
  console.log(`desktop 1920x1080: input -> central figures ${f(r.desktop_central)}; bands ${f(r.desktop_bands)}`);
  console.log(`desktop 1920x1080: input -> chart redrawn: p50 ${r.p50_ms.toFixed(1)} ms, p95 ${r.p95_ms.toFixed(1)} ms, max ${r.max_ms.toFixed(1)} ms over ${r.moves} moves`);
  const gaveUp = r.desktop_timeouts + Object.values(r.phone).reduce((n, v) => n + v.timeouts, 0);
  if (gaveUp > 0) console.log(`(${gaveUp} waits gave up after 5 s: those moves count as 5 s)`);
  const mb = (x) => (x / 1048576).toFixed(2);
  console.log(`10 000 lever events: ${r.events_10k_before_switches_ms.toFixed(0)} ms before 300 view switches, ${r.events_10k_after_300_switches_ms.toFixed(0)} ms after`);
  for (const [c, host] of [[r.slow4g_x4, "brotli (the .br files of the build)"], [r.slow4g_x4_gzip, "gzip -9 (a host that only gzips)"]]) {
    console.log(`cold load, phone on Slow 4G (1.6 Mb/s, 150 ms) at CPU /4, served ${host}: ${(c.bytes_before_first_lever / 1024).toFixed(0)} KB transferred; first figures visible ${c.first_figures_ms.toFixed(0)} ms, first lever usable ${c.first_lever_ms.toFixed(0)} ms, first bands ${c.first_bands_ms.toFixed(0)} ms (median of 3; targets: figures <= 1000 ms, lever <= 2000 ms)`);
    console.log(`  Core Web Vitals, same cold load: FCP ${c.fcp_ms.toFixed(0)} ms, LCP ${c.lcp_ms.toFixed(0)} ms, CLS ${c.cls.toFixed(3)} (target <= 0.05), INP ${c.inp_ms.toFixed(0)} ms over ${c.interactions} lever moves (median of 3)`);
  }
  console.log(`soak of ${r.soak_events} lever events: JS heap ${mb(r.heap_before)} -> ${mb(r.heap_after)} MB after GC (growth ${mb(r.heap_after - r.heap_before)} MB, target <= 1 MB), Wasm memory ${mb(r.wasm_before)} -> ${mb(r.wasm_after)} MB`);
});'
