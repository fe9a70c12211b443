#!/usr/bin/env bash
# `make test`: static checks, then every module's tests, with the race
# detector, against a real in-process NATS server and a real Elasticsearch
# node, which this script starts (and stops again if it started it) unless
# ES_URL is given.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/check.sh
export QUOTEWIRE_REQUIRE_ES=1 QUOTEWIRE_REQUIRE_BROWSER=1
scripts/with-es.sh bash -c 'echo "== tests (Elasticsearch at $ES_URL)" &&
  go test -count=1 -race -timeout 30m ${GOTESTFLAGS:-} $(for m in $(scripts/modules.sh); do echo "$m/..."; done)'
