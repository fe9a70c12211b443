#!/usr/bin/env bash
# `make test-servers`: the server matrix. Every test that talks to
# Elasticsearch, run again against Elasticsearch 8 (asked for version 7
# answers) and OpenSearch 2, each a single node this script fetches from
# Maven Central, starts on its own port and stops again.
#   SERVERS="elasticsearch:8.19.21 opensearch:2.19.6" scripts/test-servers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
export QUOTEWIRE_REQUIRE_ES=1 QUOTEWIRE_REQUIRE_BROWSER=1
port=9210
for server in ${SERVERS:-elasticsearch:8.19.21 opensearch:2.19.6}; do
  port=$((port + 1))
  export ES_DIST="${server%%:*}" ES_VERSION="${server#*:}" ES_PORT=$port
  ES_URL=$(scripts/es.sh start)
  trap 'scripts/es.sh stop' EXIT
  echo "== tests against $ES_DIST $ES_VERSION ($ES_URL)"
  ES_URL="$ES_URL" go test -count=1 ${GOTESTFLAGS:-} ./pkg/index/... ./pkg/pipeline/... ./pkg/service/... ./pkg/backfill/... ./services/quotewire/...
  scripts/es.sh stop
  trap - EXIT
done
