#!/usr/bin/env bash
# Installs what the build and the tests need, only when missing. Idempotent: a second run
# installs nothing. Usage: scripts/setup.sh build|test
#   build: wasm32 target, wasm-bindgen-cli (Cargo.lock's version), trunk, wasm-opt (npm binaryen)
#   test:  the same, plus Debian chromium and chromium-driver, and the npm test packages
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=132
what=${1:-build}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
fail() {
  printf '\033[1;31m[setup] FAILED:\033[0m %s\n' "$1" >&2
  shift
  for line in "$@"; do printf '        %s\n' "$line" >&2; done
  exit 1
}

need_cmd() { command -v "$1" >/dev/null 2>&1 || fail "'$1' is not installed" "$2"; }

need_cmd cargo "Install Rust with rustup (https://rustup.rs), then run this again."
need_cmd rustup "The wasm32 target is added with rustup; install Rust with rustup."
need_cmd node "Install Node.js 20 or later (Debian: apt-get install nodejs npm)."
need_cmd npm "Install npm (Debian: apt-get install npm)."

# 1. The WebAssembly target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || fail "rustup could not add wasm32-unknown-unknown" \
    "Check that crates and rustup's dist server are reachable."
fi

# 2. wasm-bindgen-cli at exactly the version Cargo.lock pins.
[ -f Cargo.lock ] || cargo generate-lockfile
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
[ -n "$WB_VERSION" ] || fail "could not read wasm-bindgen's version from Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (takes several minutes)"
  # Not --locked: its lock pins a crate the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" ||
    fail "cargo install wasm-bindgen-cli $WB_VERSION failed" "See the cargo output above."
fi

# 3. trunk.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes about ten minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION" ||
    fail "cargo install trunk $TRUNK_VERSION failed" "See the cargo output above."
fi

# 4. npm packages from the lockfile (wasm-opt comes from the npm 'binaryen' package: Debian's
#    binaryen is too old to read current Rust wasm).
stamp=node_modules/.relance-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund || fail "npm ci failed" "The npm registry must be reachable."
  cp package-lock.json "$stamp"
fi
got=$(node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{print $3}')
[ "$got" = "$WASM_OPT_VERSION" ] || fail "wasm-opt $WASM_OPT_VERSION expected, found '${got:-none}'" \
  "package.json must pin binaryen $WASM_OPT_VERSION.0.0."

# 5. Chromium and its driver, for the browser tests only.
if [ "$what" = test ]; then
  if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
    say "installing Debian chromium and chromium-driver"
    SUDO=""
    if [ "$(id -u)" != 0 ]; then
      command -v sudo >/dev/null || fail "chromium is missing and this user cannot install it" \
        "Run as root, or: sudo apt-get install chromium chromium-driver"
      SUDO=sudo
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq || fail "apt-get update failed" "Debian's package servers must be reachable."
    $SUDO apt-get install -y -qq chromium chromium-driver ||
      fail "apt-get install chromium chromium-driver failed" "See the apt output above."
  fi
fi
# 6. The DGCL file behind the per-commune data (crates/model/data/communes.csv), for the test
#    that the file matches its generator (scripts/communes.py): the sdist of PyPI
#    dotations-locales-back 1.3.6, of which only data/criteres_repartition_2022.csv is kept.
if [ "$what" = test ]; then
  dgcl=target/data-sources/dotations-locales-back-1.3.6/data/criteres_repartition_2022.csv
  if [ ! -f "$dgcl" ]; then
    need_cmd python3 "Install Python 3 (Debian: apt-get install python3 python3-pip)."
    if ! python3 -m pip --version >/dev/null 2>&1; then
      say "installing Debian python3-pip"
      SUDO=""
      [ "$(id -u)" = 0 ] || SUDO=sudo
      $SUDO apt-get install -y -qq python3-pip || fail "apt-get install python3-pip failed" "See the apt output above."
    fi
    say "downloading dotations-locales-back 1.3.6 from PyPI (the DGCL criteria file, 32 MB)"
    mkdir -p target/data-sources
    python3 -m pip download --quiet --no-deps --no-binary :all: --dest target/data-sources \
      dotations-locales-back==1.3.6 || fail "pip download dotations-locales-back failed" "PyPI must be reachable."
    tar -xzf target/data-sources/dotations-locales-back-1.3.6.tar.gz -C target/data-sources \
      dotations-locales-back-1.3.6/data/criteres_repartition_2022.csv ||
      fail "the sdist has no data/criteres_repartition_2022.csv" "PyPI served an unexpected file."
    rm -f target/data-sources/dotations-locales-back-1.3.6.tar.gz
  fi
fi
say "all tools present (wasm-bindgen $WB_VERSION, trunk $TRUNK_VERSION, wasm-opt $WASM_OPT_VERSION)"
