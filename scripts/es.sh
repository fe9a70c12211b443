#!/usr/bin/env bash
# Fetches, starts and stops a local single-node Elasticsearch 7.17.29 for
# `make run` and `make test` (or, for the server matrix, Elasticsearch 8.x
# with ES_VERSION=8.19.21, or OpenSearch with ES_DIST=opensearch
# ES_VERSION=2.19.6).
#
#   scripts/es.sh start   download (once, via Maven), start, wait until healthy
#   scripts/es.sh stop    stop the node started by this script
#   scripts/es.sh status  print the node's URL when it answers, exit 1 if not
#   scripts/es.sh kill    SIGKILL the node (fault tests)
#
# ES_CLUSTER_PORTS="9231 9232 9233" makes the node on ES_PORT one of a
# cluster of nodes on those HTTP ports (transport ports 100 above), which
# find each other on the loopback; start each with its ES_PORT.
#
# The zip comes from Maven Central (org.elasticsearch.distribution.integ-test-zip)
# and is cached outside the repository in $QUOTEWIRE_CACHE (default
# ~/.cache/quotewire). Elasticsearch refuses to run as root, so when this script
# runs as root it runs the node as the dedicated user $ES_USER. ES_HEAP sets
# the heap (1g); ES_JAVA_OPTS reaches the JVM as is.
set -euo pipefail

ES_DIST="${ES_DIST:-elasticsearch}"   # elasticsearch or opensearch
case "$ES_DIST" in
  elasticsearch) ES_VERSION="${ES_VERSION:-7.17.29}"; GROUP=org.elasticsearch.distribution.integ-test-zip ;;
  opensearch) ES_VERSION="${ES_VERSION:-2.19.6}"; GROUP=org.opensearch.distribution.integ-test-zip ;;
  *) echo "es.sh: ES_DIST must be elasticsearch or opensearch" >&2; exit 1 ;;
esac
ES_PORT="${ES_PORT:-9200}"
ES_HEAP="${ES_HEAP:-1g}"
ES_USER="${ES_USER:-quotewire-es}"
CACHE="${QUOTEWIRE_CACHE:-$HOME/.cache/quotewire}"
ARTIFACT="$GROUP:$ES_DIST:${ES_VERSION}:zip"
HOME_DIR="$CACHE/$ES_DIST-$ES_VERSION"
RUN_DIR="$CACHE/es-$ES_PORT"          # data, logs and pid of this node
URL="http://127.0.0.1:$ES_PORT"

die() { echo "es.sh: $*" >&2; exit 1; }

find_java17() {
  # ES 7 needs the security manager, which JDK 24+ removed: insist on 17.
  local c
  for c in "${ES_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64 /usr/lib/jvm/temurin-17-jdk-amd64 /usr/lib/jvm/java-17-openjdk; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] || continue
    if "$c/bin/java" -version 2>&1 | grep -q 'version "17'; then echo "$c"; return 0; fi
  done
  if command -v java >/dev/null && java -version 2>&1 | grep -q 'version "17'; then
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"; return 0
  fi
  return 1
}

