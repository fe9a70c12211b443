#!/usr/bin/env bash
# Runs a command with ES_URL pointing at a local Elasticsearch node: the one
# given in ES_URL, or the one on ES_PORT (9200) if it runs, or one this script
# starts and stops again afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
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
"$@"
