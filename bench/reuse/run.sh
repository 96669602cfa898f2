#!/bin/sh
# Reuse benches, one command each:
#   bench/reuse/run.sh paraphrase [--fit]   MSRP train: parallax reuse --sentences
#                                           vs a TF-IDF cosine anchor (same run)
#   bench/reuse/run.sh edits [--quick]      derived copies with controlled edits
#                                           vs same-topic decoys: recall, precision
#   bench/reuse/run.sh scale [--quick]      signatures + LSH for 1M generated docs
# The programs are built here from the library sources (optimised, no store);
# the paraphrase bench runs the CLI ($PARALLAX, else built with cmake).
set -e
cd "$(dirname "$0")/../.."
SHARED=${PX_SHARED_DIR:-$PWD/../shared}
OUT=${TMPDIR:-/tmp}/px-bench-reuse
mkdir -p "$OUT"
what=${1:-}
[ $# -gt 0 ] && shift
pkgs="libxml-2.0 uchardet icu-uc icu-i18n jansson zlib libxxhash"
build() { # name, stage dirs...
  name=$1; shift
  srcs=""
  for s in "$@"; do srcs="$srcs src/$s/*.c"; done
  ${CC:-gcc} -std=c11 -O2 -g -Wall -Wextra -Wshadow -Wstrict-prototypes \
    -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
    -DPX_ISO_CODES_DIR="\"/usr/share/iso-codes/json\"" \
    -Iinclude -Isrc -Isrc/util $(pkg-config --cflags $pkgs) \
    $srcs bench/reuse/$name.c -o "$OUT/$name" \
    $(pkg-config --libs $pkgs) -lstemmer -lm
}
case $what in
paraphrase)
  MSRP=$SHARED/data/paraphrase-dev/msr_paraphrase_train.txt
  [ -f "$MSRP" ] || { echo "paraphrase: $MSRP not found" >&2; exit 77; }
  build paraphrase util text reuse
  if [ "${1:-}" = --fit ]; then exec "$OUT/paraphrase" fit "$MSRP"; fi
  if [ -z "${PARALLAX:-}" ]; then
    cmake -S . -B "$OUT/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF >/dev/null
    ninja -C "$OUT/build" parallax_cli >/dev/null
    PARALLAX=$OUT/build/parallax
  fi
  "$OUT/paraphrase" pairs "$MSRP" > "$OUT/msrp.tsv"
  "$PARALLAX" reuse --sentences --lang en < "$OUT/msrp.tsv" > "$OUT/msrp.pred"
  exec "$OUT/paraphrase" score "$MSRP" "$OUT/msrp.pred"
  ;;
edits)
  DEV=$SHARED/data/extract-dev
  [ -d "$DEV/html" ] || { echo "edits: $DEV not found" >&2; exit 77; }
  WN=${WORDNET_DIR:-/usr/share/wordnet}
  [ -f "$WN/data.noun" ] || { echo "edits: WordNet not found in $WN (apt-get install wordnet)" >&2; exit 77; }
  build edits util ingest extract text reuse
  exec "$OUT/edits" "$@" "$DEV" "$WN"
  ;;
scale)
  build scale util text reuse
  exec "$OUT/scale" "$@"
  ;;
*)
  echo "usage: bench/reuse/run.sh paraphrase [--fit] | edits [--quick] | scale [--quick]" >&2
  exit 2
  ;;
esac
