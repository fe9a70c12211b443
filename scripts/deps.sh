#!/usr/bin/env bash
# Checks the system tools Quotewire's scripts need and, when run as root on
# Debian, installs the missing ones with apt-get: JDK 17 (Elasticsearch 7
# needs it), Maven (fetches Elasticsearch), unzip and curl, and for the
# browser test of the web UI Node.js with npm and Chromium.
set -euo pipefail
missing=()
have_java17() {
  local j
  for j in "${ES_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64; do
    [ -n "$j" ] && [ -x "$j/bin/java" ] && "$j/bin/java" -version 2>&1 | grep -q 'version "17' && return 0
  done
  command -v java >/dev/null && java -version 2>&1 | grep -q 'version "17'
}
have_java17 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v unzip >/dev/null || missing+=(unzip)
command -v curl >/dev/null || missing+=(curl)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v go >/dev/null || { echo "deps.sh: Go 1.26 is needed (https://go.dev/dl)" >&2; exit 1; }
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "deps.sh: installing ${missing[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "deps.sh: missing ${missing[*]}; install them (Debian: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
