#!/usr/bin/env bash
# Writes the Go module's generated files: its engine, the WebAssembly module
# with the pre-flight (feature `preflight`), translated to Go by wasm2go
# into go/internal/engine/engine.go, and the module's layout as Go
# constants into go/layout.go. Both are committed; CI runs this again and
# fails on any difference (scripts/test-go.sh).
# Usage: ./scripts/build-go.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# wasm2go at a pinned version: it reads a module and writes pure Go, no
# cgo. It runs on Go 1.26; the code it writes builds on Go 1.21.
wasm2go=github.com/ncruces/wasm2go@v0.4.22
target=$root/target/go-engine
wasm=$target/wasm32-unknown-unknown/go-wasm/cvm_password_wasm.wasm

step() { printf '\n==> %s\n' "$*"; }

step "engine: the module with the pre-flight, for wasm32"
rustup target add wasm32-unknown-unknown
# A stack of 128 KiB, not Rust's 1 MiB: each engine instance allocates its
# memory whole, so this is most of what one costs (go/README.md). Paths
# are remapped so that the module is the same wherever it is built.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C link-arg=-zstack-size=131072 \
    --remap-path-prefix=$root=/cvm-password --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo" \
    cargo build -p cvm-password-wasm --features preflight --target wasm32-unknown-unknown \
    --profile go-wasm --target-dir "$target" --locked

step "wasm2go: the engine as Go"
# -noopt: wasm2go's optimized output has a statement `go vet` calls
# unreachable (in the allocator's code); unoptimized, it is vet-clean and
# a check costs about the same (BENCHMARKS.md, "In Go").
go run "$wasm2go" -noopt -pkg engine -o go/internal/engine/engine.go "$wasm"

step "the module's layout as Go constants"
cargo run -q -p cvm-password-wasm --example layout --locked -- go > go/layout.go
gofmt -w go/layout.go go/internal/engine/engine.go
