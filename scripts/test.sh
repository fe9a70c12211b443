#!/usr/bin/env bash
# `make test`: static checks, then every module's tests against a real
# in-process NATS server and a real Elasticsearch node, which this script
# starts (and stops again if it started it) unless ES_URL is given.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/check.sh
started=""
if [ -z "${ES_URL:-}" ]; then
  export ES_PORT="${ES_PORT:-9200}"
  if ! ES_URL=$(scripts/es.sh status); then
    ES_URL=$(scripts/es.sh start)
    started=1
  fi
  export ES_URL
fi
[ -n "$started" ] && trap 'scripts/es.sh stop' EXIT
export QUOTEWIRE_REQUIRE_ES=1
echo "== tests (Elasticsearch at $ES_URL)"
go test -count=1 ${GOTESTFLAGS:-} $(for m in $(scripts/modules.sh); do echo "$m/..."; done)
