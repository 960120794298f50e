#!/usr/bin/env bash
# Builds the npm package into wasm/pkg, and a copy for the demo page in
# wasm/www/pkg: the module for wasm32, wasm-opt -Oz, then the package's
# JavaScript (wasm/js) with the module's layout (wasm/examples/layout.rs)
# and the module itself inlined, bundled into one file. Installs what it
# needs first (the rustup target, the npm tools), and says how large the
# package is, gzipped, against its budget.
# Usage: ./scripts/build-wasm.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# What the package holds and what each part costs, measured, is in
# CONTRIBUTING.md ("The npm package"): the core whole, its messages
# filled in the module, its speed. The budget keeps it from growing
# unnoticed.
budget=${CVM_PACKAGE_BUDGET:-38300}
pkg=wasm/pkg
target=${CARGO_TARGET_DIR:-target}
stage=$target/wasm-package
name=cvm_password

step() { printf '\n==> %s\n' "$*"; }

step "wasm tools: rustup target, npm packages"
rustup target add wasm32-unknown-unknown
if [ ! -x wasm/node_modules/.bin/wasm-opt ] || [ ! -x wasm/node_modules/.bin/esbuild ]; then
    (cd wasm && npm ci --no-audit --no-fund)
fi

step "build: cargo, wasm-opt -Oz"
# LLVM's inliner at the threshold of its -Oz (25), the core's other passes
# at opt-level 3: inlining is what makes the JSON writer's and the
# filler's many small calls large, the other passes what keeps a rejected
# password's check fast (CONTRIBUTING.md, "The npm package").
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C llvm-args=-inline-threshold=25" \
    cargo build -p cvm-password-wasm --target wasm32-unknown-unknown --profile wasm-release --locked
rm -rf "$pkg" "$stage"
mkdir -p "$pkg" "$stage"
# The features rustc enables on wasm32 by default; wasm-opt must know them
# to read the module, and adds none. The custom sections (names, producers,
# target features) are of no use to a host. --low-memory-unused lets
# addresses fold into offsets: Rust puts its stack below 1 MiB, growing
# down, and its data above, so the first KiB is never used.
wasm/node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-multivalue --enable-reference-types \
    --strip-debug --strip-producers --strip-target-features \
    "$target/wasm32-unknown-unknown/wasm-release/cvm_password_wasm.wasm" -o "$stage/$name.wasm"

step "JavaScript: the module's layout and the module inlined, bundled into $pkg/$name.js"
cargo run -q -p cvm-password-wasm --example layout --locked -- js > "$stage/layout.js"
node -e '
    const fs = require("fs");
    const zlib = require("zlib");
    const [source, wasm, out] = process.argv.slice(1);
    const code = fs.readFileSync(source, "utf8");
    const marker = "/* WASM */";
    if (code.split(marker).length !== 2) throw new Error(`${source} must hold ${marker} once`);
    const inlined = zlib.gzipSync(fs.readFileSync(wasm), { level: 9 }).toString("base64");
    fs.writeFileSync(out, code.replace(marker, () => inlined));
' "wasm/js/$name.js" "$stage/$name.wasm" "$stage/$name.js"
wasm/node_modules/.bin/esbuild "$stage/$name.js" --bundle --minify --format=esm --target=es2022 \
    --charset=utf8 --legal-comments=none --log-level=warning --outfile="$pkg/$name.js"
cp "wasm/js/$name.d.ts" "$pkg/"

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' wasm/Cargo.toml | head -n 1)
node -e '
    const [template, out, version] = process.argv.slice(1);
    const manifest = JSON.parse(require("fs").readFileSync(template, "utf8"));
    require("fs").writeFileSync(out, JSON.stringify({ ...manifest, version }, null, 2) + "\n");
' wasm/npm/package.json "$pkg/package.json" "$version"
cp wasm/README.md LICENSE-MIT LICENSE-APACHE "$pkg/"

step "size: the package's JavaScript, the module inside it, gzipped"
raw=$(wc -c < "$pkg/$name.js")
gz=$(gzip -9 -c "$pkg/$name.js" | wc -c)
printf '%-20s %7d bytes raw %7d bytes gzipped (budget %d)\n' "$name.js" "$raw" "$gz" "$budget"
printf '%-20s %7d bytes raw %7d bytes gzipped, inside it\n' "the module" \
    "$(wc -c < "$stage/$name.wasm")" "$(gzip -9 -c "$stage/$name.wasm" | wc -c)"
if [ "$gz" -gt "$budget" ]; then
    echo "the package is above its size budget (CVM_PACKAGE_BUDGET overrides it)" >&2
    exit 1
fi

rm -rf wasm/www/pkg
cp -r "$pkg" wasm/www/pkg
