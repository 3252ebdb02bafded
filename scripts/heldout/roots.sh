#!/usr/bin/env bash
# Build the held-out corpus roots from test/heldout/*.tar.gz (lead engineer only: see
# test/heldout/README.md). Usage: scripts/heldout/roots.sh SEALED_DETECTION SEALED_LISTEN [OUT]
#   e.g. scripts/heldout/roots.sh h46,h47,h48,h49,h50 lh45,lh46,lh47,lh48,lh49 /tmp   (comma lists: every set still
#   sealed; a set left out of the lists lands in the opened roots)
# Makes OUT/ext (every set, wrong cases left out), OUT/sealed (the sealed sets and h14/lh13),
# and the roots OUT/roots-openD, roots-openL, roots-open (opened sets), roots-sealed (the sealed sets),
# roots-14 (h14/lh13), roots-probe (the probe sets p5, lp6…), es (h29's Spanish drafts, out of
# scope).
set -euo pipefail
out=${3:-/tmp}
IFS=, read -ra sealed_d <<<"$1"
IFS=, read -ra sealed_l <<<"$2"
here=$(cd "$(dirname "$0")/../.." && pwd)
ext=$out/ext sealed=$out/sealed
rm -rf "$ext" "$sealed" "$out"/roots-open "$out"/roots-openD "$out"/roots-openL "$out"/roots-sealed "$out"/roots-14 "$out"/roots-probe "$out"/es
mkdir -p "$ext/detection" "$ext/listen" "$sealed/detection" "$sealed/listen"
for archive in "$here"/test/heldout/*.tar.gz; do
  name=$(basename "$archive" .tar.gz)
  tmp=$(mktemp -d)
  tar xzf "$archive" -C "$tmp"
  area=detection; [[ $name == lh* || $name == lp* ]] && area=listen
  if [[ -d $tmp/$name ]]; then mv "$tmp/$name" "$ext/$area/$name"; else
    mv "$tmp/$area/$name" "$ext/$area/$name"; fi
  rm -rf "$tmp"
done
# Cases each review judged wrong (test/heldout/README.md's table): left out of every figure.
for wrong in detection/h16/h16-007-ip-audit-kickoff detection/h18/h18-033-hollin-crumbs-link \
  detection/h28/h28-044-muskerry-drafting-entries listen/lh9/lh9-kaimana-webex-union \
  listen/lh14/lh14-lantern-siobhan-fada listen/lh19/lh19-pipefab-assistant-golf \
  listen/lh19/lh19-seedbank-google-meet listen/lh19/lh19-seedbank-hypothetical \
  listen/lh22/lh22-canal-teams-repeat listen/lh22/lh22-skyplumb-summary-bill \
  listen/lh26/lh26-kelvinridge-updates listen/lh30/lh30-cairngorm-no-texts \
  listen/lh36/lh36-vasquez-assistant-teams listen/lh41/lh41-quill-barney \
  listen/lh41/lh41-straitferries-assistant-sms listen/lh42/lh42-brisco-letters \
  detection/h47/h47-013-vellacourt-cancellation-refunds listen/lh47/lh47-tundrahaul-signal-north \
  detection/h48/h48-011-keystone-time-table listen/lh49/lh49-barkridge-gmail; do
  rm -f "$ext/$wrong".*
done
# h29's drafts in Spanish: out of scope, measured apart.
mkdir -p "$out/es/detection/h29es"
cp "$ext/detection/h29/profiles.json" "$out/es/detection/h29es/"
for n in 010 013 015 035 036 045 046 052 053; do mv "$ext"/detection/h29/h29-$n-* "$out/es/detection/h29es/"; done
# Round 34's probe sets (p5, lp6): blind, measured by the lead only, kept apart like the sealed pair.
for set in $(ls "$ext/detection" | grep '^p[0-9]' || true); do mv "$ext/detection/$set" "$sealed/detection/"; done
for set in $(ls "$ext/listen" | grep '^lp[0-9]' || true); do mv "$ext/listen/$set" "$sealed/listen/"; done
for set in h14 "${sealed_d[@]}"; do [[ -d $ext/detection/$set ]] && mv "$ext/detection/$set" "$sealed/detection/"; done
for set in lh13 "${sealed_l[@]}"; do [[ -d $ext/listen/$set ]] && mv "$ext/listen/$set" "$sealed/listen/"; done
link() { # link ROOT AREA BASE SET...
  local root=$1 area=$2 base=$3; shift 3
  mkdir -p "$root/$area"
  for set in "$@"; do ln -s "$base/$area/$set" "$root/$area/$set"; done
}
link "$out/roots-openD" detection "$ext" $(ls "$ext/detection")
link "$out/roots-openL" listen "$ext" $(ls "$ext/listen")
mkdir -p "$out/roots-open"
ln -s "$out/roots-openD/detection" "$out/roots-open/detection"
ln -s "$out/roots-openL/listen" "$out/roots-open/listen"
link "$out/roots-sealed" detection "$sealed" "${sealed_d[@]}"
link "$out/roots-sealed" listen "$sealed" "${sealed_l[@]}"
link "$out/roots-14" detection "$sealed" h14
link "$out/roots-14" listen "$sealed" lh13
link "$out/roots-probe" detection "$sealed" $(ls "$sealed/detection" | grep '^p[0-9]' || true)
link "$out/roots-probe" listen "$sealed" $(ls "$sealed/listen" | grep '^lp[0-9]' || true)
echo "opened: $(ls "$ext/detection" | tr '\n' ' ')/ $(ls "$ext/listen" | tr '\n' ' ')"
echo "sealed: ${sealed_d[*]} ${sealed_l[*]} (and h14 lh13; probes in roots-probe)"
