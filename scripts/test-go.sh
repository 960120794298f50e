#!/usr/bin/env bash
# Every check of the Go module (go/), from a fresh machine: its generated
# files written again and compared with the committed ones, then gofmt,
# go vet, a build without cgo, and with Go 1.21 (the go directive, the
# lowest the translated engine builds with), the tests under the race
# detector, 30 seconds of fuzzing from the committed seeds, and a short
# benchmark run against regexp (figures to read, never a pass or fail).
# Usage: ./scripts/test-go.sh [fuzz seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz=${1:-30}

step() { printf '\n==> %s\n' "$*"; }

./scripts/build-go.sh

step "the generated files equal the committed ones"
git diff --exit-code --stat -- go/ || {
    echo "go/ differs from what scripts/build-go.sh writes: run it and commit" >&2
    exit 1
}

cd go
step "gofmt, go vet, a build without cgo"
unformatted=$(gofmt -l .)
[ -z "$unformatted" ] || { echo "gofmt: $unformatted" >&2; exit 1; }
go vet ./...
CGO_ENABLED=0 go build ./...

step "Go 1.21, the go directive: the module builds"
GOTOOLCHAIN=go1.21.13 CGO_ENABLED=0 go build ./...

step "tests, under the race detector"
go test -race -count=1 ./...

step "fuzz: FuzzCheck for ${fuzz}s, from the committed seeds"
go test -run '^$' -fuzz '^FuzzCheck$' -fuzztime "${fuzz}s" .

step "benchmark: Check against regexp, briefly"
go test -run '^$' -bench . -benchtime 2000x -benchmem .
