#!/bin/sh
# Extraction bench, one command:  bench/extract/run.sh [--verbose] [--only SUBSTR]
#                                 bench/extract/run.sh --dump NAME   (text of pages)
# Builds bench/extract/extract.c with the util and extract sources (-O2, no
# sanitizers) and runs it over the extract-dev pages in one process:
# precision/recall/accuracy/F1 scored the upstream way, pages/s and MB/s of
# full extraction against a bare libxml2 parse loop on the same pages, the
# ratio (in wall time and in thread CPU time, which a loaded machine
# disturbs less), peak RSS, and the speed-up at 2 threads.
set -e
cd "$(dirname "$0")/../.."
SHARED=${PX_SHARED_DIR:-$PWD/../shared}
DEV=$SHARED/data/extract-dev
[ -f "$DEV/expectations.json" ] || { echo "extract bench: $DEV not found" >&2; exit 77; }
OUT=${TMPDIR:-/tmp}/px-bench-extract
mkdir -p "$OUT"
pkgs="libxml-2.0 uchardet icu-uc icu-i18n jansson zlib"
${CC:-gcc} -std=c11 -O2 -g -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
  -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
  -Iinclude -Isrc -Isrc/util $(pkg-config --cflags $pkgs) \
  src/util/*.c src/extract/*.c bench/extract/extract.c -o "$OUT/extract" \
  $(pkg-config --libs $pkgs) -lpthread -lm
exec "$OUT/extract" "$@" "$DEV"
