#!/bin/sh
# Build the ECB+ story bench (the library's stages, optimised, no store)
# and run it:  bench/stories/run.sh [-s shuffles] [-x] [-v]
# PX_STORY_PARAMS="join=0.3,lead_boost=2" tries other engine settings.
set -e
cd "$(dirname "$0")/../.."
DATA=${PX_SHARED_DIR:-$PWD/../shared}/data/stories-dev/ecbplus-dev.jsonl.gz
[ -f "$DATA" ] || { echo "ecb: $DATA not found" >&2; exit 77; }
OUT=${TMPDIR:-/tmp}/px-bench-ecb
pkgs="libxml-2.0 uchardet icu-uc icu-i18n jansson zlib libxxhash"
${CC:-gcc} -std=c11 -O2 -g -Wall -Wextra -Wshadow -Wstrict-prototypes \
  -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
  -DPX_ISO_CODES_DIR="\"/usr/share/iso-codes/json\"" \
  -Iinclude -Isrc -Isrc/util $(pkg-config --cflags $pkgs) \
  src/util/*.c src/ingest/*.c src/extract/*.c src/text/*.c src/story/*.c \
  bench/stories/ecb.c -o "$OUT" \
  $(pkg-config --libs $pkgs) -lstemmer -lm
exec "$OUT" "$@" "$DATA"
