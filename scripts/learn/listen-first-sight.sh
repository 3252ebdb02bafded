#!/bin/bash
# The engine's first sight of each opened listening set: `rapport listen --format json` built from
# the main of just before the set's archive (test/heldout/<set>.tar.gz) was added, run on the set.
# The second opinion is judged on this output too (scripts/learn/listen-gate-loso.ts): it is the
# kind of output a new writer meets, before any round fitted the engine to the set.
#
#   scripts/learn/listen-first-sight.sh [ROOT] [OUT]   (defaults /tmp/roots-openL/listen, /tmp/first-sight)
#   npx tsx scripts/learn/listen-gate-cache.ts /tmp/first-sight.json --first-sight /tmp/first-sight
#
# Each old tree is exported (git archive, no worktree) to a scratch folder, built with esbuild
# as scripts/build-cli.mjs does, and run with this checkout's node_modules; nothing here changes.
set -eu
here=$(git rev-parse --show-toplevel)
root=${1:-/tmp/roots-openL/listen}
out=${2:-/tmp/first-sight}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out"
for dir in "$root"/*/; do
  set=$(basename "$dir")
  commit=$(git -C "$here" log --diff-filter=A --format=%h -- "test/heldout/$set.tar.gz" | tail -1)
  [ -n "$commit" ] || { echo "$set: no archive in the history, left out"; continue; }
  old="$scratch/$set"
  mkdir -p "$old"
  git -C "$here" archive "$commit^" src bin package.json tsconfig.json | tar x -C "$old"
  ln -s "$here/node_modules" "$old/node_modules"
  (cd "$here" && node -e "require('esbuild').build({entryPoints:[process.argv[1]+'/src/cli/run.ts'],outfile:process.argv[1]+'/build/cli/rapport.cjs',bundle:true,platform:'node',format:'cjs',target:'node20',packages:'external',logLevel:'error'}).catch((e)=>{console.error(e.message);process.exit(1)})" "$old")
  # Exit 1 is "heard something": the output is still the report.
  node "$old/bin/rapport.cjs" listen --profiles "$dir/profiles.json" --format json "$dir"*.eml \
    > "$out/$set.json" || [ $? -eq 1 ]
  echo "$set: main before $commit"
  rm -rf "$old"
done
