#!/bin/sh
# Fact alignment across outlets (issue 6), one command:
#   sh bench/compare/facts.sh [--split dev|held|all] [--verbose] [BUILD_DIR]
# Scores px_compare's shared facts against the annotated fictional
# stories in tests/fixtures/facts (format and scoring in its README):
# pair precision, recall and F1 per split, against a TF-IDF cosine
# baseline measured in the same run.  Needs the build (ninja -C build).
set -e
cd "$(dirname "$0")/../.."
BUILD=build
ARGS=
for a in "$@"; do
  case $a in
    --split|--verbose|dev|held|all) ARGS="$ARGS $a" ;;
    *) BUILD=$a ;;
  esac
done
BENCH=$BUILD/bench_compare_facts
[ -x "$BENCH" ] || { echo "bench/compare: $BENCH is missing (ninja -C $BUILD)" >&2; exit 77; }
exec "$BENCH" $ARGS tests/fixtures/facts
