#!/usr/bin/env bash
# `make bench-pipeline`: articles per second from publish to searchable
# through JetStream, the extractor and the indexer, beside the raw rate of
# bulk-indexing the same quote documents straight into Elasticsearch, three
# rounds in one run (BENCH_ARTICLES articles each, 20000 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
export QUOTEWIRE_REQUIRE_ES=1
scripts/with-es.sh bash -c 'cd pkg && go test -tags faults -run "^$" -bench Pipeline -benchtime 1x -count "${BENCH_COUNT:-3}" -timeout 60m ./faults/' \
  | tee /dev/stderr | grep -o 'FIGURES.*' || true
