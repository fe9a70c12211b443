#!/usr/bin/env bash
# Static checks: gofmt, go vet, go mod tidy -diff in every module, buf lint,
# and that regenerating the protobuf code changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh
export PATH="$PWD/.bin:$PATH"
echo "== gofmt"
unformatted=$(gofmt -l pkg services)
[ -z "$unformatted" ] || { echo "check.sh: run gofmt -w on: $unformatted" >&2; exit 1; }
for m in $(scripts/modules.sh); do
  echo "== vet $m"
  (cd "$m" && go vet ./... && go vet -tags faults ./...)
  echo "== tidy $m"
  (cd "$m" && GOWORK=off go mod tidy -diff) || { echo "check.sh: run 'make tidy': $m/go.mod is not tidy" >&2; exit 1; }
done
echo "== the engine's functions stay under the compiler's big-function size"
# (inside a function the compiler considers 'big' it inlines no helper
# costing more than 20: scanEvidence's loop once lost isWord, lower and
# outside so, and ran a third slower on long paragraphs)
big=$(go build -gcflags=-m=2 ./pkg/quote 2>&1 | grep "considered 'big'" | grep -v "function init" || true)
[ -z "$big" ] || { echo "check.sh: split these functions (docs/capacity.md, quote/35): $big" >&2; exit 1; }
echo "== buf lint"
buf lint
echo "== generated code is current"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
buf generate -o "$tmp"
diff -r "$tmp/pkg/gen" pkg/gen || { echo "check.sh: pkg/gen is stale: run 'make generate' and commit" >&2; exit 1; }
