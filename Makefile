# The two commands: `make serve` and `make test`. Both install what is missing first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
WASM := --target wasm32-unknown-unknown

.PHONY: serve build test setup-build setup-test lint test-native test-wasm test-e2e bench clean

serve: setup-build
	trunk serve --release

build: setup-build
	trunk build --release

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

test: setup-test
	@scripts/run-tests.sh

lint: setup-test
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy $(WASM) -p relance --lib --bins --tests -- -D warnings
	cargo clippy $(WASM) -p relance-model -p relance-bench-wasm -p relance-charts --lib -- -D warnings
	cargo clippy $(WASM) -p relance-worker --lib --bins -- -D warnings

test-native:
	cargo test --workspace

test-wasm:
	cargo test $(WASM) -p relance

test-e2e: build
	node --test tests/e2e/

bench: setup-test
	@scripts/bench.sh

clean:
	cargo clean
	rm -rf dist
