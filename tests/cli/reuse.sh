#!/usr/bin/env bash
# parallax reuse: links with passages on the bundled example, and the
# sentence-pair matcher (--sentences) on fictional pairs.
. "$(dirname "$0")/../lib.sh"
DB=$TMP/ex.db
px ingest --db "$DB" "$PX_SOURCE_DIR/examples/news" 2>/dev/null
check "ingest of the example exits 0" test $? -eq 0
px stories --db "$DB" --format json > "$TMP/stories.json"
fire=$(story_of "$TMP/stories.json" harbourtimes-tallow-point-fire)
wire1=$(article_of "$TMP/stories.json" aldervikcourier)
wire2=$(article_of "$TMP/stories.json" nationalherald)
orig=$(article_of "$TMP/stories.json" harbourtimes)
spun=$(article_of "$TMP/stories.json" newsflashdaily24)
mer=$(article_of "$TMP/stories.json" meridianobserver)
sport=$(article_of "$TMP/stories.json" kickoffweekly)

px reuse --db "$DB" --format json --story "$fire" > "$TMP/story.json"
check "reuse --story exits 0" test $? -eq 0
# one link per line: "origin":{"id":N,... "derived":{"id":M,... "kind":"K"
tr -d '\n' < "$TMP/story.json" | sed 's/{"origin":{"id"/\n&/g' > "$TMP/links.txt"
link() { # origin derived kind-regex
  grep -Eq "^\{\"origin\":\{\"id\":$1,.*\"derived\":\{\"id\":$2,[^}]*\},\"kind\":\"($3)\"" "$TMP/links.txt"
}
either() { link "$1" "$2" "$3" || link "$2" "$1" "$3"; }
check "the wire copies are duplicates" either "$wire1" "$wire2" duplicate
check "the spun copy is a rewrite of the Harbour Times" link "$orig" "$spun" 'rewrite|copy'
check "the Meridian Observer re-reports the Harbour Times" link "$orig" "$mer" 'paraphrase|rewrite'
check "passages carry both texts" contains "$TMP/story.json" '"derived_text":'
check "passages carry byte offsets" grep -Eq '"origin":\[[0-9]+,[0-9]+\],"derived":\[[0-9]+,[0-9]+\]' "$TMP/story.json"
check "a shared quote shows up as a passage" contains "$TMP/story.json" "We raised the sprinkler system"

px reuse --db "$DB" --format json "$mer" > "$TMP/mer.json"
check "reuse ARTICLE lists the article's link" grep -q "\"id\":$orig," "$TMP/mer.json"
px reuse --db "$DB" "$spun" > "$TMP/spun.txt"
check "text output names the kind and the passages" grep -Eq "^(rewrite|copy) .*passage 1" <(tr '\n' ' ' < "$TMP/spun.txt")
px reuse --db "$DB" --format json "$sport" > "$TMP/sport.json"
check "an unrelated article has no links" contains "$TMP/sport.json" '{"links":[]}'
# ingest --verbose says why: the spun copy joined the fire story by reusing
# the Harbour Times; the sports article started a story of its own
px ingest --db "$TMP/v.db" --verbose "$PX_SOURCE_DIR/examples/news" > "$TMP/verbose.txt" 2>/dev/null
check "ingest --verbose exits 0" test $? -eq 0
check "ingest --verbose writes a line per article" test "$(wc -l < "$TMP/verbose.txt")" -eq 9
check "the spun copy names the article it reuses" \
  grep -Eq "newsflashdaily24.*	story [0-9]+	joined \(score 0\.[0-9]+\); reuses article [0-9]+ \(0\.[0-9]+\)" "$TMP/verbose.txt"
check "the sports article starts a story" grep -Eq "kickoffweekly.*	new story \(best score" "$TMP/verbose.txt"
px ingest --db "$TMP/v.db" --verbose "$PX_SOURCE_DIR/examples/news/kickoffweekly-vasskar-transfer.html" > "$TMP/again.txt" 2>/dev/null
check "ingest --verbose says an article was already stored" grep -q "	already stored$" "$TMP/again.txt"

px reuse --db "$DB" 999 2>"$TMP/missing.err"
check "an unknown article exits 1" test $? -eq 1
check "an unknown article is named" contains "$TMP/missing.err" "no article 999"
px reuse --db "$DB" 2>/dev/null
check "no id is a usage error" test $? -eq 2

# sentence pairs (fictional); 1 = the same statement
printf '%s\t%s\t%s\n' \
  p1 "The Harbour Board approved the new ferry timetable on Tuesday." "On Tuesday the new ferry timetable was approved by the Harbour Board." \
  p2 "Mayor Ilse Varden said the depot would stay closed until May." "The depot will remain shut until May, Mayor Ilse Varden said." \
  n1 "The Harbour Board approved the new ferry timetable on Tuesday." "Fishermen in Brennmouth protested against new quotas on Friday." \
  n2 "Carrow Chemicals said all 23 employees on the night shift were safe." "Carrow Chemicals will reopen its Tallow Point depot next spring, the company said." \
  > "$TMP/pairs.tsv"
px reuse --sentences --lang en < "$TMP/pairs.tsv" > "$TMP/pairs.out"
check "--sentences exits 0" test $? -eq 0
check "--sentences answers every pair" test "$(wc -l < "$TMP/pairs.out")" -eq 4
check "output is id, score, 1|0" grep -Eq '^p1	[01]\.[0-9]{4}	[01]$' "$TMP/pairs.out"
for id in p1 p2; do check "$id is the same statement" grep -q "^$id	.*	1$" "$TMP/pairs.out"; done
for id in n1 n2; do check "$id is not the same statement" grep -q "^$id	.*	0$" "$TMP/pairs.out"; done
printf 'broken line without tabs\n' | px reuse --sentences > "$TMP/bad.out" 2>"$TMP/bad.err"
check "a malformed line exits 1" test $? -eq 1
check "a malformed line is reported" contains "$TMP/bad.err" "line 1"
finish
