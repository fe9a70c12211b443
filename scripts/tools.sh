#!/usr/bin/env bash
# Installs the pinned code-generation tools into .bin/ (once).
set -euo pipefail
cd "$(dirname "$0")/.."
BUF_VERSION=v1.75.0
PROTOC_GEN_GO_VERSION=v1.36.12
mkdir -p .bin
install() { # name module version
  if [ -x ".bin/$1" ] && [ "$(cat ".bin/.$1.version" 2>/dev/null)" = "$3" ]; then return 0; fi
  echo "tools.sh: installing $2@$3" >&2
  GOBIN="$PWD/.bin" GOWORK=off go install "$2@$3"
  echo "$3" > ".bin/.$1.version"
}
install buf github.com/bufbuild/buf/cmd/buf "$BUF_VERSION"
install protoc-gen-go google.golang.org/protobuf/cmd/protoc-gen-go "$PROTOC_GEN_GO_VERSION"
