#!/bin/sh
# Train the speaker scorer and write its weights, one command:
#   bench/compare/spktrain.sh                  (writes src/text/spkweights.c:
#        samples of the rules of now and blind ones from spkblind.sh, a
#        leave-one-split-out measure, then the fit on every split)
#   bench/compare/spktrain.sh --stats --cv     (measure only; see spktrain.c)
# Builds bench/compare/spktrain.c (cc.sh) and trains on the dev, held and
# held2..held18 splits of tests/fixtures/quotes (blind samples: held5..held18).
set -e
cd "$(dirname "$0")/../.."
OUT=${TMPDIR:-/tmp}/px-bench-spktrain-$(id -u)
sh bench/compare/cc.sh "$OUT" bench/compare/spktrain.c
if [ $# -eq 0 ]; then
  BLIND=$(mktemp -d "${TMPDIR:-/tmp}/pxspkb.XXXXXX")
  trap 'rm -rf "$BLIND"' EXIT
  sh bench/compare/spkblind.sh "$BLIND"
  set -- --train both --cv --write src/text/spkweights.c
  for s in held5 held6 held7 held8 held9 held10 held11 held12 held13 held14 held15 held16 held17 \
           held18; do
    set -- --load "$BLIND/$s.txt" "$@"
  done
fi
"$OUT" "$@" tests/fixtures/quotes
