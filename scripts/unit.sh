#!/usr/bin/env bash
# `make unit`: the inner loop. Every module's tests with the race detector,
# without Elasticsearch or a browser: tests that need them skip (ES_URL and
# the QUOTEWIRE_REQUIRE_* switches are cleared); NATS runs in-process.
set -euo pipefail
cd "$(dirname "$0")/.."
unset ES_URL QUOTEWIRE_REQUIRE_ES QUOTEWIRE_REQUIRE_BROWSER
go test -count=1 -race -timeout 30m ${GOTESTFLAGS:-} $(for m in $(scripts/modules.sh); do echo "$m/..."; done)
