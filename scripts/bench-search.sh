#!/usr/bin/env bash
# `make bench-search`: search and provenance latency at 20 concurrent clients
# on an index of BENCH_QUOTES (1,000,000) quotes, beside the same queries sent
# straight to Elasticsearch. The index is built once by the real pipeline
# (`quotewire dev` + `quotewire backfill` of synthetic articles) under the
# alias bench-quotes-s<synthetic corpus version> and kept for later runs; the
# load comes from a separate process (`quotewire loadtest`, after a warm-up).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
make -s build
export BENCH_QUOTES="${BENCH_QUOTES:-1000000}" BENCH_CLIENTS="${BENCH_CLIENTS:-20}" BENCH_DURATION="${BENCH_DURATION:-20s}"
scripts/with-es.sh bash -c '
set -euo pipefail
alias=bench-quotes-s$(bin/quotewire synth -version)
count() { curl -s -XPOST "$ES_URL/$alias/_refresh" >/dev/null 2>&1 || true; curl -s "$ES_URL/$alias/_count" | grep -o "\"count\":[0-9]*" | cut -d: -f2 || echo 0; }
data=$(mktemp -d)
trap "kill \$dev 2>/dev/null; wait \$dev 2>/dev/null; rm -rf $data" EXIT
DATA_DIR=$data/nats NATS_PORT=14222 HTTP_ADDR=127.0.0.1:18080 ADMIN_ADDR=127.0.0.1:19080 ES_INDEX=$alias LOG_LEVEL=warn bin/quotewire dev >$data/dev.log 2>&1 &
dev=$!
for i in $(seq 1 120); do curl -sf http://127.0.0.1:18080/openapi.json >/dev/null && break; sleep 0.5; done
have=$(count); have=${have:-0}
if [ "$have" -lt "$BENCH_QUOTES" ]; then
  articles=$(( (BENCH_QUOTES - have) * 100 / 450 ))
  echo "== building the index: $have quotes, publishing $articles synthetic articles through the pipeline"
  start=$(date +%s)
  bin/quotewire synth -from $((1000000 + have)) -n $articles -o $data/articles.jsonl.gz
  # the dev NATS server takes only the credentials it wrote for the operator
  (set -a; . $data/nats/nats.env; set +a; exec bin/quotewire backfill -checkpoint "" -max-backlog 20000 $data/articles.jsonl.gz)
  while [ "$(count)" -lt "$BENCH_QUOTES" ]; do sleep 2; done
  echo "== index built: $(count) quotes in $(( $(date +%s) - start )) s"
fi
echo "== load: $BENCH_CLIENTS clients, $BENCH_DURATION per phase"
bin/quotewire loadtest -url http://127.0.0.1:18080 -es "$ES_URL" -index $alias -c "$BENCH_CLIENTS" -d "$BENCH_DURATION"
'
