#!/usr/bin/env bash
# `make bench-pipeline`: articles per second from publish to searchable
# through JetStream, the extractor and the indexer, beside the raw rate of
# bulk-indexing the same quote documents straight into Elasticsearch
# (BENCH_ARTICLES articles, 20000 by default), and a backfill of
# BENCH_BACKFILL_ARTICLES (100000) articles, half WARC and half JSON Lines,
# killed and resumed, through the worker binaries; BENCH_COUNT (3) rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
export QUOTEWIRE_REQUIRE_ES=1
scripts/with-es.sh bash -c 'cd pkg && go test -tags faults -run "^$" -bench "Pipeline|Backfill" -benchtime 1x -count "${BENCH_COUNT:-3}" -timeout 60m ./faults/' \
  | tee /dev/stderr | grep -o 'FIGURES.*' || true
