#!/usr/bin/env bash
# Story merges in the store: an article that belongs in two stories makes
# them one; the newer story's row says where it went, `parallax story` on
# its id says so and shows the merged story, and a later ingest (a new
# process, the engine reloaded) files into the merged story.  The fixture
# is fiction: a ferry aground (1 January), its salvage ten weeks later (too
# far apart in time to join on their own), and an article in between that
# tells both; plus an unrelated cheese fair.
. "$(dirname "$0")/../lib.sh"
F=$PX_SOURCE_DIR/tests/fixtures/stories
DB=$TMP/merge.db
px ingest --db "$DB" "$F/merge.jsonl" 2>"$TMP/ingest.err"
check "ingest exits 0" test $? -eq 0
px stories --db "$DB" --format json > "$TMP/stories.json"
s1=$(story_of "$TMP/stories.json" "line 1")
s2=$(story_of "$TMP/stories.json" "line 2")
s3=$(story_of "$TMP/stories.json" "line 3")
s4=$(story_of "$TMP/stories.json" "line 4")
check "the grounding and its salvage are one story" test -n "$s1" -a "$s1" = "$s2"
check "the article telling both is in it" test "$s3" = "$s1"
check "the cheese fair is apart" test "$s4" != "$s1"
check "two stories listed" test "$(grep -o '"id":[0-9]*,"title"' "$TMP/stories.json" | wc -l)" -eq 2
px story --db "$DB" 2 --format json > "$TMP/old.json" 2> "$TMP/old.err"
check "story 2 (merged) still answers" test $? -eq 0
check "it says where story 2 went" grep -q "story 2 was merged into story $s1" "$TMP/old.err"
check "and shows the merged story" grep -q '"Salvage crews give up on the ferry Lenholm off Skarvik"' "$TMP/old.json"
check "a later ingest files into the merged story" \
  test "$(ingest_story_of "$DB" "$F/merge-later.jsonl" merge-later)" = "$s1"
finish
