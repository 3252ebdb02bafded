#!/bin/bash
# First-sight output for the second opinion's trainer (scripts/learn/detect-gate.ts): for each
# set, main as it stood just before the set entered the repository (a held-out set's archive
# test/heldout/<set>.tar.gz, a dev set's folder test/corpus/detection/<set>), run on that set
# alone: findings of an engine never fitted to it, with many more false alarms than today's
# engine leaves on the opened sets. Each run is in a throw-away detached worktree of that
# commit (node_modules linked, nothing built), dumped as CaseRun[] JSON, then labelled by
# today's scorer against today's expect files (scripts/learn/detect-first-sight.ts).
#
#   scripts/learn/detect-first-sight.sh [WORK]      (default /tmp/ld-fs; ~5 s a set)
#
# Held-out sets are read from /tmp/roots-openD/detection (opened sets only); writes
# /tmp/learn-detect-first (held-out) and /tmp/learn-detect-first-dev (dev).
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/ld-fs}
repo=$(git -C "$here" rev-parse --path-format=absolute --git-common-dir)/..
mkdir -p "$work/heldout" "$work/dev"
cat > "$work/dump.ts" <<'TS'
import { writeFileSync } from "node:fs";
import { runDetectionCorpus } from "./corpus/run-detection";
void (async () => {
  const r: unknown = await runDetectionCorpus(process.argv[2]!);
  const runs = Array.isArray(r) ? r : (r as { runs: unknown[] }).runs;
  writeFileSync(process.argv[3]!, JSON.stringify(runs));
})();
TS
one() { # kind set added-path source-dir
  local kind=$1 s=$2 added=$3 src=$4
  local out="$work/$kind/$s.runs.json"
  [ -f "$out" ] && return
  local c
  c=$(git -C "$repo" log --diff-filter=A --format='%h' -- "$added" | tail -1)
  [ -n "$c" ] || return
  local wt="$work/wt-$s"
  git -C "$repo" worktree add -q --detach "$wt" "$c^" || return
  ln -s "$here/node_modules" "$wt/node_modules"
  rm -rf "$work/root-$s" && mkdir -p "$work/root-$s" && cp -r "$src" "$work/root-$s/"
  cp "$work/dump.ts" "$wt/scripts/ld-dump.ts"
  (cd "$wt" && timeout 600 npx tsx scripts/ld-dump.ts "$work/root-$s" "$out") > "$work/$s.log" 2>&1
  echo "$kind $s: main at $c^, rc=$?"
  rm "$wt/node_modules"
  git -C "$repo" worktree remove --force "$wt"
}
for dir in /tmp/roots-openD/detection/h*; do
  s=$(basename "$dir")
  one heldout "$s" "test/heldout/$s.tar.gz" "$dir"
done
for dir in "$here"/test/corpus/detection/*; do
  s=$(basename "$dir")
  one dev "$s" "test/corpus/detection/$s" "$dir"
done
cd "$here" || exit 1
npx tsx scripts/learn/detect-first-sight.ts "$work/heldout" /tmp/learn-detect-first
npx tsx scripts/learn/detect-first-sight.ts "$work/dev" /tmp/learn-detect-first-dev
