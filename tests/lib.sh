# lib.sh - helpers for the shell tests. CTest sets PARALLAX (the binary),
# PX_SOURCE_DIR and PX_SHARED_DIR.
set -u
: "${PARALLAX:?PARALLAX must name the parallax binary}"
: "${PX_SOURCE_DIR:?}"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pxtest.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
FAILS=0
CHECKS=0

ok()   { CHECKS=$((CHECKS + 1)); echo "ok - $*"; }
fail() { CHECKS=$((CHECKS + 1)); FAILS=$((FAILS + 1)); echo "FAIL - $*"; }
check() { # description, command...
  local what=$1; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}
contains()     { grep -qF -- "$2" "$1"; }
not_contains() { ! grep -qF -- "$2" "$1"; }
# A check for a known gap: reported on every run, counted apart, never fatal.
# Each use names the open issue that will turn it back into check.
todo() {
  local what=$1; shift
  if "$@"; then echo "ok - $what (known gap now passes: make it a check)"
  else TODOS=$((${TODOS:-0} + 1)); echo "TODO - $what"; fi
}
skip() { echo "SKIP: $*"; exit 77; }
finish() {
  [ "${TODOS:-0}" -eq 0 ] || echo "${TODOS} known gaps (TODO)"
  echo "$((CHECKS - FAILS)) passed, $FAILS failed"
  [ "$FAILS" -eq 0 ]
}
px() { "$PARALLAX" "$@"; }

# Split stories JSON into one object per line, story headers included.
split_ids() { tr -d '\n' < "$1" | sed 's/{"id":/\n{"id":/g'; }
# The story id of the article whose path contains $2, from stories JSON $1.
story_of() {
  split_ids "$1" | awk -v want="$2" '
    /^\{"id":[0-9]+,"title"/ { match($0, /[0-9]+/); story = substr($0, RSTART, RLENGTH) }
    /"path"/ && index($0, want) { print story; exit }'
}
# The article id whose path contains $2, from stories JSON $1.
article_of() {
  split_ids "$1" | awk -v want="$2" '
    /"path"/ && index($0, want) { match($0, /[0-9]+/); print substr($0, RSTART, RLENGTH); exit }'
}
# Number of articles in stories JSON $1.
article_count() { split_ids "$1" | grep -c '"path"'; }
# Ingest file $2 into store $1 (a later run: the engine reloads) and print
# the story of the article whose path contains $3.
ingest_story_of() {
  px ingest --db "$1" "$2" 2>>"$TMP/ingest.err"
  px stories --db "$1" --format json > "$TMP/after.json"
  story_of "$TMP/after.json" "$3"
}
