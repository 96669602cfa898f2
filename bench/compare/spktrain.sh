#!/bin/sh
# Train the speaker scorer and write its weights, one command:
#   bench/compare/spktrain.sh                  (writes src/text/spkweights.c)
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
if [ $# -eq 0 ]; then set -- --cv --write src/text/spkweights.c; fi
exec "$OUT" "$@" tests/fixtures/quotes
