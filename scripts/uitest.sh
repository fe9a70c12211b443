#!/usr/bin/env bash
# Runs the browser test of the web UI (pkg/ui/uitest) against BASE_URL:
# installs playwright-core from npm (pinned in package-lock.json) the first
# time, and drives Debian's Chromium headless. Screenshots go to DIR.
#   scripts/uitest.sh BASE_URL [DIR [ARGS...]]   (UITEST names the script: ui.test.mjs)
set -euo pipefail
cd "$(dirname "$0")/../pkg/ui/uitest"
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "uitest.sh: Chromium is missing: scripts/deps.sh installs it (apt-get install chromium)" >&2; exit 1; }
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
node "${UITEST:-ui.test.mjs}" "$1" "${2:-../../../.uitest}" "${@:3}"
