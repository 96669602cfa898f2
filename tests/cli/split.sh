#!/usr/bin/env bash
# Story splits: fiction, two fires on one day (a paper mill in Dunmarrow,
# a textile plant in Halvik) told in the same words around different
# names.  The first reports land in one story; once each fire has five
# reports the story splits, the Halvik reports move to a new story, the
# later ones join it, and the store keeps both ids explained.
. "$(dirname "$0")/../lib.sh"
F=$PX_SOURCE_DIR/tests/fixtures/stories
px cluster < "$F/split.jsonl" > "$TMP/a.tsv"
check "cluster exits 0" test $? -eq 0
check "one split record" test "$(grep -c '^#split' "$TMP/a.tsv")" -eq 1
check "the record moves the Halvik reports (lines 2, 4, 6, 8, 10) from story 1 to 2" \
  grep -qx "$(printf '#split\t1\t2\t2,4,6,8,10')" "$TMP/a.tsv"
check "later Halvik reports get story 2" test "$(awk -F'\t' '$1 == 12 { print $2 }' "$TMP/a.tsv")" = 2
check "later Dunmarrow reports keep story 1" test "$(awk -F'\t' '$1 == 13 { print $2 }' "$TMP/a.tsv")" = 1
px cluster < "$F/split.jsonl" > "$TMP/b.tsv"
check "same order, same splits" cmp -s "$TMP/a.tsv" "$TMP/b.tsv"
px cluster --format json < "$F/split.jsonl" | grep split > "$TMP/split.json"
check "json split record" grep -qx '{"split":1,"story":2,"articles":\[2,4,6,8,10\]}' "$TMP/split.json"

DB=$TMP/split.db
px ingest --verbose --db "$DB" "$F/split.jsonl" > "$TMP/verbose.tsv" 2>"$TMP/ingest.err"
check "ingest exits 0" test $? -eq 0
check "--verbose names the split on the line of the article that caused it" \
  test "$(grep -c 'split, some articles moving to story' "$TMP/verbose.tsv")" -eq 1
px stories --db "$DB" --format json > "$TMP/stories.json"
mill=$(story_of "$TMP/stories.json" "line 1\"")
plant=$(story_of "$TMP/stories.json" "line 2\"")
check "two stories" test -n "$mill" -a -n "$plant" -a "$mill" != "$plant"
for n in 3 5 7 9 11 13; do
  check "Dunmarrow report $n is with the first" test "$(story_of "$TMP/stories.json" "line $n\"")" = "$mill"
done
for n in 4 6 8 10 12; do
  check "Halvik report $n moved" test "$(story_of "$TMP/stories.json" "line $n\"")" = "$plant"
done
px story --db "$DB" "$mill" > /dev/null 2> "$TMP/old.err"
check "the old id still answers" test $? -eq 0
check "and names the story that split off" grep -q "story $mill split off into story $plant" "$TMP/old.err"
px story --db "$DB" "$plant" > /dev/null 2> "$TMP/new.err"
check "the new story names where it came from" grep -q "story $plant split off from story $mill" "$TMP/new.err"
check "a later ingest (engine reloaded) files into the split-off story" \
  test "$(ingest_story_of "$DB" "$F/split-later.jsonl" split-later)" = "$plant"
finish
