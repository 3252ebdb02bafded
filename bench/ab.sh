#!/usr/bin/env bash
# Same-moment A/B of the engine's 100 KB × 1 and × 10 case: a base commit's sources (git archive)
# against this work tree, each bundled with esbuild, both loaded into one process and timed in
# alternate blocks (bench/ab-run.cjs), so both sides see the same load (both read the base's
# assets/). Usage: bench/ab.sh [base-ref=main] [runs=3] [blocks=40] [calls-per-block=5]
# AB_CASE=bench/ab-read-case.ts times another case file (the reading of the draft alone).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-main}
runs=${2:-3}
dir=$(mktemp -d /tmp/rapport-ab.XXXXXX)
git archive "$base" src bench assets | tar -x -C "$dir"
case=${AB_CASE:-bench/ab-case.ts}
cp "$case" "$dir/bench/ab-case.ts"
ln -s "$PWD/node_modules" "$dir/node_modules"
npx esbuild "$dir/bench/ab-case.ts" --bundle --platform=node --format=cjs --log-level=error --outfile="$dir/bench/a.cjs"
npx esbuild "$case" --bundle --platform=node --format=cjs --log-level=error --outfile="$dir/bench/b.cjs"
echo "A = $base ($(git rev-parse --short "$base")), B = work tree; load $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$runs"); do
  # Which side loads first alternates between runs.
  if ((r % 2)); then order=a-first; else order=b-first; fi
  echo "run $r ($order)"
  node bench/ab-run.cjs "$dir/bench/a.cjs" "$dir/bench/b.cjs" "${3:-40}" "${4:-5}" "$order"
done
rm -rf "$dir"