healthy() { curl -fsS "$URL/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }
# a cluster node is up once it answers HTTP: the cluster forms when enough
# of its nodes are
up() { if [ -n "${ES_CLUSTER_PORTS:-}" ]; then curl -s -o /dev/null "$URL/"; else healthy; fi; }

fetch() {
  [ -x "$HOME_DIR/bin/$ES_DIST" ] && return 0
  command -v mvn >/dev/null || die "Maven (mvn) is needed to download $ES_DIST: apt-get install maven"
  local zip="$HOME/.m2/repository/${GROUP//.//}/$ES_DIST/$ES_VERSION/$ES_DIST-$ES_VERSION.zip"
  if [ ! -f "$zip" ]; then
    echo "es.sh: downloading $ARTIFACT from Maven Central" >&2
    mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dartifact="$ARTIFACT" -Dtransitive=false >&2 \
      || die "Maven could not fetch $ARTIFACT"
  fi
  mkdir -p "$CACHE"
  local tmp; tmp=$(mktemp -d "$CACHE/unpack.XXXXXX")
  (cd "$tmp" && unzip -q "$zip") || die "could not unpack $zip"
  mv "$tmp/$ES_DIST-$ES_VERSION" "$HOME_DIR"
  rmdir "$tmp"
}

start() {
  if up; then echo "$URL"; return 0; fi
  local java; java=$(find_java17) || die "JDK 17 is needed (Elasticsearch 7 does not run on JDK 24+): apt-get install openjdk-17-jdk-headless, or set ES_JAVA_HOME"
  command -v curl >/dev/null || die "curl is needed"
  command -v unzip >/dev/null || die "unzip is needed: apt-get install unzip"
  fetch
  mkdir -p "$RUN_DIR/data" "$RUN_DIR/logs" "$RUN_DIR/config"
  cp -n "$HOME_DIR"/config/* "$RUN_DIR/config/" 2>/dev/null || true
  cp -rn "$HOME_DIR/config/jvm.options.d" "$RUN_DIR/config/" 2>/dev/null || true
  local conf="$RUN_DIR/config/$ES_DIST.yml"
  cat > "$conf" <<YML
node.name: quotewire-dev-$ES_PORT
path.data: $RUN_DIR/data
path.logs: $RUN_DIR/logs
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $((ES_PORT + 100))
action.destructive_requires_name: false
YML
  if [ -n "${ES_CLUSTER_PORTS:-}" ]; then
    local seeds="" masters="" p
    for p in $ES_CLUSTER_PORTS; do
      seeds="$seeds${seeds:+, }127.0.0.1:$((p + 100))"
      masters="$masters${masters:+, }quotewire-dev-$p"
    done
    printf 'cluster.name: quotewire-cluster\ndiscovery.seed_hosts: [%s]\ncluster.initial_master_nodes: [%s]\n' "$seeds" "$masters" >> "$conf"
  else
    printf 'cluster.name: quotewire-dev\ndiscovery.type: single-node\n' >> "$conf"
  fi
  # a test node: Elasticsearch 8 turns security (TLS, users) on by default
  case "$ES_DIST:$ES_VERSION" in elasticsearch:7.*) ;; elasticsearch:*) echo "xpack.security.enabled: false" >> "$conf" ;; esac
  # the stock jvm.options write gc logs and heap dumps relative to ES_HOME,
  # which the node's user may not write: point them at this node's log dir
  sed -e "s#logs/gc.log#$RUN_DIR/logs/gc.log#" -e "s#HeapDumpPath=data#HeapDumpPath=$RUN_DIR/data#" \
      -e "s#ErrorFile=logs/#ErrorFile=$RUN_DIR/logs/#" "$HOME_DIR/config/jvm.options" > "$RUN_DIR/config/jvm.options"
  printf -- '-Xms%s\n-Xmx%s\n' "$ES_HEAP" "$ES_HEAP" > "$RUN_DIR/config/jvm.options.d/heap.options"
  local runas=()
  if [ "$(id -u)" = 0 ]; then
    id "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    chown -R "$ES_USER" "$RUN_DIR"
    chmod -R o+rX "$HOME_DIR"
    # every directory above the node's files must be reachable by that user
    local d="$CACHE"; while [ "$d" != / ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done
    runas=(runuser -u "$ES_USER" --)
  fi
  echo "es.sh: starting $ES_DIST $ES_VERSION on $URL (heap $ES_HEAP, logs in $RUN_DIR/logs)" >&2
  # the JVM writes gc.log relative to its working directory: run it in RUN_DIR
  (cd "$RUN_DIR" && "${runas[@]}" env ES_JAVA_HOME="$java" ES_PATH_CONF="$RUN_DIR/config" ES_JAVA_OPTS="${ES_JAVA_OPTS:-}" \
    OPENSEARCH_JAVA_HOME="$java" OPENSEARCH_PATH_CONF="$RUN_DIR/config" OPENSEARCH_JAVA_OPTS="${ES_JAVA_OPTS:-}" \
    "$HOME_DIR/bin/$ES_DIST" -d -p "$RUN_DIR/es.pid" >"$RUN_DIR/logs/stdout.log" 2>&1) \
    || { tail -n 30 "$RUN_DIR/logs/stdout.log" >&2; die "$ES_DIST did not start"; }
  local i
  for i in $(seq 1 180); do
    if up; then echo "$URL"; return 0; fi
    sleep 1
  done
  tail -n 40 "$RUN_DIR/logs/"*.log >&2 || true
  die "$ES_DIST did not become healthy on $URL within 180 s"
}

stop() {
  local pidf="$RUN_DIR/es.pid"
  [ -f "$pidf" ] || { echo "es.sh: no node running on port $ES_PORT" >&2; return 0; }
  local pid; pid=$(cat "$pidf")
  kill "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidf"
}

kill_node() {
  local pidf="$RUN_DIR/es.pid"
  [ -f "$pidf" ] || die "no node running on port $ES_PORT"
  kill -9 "$(cat "$pidf")" 2>/dev/null || true
  rm -f "$pidf"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  kill) kill_node ;;
  status) if healthy; then echo "$URL"; else exit 1; fi ;;
  *) die "usage: es.sh start|stop|status" ;;
esac
