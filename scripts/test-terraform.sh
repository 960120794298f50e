#!/usr/bin/env bash
# The Terraform half (terraform/ and go/tfvalidator/), from a fresh machine:
# gofmt and go vet of both modules, their unit tests (each function through
# the framework's RunRequest and through the plugin protocol, the
# validators through each framework's own types, the random_password
# pairing: 1,000 passwords per API and batch), the plain Go module's
# `go mod graph` free of any Terraform module, then the real binary:
# Terraform 1.13.3 built from the Go module proxy (cached in
# target/terraform/bin, rebuilt only when missing), the provider installed
# through a dev_overrides CLI config (and once from a filesystem mirror,
# with `terraform init`), and `terraform validate`, `plan` and `apply` on
# the examples and test configurations, with a canary password that must
# appear in no output and no TF_LOG=trace log.
# Usage: ./scripts/test-terraform.sh
# Terraform is built only when target/terraform/bin lacks it, with a Go
# build cache of its own (TERRAFORM_GOCACHE, by default under
# ~/.cache/cvm-password), kept so that a fresh clone on the same machine
# rebuilds it quickly. Times on 2 cores: see terraform/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n==> %s\n' "$*"; }

terraform_version=1.13.3
work=$root/target/terraform
terraform=$work/bin/terraform-$terraform_version
gocache=${TERRAFORM_GOCACHE:-${XDG_CACHE_HOME:-${HOME:-$root/target}/.cache}/cvm-password/terraform-go-build}

# Terraform's go.mod requires its remote-state backends as nested modules
# through replace directives, which neither `go install` nor the module zip
# can serve. The build takes the module from the proxy, drops those
# requirements and the nine backends that need them (azure, consul, cos,
# gcs, kubernetes, oci, oss, pg, s3: local state, which the tests use,
# stays), and builds the rest as it is. No line of Terraform is committed.
build_terraform() {
    local src tmp started
    started=$(date +%s)
    rm -rf "$work"/build.* # what a build stopped halfway left
    src=$(GOFLAGS= go mod download -json "github.com/hashicorp/terraform@v$terraform_version" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["Dir"])')
    tmp=$(mktemp -d "$work/build.XXXXXX")
    cp -r "$src"/. "$tmp/src"
    chmod -R u+w "$tmp/src"
    (
        cd "$tmp/src"
        python3 - <<'PY'
import re
mod = open("go.mod").read()
mod = re.sub(r"(?m)^\s*github\.com/hashicorp/terraform/internal/\S+ v0\.0\.0-00010101000000-000000000000\n", "", mod)
mod = re.sub(r"(?m)^replace github\.com/hashicorp/terraform/internal/.*\n", "", mod)
open("go.mod", "w").write(mod)
path = "internal/backend/init/init.go"
init = open(path).read()
for name in ["Azure", "Consul", "Cos", "GCS", "Kubernetes", "OCI", "OSS", "Pg", "S3"]:
    init, imports = re.subn(r'(?m)^\s*backend%s "[^"]+"\n' % name, "", init)
    init, uses = re.subn(r"(?m)^.*backend%s\.New.*\n" % name, "", init)
    assert imports == 1 and uses >= 1, name
open(path, "w").write(init)
PY
        GOCACHE="$gocache" GOFLAGS=-mod=mod CGO_ENABLED=0 \
            go build -trimpath -ldflags="-s -w -X github.com/hashicorp/terraform/version.dev=no" -o "$tmp/terraform" .
    )
    mkdir -p "$(dirname "$terraform")"
    mv "$tmp/terraform" "$terraform"
    rm -rf "$tmp"
    echo "built Terraform $terraform_version in $(($(date +%s) - started)) s"
}

mkdir -p "$work" "$gocache"
started=$(date +%s)

step "go/tfvalidator: gofmt, go vet, the validators' tests"
(
    cd go/tfvalidator
    unformatted=$(gofmt -l .)
    [ -z "$unformatted" ] || { echo "gofmt: $unformatted" >&2; exit 1; }
    go vet ./...
    go test -count=1 ./...
)

step "the plain Go module (go/) depends on no Terraform module"
terraform_deps=$(cd go && go mod graph | grep -Ei 'hashicorp|terraform' || true)
[ -z "$terraform_deps" ] || { printf 'go/ must not depend on Terraform:\n%s\n' "$terraform_deps" >&2; exit 1; }
echo "none"

step "terraform/: gofmt, go vet, a build without cgo, the functions' tests (framework, protocol, random_password pairing)"
(
    cd terraform
    unformatted=$(gofmt -l .)
    [ -z "$unformatted" ] || { echo "gofmt: $unformatted" >&2; exit 1; }
    go vet ./...
    CGO_ENABLED=0 go build -o "$work/plugins/terraform-provider-cvmpassword" .
    go test -count=1 -skip '^TestTerraform' ./...
)

step "Terraform $terraform_version, from the Go module proxy (cached in target/terraform/bin)"
if [ -x "$terraform" ]; then
    echo "cached: $terraform"
else
    build_terraform
fi
CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE=/dev/null "$terraform" version

step "the real binary: validate, plan and apply on the examples and test configurations, a canary password in no output or trace log"
(
    cd terraform
    CVMPASSWORD_TERRAFORM=$terraform go test -count=1 -run '^TestTerraform' ./internal/provider/
)

step "Terraform checks passed in $(($(date +%s) - started)) s"
