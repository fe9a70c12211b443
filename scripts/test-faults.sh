#!/usr/bin/env bash
# `make test-faults`: the fault-injection tests (pkg/faults, build tag
# "faults") against the real worker binaries, an in-process NATS server they
# restart and an Elasticsearch node of their own (port FAULT_ES_PORT, 9250 by
# default), which they stop and start. The FIGURES lines of each test are
# collected in .faults/figures.txt.
#   FAULT_SCALE=0.1   publish a tenth of the articles (a quick local run)
#   FAULT_ES_DOWN=60s how long Elasticsearch stays stopped
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
export ES_PORT="${FAULT_ES_PORT:-9250}"
ES_URL=$(scripts/es.sh start)
export ES_URL QUOTEWIRE_REQUIRE_ES=1
trap 'ES_PORT=$ES_PORT scripts/es.sh stop' EXIT
mkdir -p .faults
echo "== fault-injection tests (Elasticsearch at $ES_URL)"
set +e
(cd pkg && go test -count=1 -tags faults -timeout 60m -skip '^TestCluster$' -v ${GOTESTFLAGS:-} ./faults/) 2>&1 | tee .faults/test.log \
  | grep --line-buffered -E '^(=== RUN|--- |PASS|FAIL|ok|panic)|FIGURES|rig_test|faults_test'
rc=${PIPESTATUS[0]}
set -e
grep -o 'FIGURES.*' .faults/test.log > .faults/figures.txt || true
echo "== figures (.faults/figures.txt)"
cat .faults/figures.txt
exit "$rc"
