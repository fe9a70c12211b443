#!/usr/bin/env bash
# `make run`: build, start Elasticsearch unless ES_URL is given, then run the
# whole pipeline in one process (`quotewire dev`) on the sample articles and
# serve search on HTTP_ADDR until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
go build -o bin/quotewire ./services/quotewire
if [ -z "${ES_URL:-}" ]; then
  ES_URL=$(scripts/es.sh start)
  export ES_URL
  echo "Elasticsearch runs at $ES_URL and keeps running after Ctrl-C; stop it with 'make es-stop'." >&2
fi
exec bin/quotewire dev -load "${SAMPLES:-examples/articles.jsonl}"
