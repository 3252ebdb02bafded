#!/usr/bin/env bash
# Same-moment A/B of the engine's 100 KB × 1 and × 10 case: a base commit's sources (git archive)
# against this work tree, each bundled with esbuild and run alternately, so both sides see the
# same load (both read the base's assets/). Usage: bench/ab.sh [base-ref=main] [pairs=6] [blocks=12] [calls-per-block=6]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-main}
pairs=${2:-6}
dir=$(mktemp -d /tmp/rapport-ab.XXXXXX)
git archive "$base" src bench assets | tar -x -C "$dir"
cp bench/ab-case.ts "$dir/bench/ab-case.ts"
ln -s "$PWD/node_modules" "$dir/node_modules"
npx esbuild "$dir/bench/ab-case.ts" --bundle --platform=node --log-level=error --outfile="$dir/bench/a.cjs"
npx esbuild bench/ab-case.ts --bundle --platform=node --log-level=error --outfile="$dir/bench/b.cjs"
echo "A = $base ($(git rev-parse --short "$base")), B = work tree; load $(cut -d' ' -f1-3 /proc/loadavg)"
for p in $(seq 1 "$pairs"); do
  if ((p % 2)); then first=a second=b; else first=b second=a; fi
  declare -A out
  out[$first]=$(node "$dir/bench/$first.cjs" "${3:-12}" "${4:-6}")
  out[$second]=$(node "$dir/bench/$second.cjs" "${3:-12}" "${4:-6}")
  echo "pair $p  A ${out[a]}  B ${out[b]}"
done
rm -rf "$dir"
