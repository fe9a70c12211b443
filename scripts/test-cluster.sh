#!/usr/bin/env bash
# `make test-cluster`: the same articles through a single-node world and a
# clustered one (three nats-server processes with R3 streams, three
# Elasticsearch nodes from the same Maven zip with one replica, two
# extractors and two indexers) while one NATS server, one Elasticsearch
# node and one worker of each kind are SIGKILLed and restarted; per article
# nothing lost or duplicated, clusters as on the single node
# (pkg/faults/cluster_test.go). Figures go to .faults/cluster-figures.txt.
#   FAULT_SCALE=0.1          a tenth of the 20,000 articles (a quick run)
#   CLUSTER_ES_BASE=9270     the single node's HTTP port; the cluster's are the next three
#   ES_HEAP=512m             heap of each node
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
base="${CLUSTER_ES_BASE:-9270}"
single=$base
ports="$((base + 1)) $((base + 2)) $((base + 3))"
export ES_HEAP="${ES_HEAP:-512m}"
CACHE="${QUOTEWIRE_CACHE:-$HOME/.cache/quotewire}"
stop_all() {
  ES_PORT=$single scripts/es.sh stop || true
  for p in $ports; do ES_PORT=$p ES_CLUSTER_PORTS="$ports" scripts/es.sh stop || true; done
}
trap stop_all EXIT
# fresh nodes: no cluster state or indices from an earlier run
stop_all
for p in $single $ports; do rm -rf "$CACHE/es-$p/data"; done
ES_PORT=$single scripts/es.sh start >/dev/null
pids=()
for p in $ports; do
  ES_PORT=$p ES_CLUSTER_PORTS="$ports" scripts/es.sh start >/dev/null &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
first=${ports%% *}
for i in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$first/_cluster/health?wait_for_nodes=3&timeout=1s" 2>/dev/null | grep -q '"number_of_nodes":3'; then break; fi
  [ "$i" = 120 ] && { echo "test-cluster: the three Elasticsearch nodes did not form a cluster" >&2; exit 1; }
  sleep 1
done
echo "== cluster test (single node on $single, cluster on $ports)"
mkdir -p .faults
export CLUSTER_SINGLE_ES="http://127.0.0.1:$single" CLUSTER_ES_PORTS="$ports"
set +e
(cd pkg && go test -count=1 -tags faults -timeout 60m -run '^TestCluster$' -v ${GOTESTFLAGS:-} ./faults/) 2>&1 | tee .faults/cluster.log \
  | grep --line-buffered -E '^(=== RUN|--- |PASS|FAIL|ok|panic)|FIGURES|cluster_test'
rc=${PIPESTATUS[0]}
set -e
grep -o 'FIGURES.*' .faults/cluster.log > .faults/cluster-figures.txt || true
cat .faults/cluster-figures.txt
exit "$rc"
