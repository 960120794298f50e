#!/usr/bin/env bash
# Builds the npm package into wasm/pkg, and a copy for the demo page in
# wasm/www/pkg: cargo for wasm32, wasm-opt -Oz, then the package's
# JavaScript (wasm/js) with the data it takes from the core
# (wasm/examples/glue.rs: names, codes, message templates). Installs what it
# needs first (the rustup target, the npm tools), and fails when the .wasm
# and its JavaScript are above the size budget, gzipped.
# Usage: ./scripts/build-wasm.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# The budget was 30,000 bytes, then 40,000 once the rules of every API came
# in (38,203 bytes with wasm-bindgen, js-sys and the core's messages in the
# module). Without them, the module has no allocator and no formatting, and
# the JavaScript builds objects and messages from templates: 22,102 bytes.
# The issue "The browser package faster than the JavaScript peers, and
# smaller" asks for 20,000: the core's table shares each pair of policies
# between the sources that state it and keeps each API's name inside its
# reference's label, and the module lost code it did not need (a panic's
# message, copies per result type, texts written twice to be compared):
# 19,831 bytes.
budget=22000
pkg=wasm/pkg
target=${CARGO_TARGET_DIR:-target}
name=cvm_password

step() { printf '\n==> %s\n' "$*"; }

step "wasm tools: rustup target, npm packages"
rustup target add wasm32-unknown-unknown
if [ ! -x wasm/node_modules/.bin/wasm-opt ] || [ ! -x wasm/node_modules/.bin/esbuild ]; then
    (cd wasm && npm ci --no-audit --no-fund)
fi

step "build: cargo, wasm-opt -Oz"
cargo build -p cvm-password-wasm --target wasm32-unknown-unknown --profile wasm-release --locked
rm -rf "$pkg"
mkdir -p "$pkg"
# The features rustc enables on wasm32 by default; wasm-opt must know them
# to read the module, and adds none. The custom sections (names, producers,
# target features) are of no use to a browser. --converge runs -Oz until it
# gains nothing (60 bytes gzipped); --low-memory-unused lets addresses fold
# into offsets (40 bytes): Rust puts its stack below 1 MiB, growing down,
# and its data above, so the first KiB is never used.
wasm/node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-multivalue --enable-reference-types \
    --strip-debug --strip-producers --strip-target-features \
    "$target/wasm32-unknown-unknown/wasm-release/cvm_password_wasm.wasm" -o "$pkg/${name}_bg.wasm"

step "JavaScript: the core's names and message templates, into wasm/js/$name.js, minified"
glue=$(cargo run -q -p cvm-password-wasm --example glue --locked)
GLUE="$glue" node -e '
    const fs = require("fs");
    const zlib = require("zlib");
    const [source, wasm, out] = process.argv.slice(1);
    let code = fs.readFileSync(source, "utf8");
    const fill = (marker, value) => {
        if (code.split(marker).length !== 2) throw new Error(`${source} must hold ${marker} once`);
        code = code.replace(marker, () => value);
    };
    fill("/* GLUE */ {}", process.env.GLUE);
    fill("/* WASM */", zlib.gzipSync(fs.readFileSync(wasm), { level: 9 }).toString("base64"));
    fs.writeFileSync(out, code);
' "wasm/js/$name.js" "$pkg/${name}_bg.wasm" "$pkg/$name.src.js"
# Whitespace, comments and local names only: the module keeps its exports.
wasm/node_modules/.bin/esbuild "$pkg/$name.src.js" --minify --format=esm --target=es2022 \
    --charset=utf8 --legal-comments=none --log-level=warning --outfile="$pkg/$name.js"
rm "$pkg/$name.src.js"
rm "$pkg/${name}_bg.wasm"
cp "wasm/js/$name.d.ts" "$pkg/"

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' wasm/Cargo.toml | head -n 1)
node -e '
    const [template, out, version] = process.argv.slice(1);
    const manifest = JSON.parse(require("fs").readFileSync(template, "utf8"));
    require("fs").writeFileSync(out, JSON.stringify({ ...manifest, version }, null, 2) + "\n");
' wasm/npm/package.json "$pkg/package.json" "$version"
cp wasm/README.md LICENSE-MIT LICENSE-APACHE "$pkg/"

step "size: the .wasm and its JavaScript, gzipped, at most $budget bytes"
total=0
for file in "$pkg/$name.js"; do
    raw=$(wc -c < "$file")
    gz=$(gzip -9 -c "$file" | wc -c)
    total=$((total + gz))
    printf '%-28s %7d bytes raw %7d bytes gzipped\n' "${file#"$pkg"/}" "$raw" "$gz"
done
printf '%-28s %7s           %7d bytes gzipped (budget %d)\n' total "" "$total" "$budget"
if [ "$total" -gt "$budget" ]; then
    echo "the package is above its size budget" >&2
    exit 1
fi

rm -rf wasm/www/pkg
cp -r "$pkg" wasm/www/pkg
