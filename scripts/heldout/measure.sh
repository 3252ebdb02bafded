#!/usr/bin/env bash
# Measure a commit on held-out roots without touching the checkout (lead engineer only).
# Usage: ROOTS="/tmp/roots-sealed /tmp/roots-openD" scripts/heldout/measure.sh COMMIT TAG [OUTDIR]
# Writes OUTDIR/meas-TAG-<root's name>.txt. A root whose name is in QUIET (default: sealed and 14)
# is measured with --quiet: figures only, no case is listed, so a sealed set stays sealed.
set -euo pipefail
commit=$1 tag=$2 outdir=${3:-/tmp}
repo=$(cd "$(dirname "$0")/../.." && pwd)
quiet=${QUIET:-"roots-sealed roots-14"}
tree=$(mktemp -d)/tree
git -C "$repo" worktree add -q --detach "$tree" "$commit"
trap 'git -C "$repo" worktree remove --force "$tree"' EXIT
ln -s "$repo/node_modules" "$tree/node_modules"
(cd "$tree" && node scripts/build-cli.mjs --quiet)
for root in ${ROOTS:?set ROOTS to the corpus roots to measure}; do
  name=$(basename "$root")
  flag=""
  [[ " $quiet " == *" $name "* ]] && flag=--quiet
  (cd "$tree" && npx tsx scripts/corpus.ts --root "$root" $flag) > "$outdir/meas-$tag-$name.txt" 2>&1 || true
done
