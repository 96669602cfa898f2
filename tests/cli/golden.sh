#!/usr/bin/env bash
# Golden outputs: extract on fixture pages, and the Markdown and JSON
# comparison of a small story, must match the files in tests/golden/.
# After an intended change:  tests/cli/golden.sh --update  (then review the diff).
. "$(dirname "$0")/../lib.sh"
G=$PX_SOURCE_DIR/tests/golden
F=$PX_SOURCE_DIR/tests/fixtures/extract
update=0
[ "${1:-}" = "--update" ] && update=1

golden() { # name, command...
  local name=$1; shift
  "$@" > "$TMP/$name" 2>"$TMP/$name.err"
  local rc=$?
  if [ $update -eq 1 ]; then cp "$TMP/$name" "$G/$name"; ok "$name updated"; return; fi
  if [ $rc -ne 0 ]; then fail "$name: exit $rc: $(head -3 "$TMP/$name.err")"; return; fi
  if diff -u "$G/$name" "$TMP/$name" > "$TMP/$name.diff"; then ok "$name matches"
  else fail "$name differs:"; head -40 "$TMP/$name.diff"; fi
}

# relative paths, so the output does not depend on where the checkout is
cd "$PX_SOURCE_DIR"
golden extract-news.json px extract tests/fixtures/extract/news.html
golden extract-cp1252.json px extract tests/fixtures/extract/cp1252.html
golden extract-dump.txt px extract --format text tests/fixtures/extract/dump.txt
golden analyze.json px analyze tests/fixtures/analyze/ferry-strike.jsonl
golden analyze.txt px analyze --format text tests/fixtures/analyze/ferry-strike.jsonl
DB=$TMP/g.db
px ingest --quiet --db "$DB" tests/golden/story
golden story.md px story --db "$DB" --format md 1
golden story.json px story --db "$DB" --format json 1
golden stories.json px stories --db "$DB" --format json
finish
