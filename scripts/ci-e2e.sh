#!/usr/bin/env bash
# Browser tests for CI: make sure Debian's Chromium is there, then drive the playground with it.
# Called by .ci/run; also fine to run by hand. CHROMIUM_PATH overrides the browser.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${CHROMIUM_PATH:-}" ]] && ! command -v chromium >/dev/null 2>&1; then
  echo "== installing chromium (Debian package)"
  SUDO=""
  [[ "$(id -u)" -eq 0 ]] || SUDO="sudo"
  # A mirror's connection can drop mid-download; apt retries each file, the loop the whole step.
  for attempt in 1 2 3; do
    if $SUDO apt-get update && $SUDO apt-get install -y -o Acquire::Retries=5 --no-install-recommends chromium; then
      break
    fi
    [[ $attempt -lt 3 ]] || { echo "== chromium install failed after 3 attempts" >&2; exit 1; }
    echo "== chromium install attempt ${attempt} failed; retrying in $((attempt * 20)) s" >&2
    sleep $((attempt * 20))
  done
fi

if [[ -z "${CHROMIUM_PATH:-}" ]]; then
  CHROMIUM_PATH="$(command -v chromium)"
  export CHROMIUM_PATH
fi
echo "== browser tests with ${CHROMIUM_PATH}"
npm run test:e2e
