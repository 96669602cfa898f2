#!/bin/sh
# Streaming bench, one command:  bench/ingest/run.sh [SIZE_MB]   (2048)
# Generates a WARC.gz of SIZE_MB (one gzip member per response record,
# pages from examples/news) and one of SIZE_MB/32 in $TMPDIR, runs
# `parallax extract -j 1` over each, and prints records/s and peak RSS:
# memory must stay flat while the input grows 32-fold.  The files are
# deleted afterwards.  $PARALLAX picks the binary (else build/parallax).
set -e
cd "$(dirname "$0")/../.."
SIZE=${1:-2048}
OUT=${TMPDIR:-/tmp}/px-bench-ingest-$(id -u)
mkdir -p "$OUT"
PARALLAX=${PARALLAX:-$PWD/build/parallax}
[ -x "$PARALLAX" ] || { echo "ingest bench: $PARALLAX not built (./build.sh build)" >&2; exit 1; }
${CC:-gcc} -std=c11 -O2 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L \
  bench/ingest/warcgen.c -o "$OUT/warcgen" $(pkg-config --cflags --libs zlib)
trap 'rm -f "$OUT"/*.warc.gz' EXIT
run() {   # $1 size in MB
  f="$OUT/gen-$1.warc.gz"
  "$OUT/warcgen" "$f" "$1" examples/news/*.html
  /usr/bin/time -f "%e %M %U" -o "$OUT/time" \
    "$PARALLAX" extract -j 1 --format json "$f" > "$OUT/out.jsonl"
  read -r wall rss user < "$OUT/time"
  n=$(wc -l < "$OUT/out.jsonl")
  rm -f "$OUT/out.jsonl"
  echo "$1 MB WARC.gz: $n articles in $wall s wall ($user s CPU), $(echo "$n $user" | awk '{printf "%.0f", $1/($2>0?$2:1)}') articles per CPU second, peak RSS $((rss / 1024)) MB"
  echo "$rss" > "$OUT/rss-$1"
}
small=$((SIZE / 32)); [ "$small" -ge 1 ] || small=1
run "$small"
run "$SIZE"
echo "peak RSS ratio ($SIZE MB / $small MB input): $(awk -v a="$(cat "$OUT/rss-$SIZE")" -v b="$(cat "$OUT/rss-$small")" 'BEGIN{printf "%.2f", a/b}')x"
