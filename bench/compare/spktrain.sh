#!/bin/sh
# Train the speaker scorer and write its weights, one command:
#   bench/compare/spktrain.sh                  (writes src/text/spkweights.c:
#        samples of the rules of now and blind ones from spkblind.sh, a
#        leave-one-split-out measure, then the fit on every split)
#   bench/compare/spktrain.sh --stats --cv     (measure only; see spktrain.c)
# Builds bench/compare/spktrain.c with the util and text sources (-O2, no
# sanitizers) like run.sh, and trains on tests/fixtures/quotes' dev, held
# and held2..held8 splits.
set -e
cd "$(dirname "$0")/../.."
OUT=${TMPDIR:-/tmp}/px-bench-spktrain-$(id -u)
pkgs="icu-uc icu-i18n jansson libxxhash"
${CC:-gcc} -std=c11 -O2 -g -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
  -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
  -DPX_ISO_CODES_DIR="\"/usr/share/iso-codes/json\"" \
  -Iinclude -Isrc -Isrc/util -Ibench/compare $(pkg-config --cflags $pkgs) \
  src/util/*.c src/text/*.c bench/compare/spktrain.c -o "$OUT" \
  $(pkg-config --libs $pkgs) -lstemmer -lm
if [ $# -eq 0 ]; then
  BLIND=$(mktemp -d "${TMPDIR:-/tmp}/pxspkb.XXXXXX")
  trap 'rm -rf "$BLIND"' EXIT
  sh bench/compare/spkblind.sh "$BLIND"
  set -- --train both --cv --write src/text/spkweights.c
  for s in held5 held6 held7 held8; do set -- --load "$BLIND/$s.txt" "$@"; done
fi
"$OUT" "$@" tests/fixtures/quotes
