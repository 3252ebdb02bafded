#!/usr/bin/env bash
# Browser tests for CI: make sure Debian's Chromium is there, then drive the playground with it.
# Called by .ci/run; also fine to run by hand. CHROMIUM_PATH overrides the browser.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${CHROMIUM_PATH:-}" ]] && ! command -v chromium >/dev/null 2>&1; then
  echo "== installing chromium (Debian package)"
  if [[ "$(id -u)" -eq 0 ]]; then
    apt-get update && apt-get install -y --no-install-recommends chromium
  else
    sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium
  fi
fi

if [[ -z "${CHROMIUM_PATH:-}" ]]; then
  CHROMIUM_PATH="$(command -v chromium)"
  export CHROMIUM_PATH
fi
echo "== browser tests with ${CHROMIUM_PATH}"
npm run test:e2e
