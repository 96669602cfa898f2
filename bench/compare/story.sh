#!/usr/bin/env bash
# bench/compare/story.sh - how long comparing one story takes (issue 6:
# 50 articles "well under a second"), against the reference way (every
# candidate sentence pair scored afresh) measured in the same run; the
# bench checks both give the same comparison and exits 1 if not.
#
#   bench/compare/story.sh [BUILD_DIR]      (default build; ninja first)
#
# Stories: 50 and 100 articles of wire copy (the example's 9 pages plus
# generated outlets filing the Harbour Times report, bench/serve/outlets.sh),
# and 50 independent reports from the ECB+ dev set (../shared) when present.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=${1:-build}/bench_compare_story
[ -x "$BENCH" ] || { echo "bench/compare: $BENCH is missing (ninja -C ${1:-build})" >&2; exit 77; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pxcmp.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
bash bench/serve/outlets.sh 91 "$TMP/gen"

echo "wire copy, 50 articles (examples/news + generated outlets):"
"$BENCH" -n 50 examples/news "$TMP/gen"
echo "wire copy, 100 articles:"
"$BENCH" -n 100 examples/news "$TMP/gen"
ECB=${PX_SHARED_DIR:-$PWD/../shared}/data/stories-dev/ecbplus-dev.jsonl.gz
if [ -f "$ECB" ]; then
  echo "independent reports, 50 articles (the first 50 of the ECB+ dev set, compared as one story):"
  "$BENCH" -n 50 "$ECB"
else
  echo "independent reports: skipped, $ECB not found"
fi
