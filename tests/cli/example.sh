#!/usr/bin/env bash
# The bundled example end to end: ingest, stories, reuse, quotes, reports.
. "$(dirname "$0")/../lib.sh"
DB=$TMP/ex.db
NEWS=$PX_SOURCE_DIR/examples/news

px ingest --db "$DB" "$NEWS" 2>"$TMP/ingest.err"
check "ingest of the example exits 0" test $? -eq 0
check "ingest reports a summary" contains "$TMP/ingest.err" "9 added"

px stories --db "$DB" --format json > "$TMP/stories.json"
check "stories JSON lists 9 articles" test "$(article_count "$TMP/stories.json")" -eq 9
fire=$(story_of "$TMP/stories.json" harbourtimes-tallow-point-fire)
check "the original report has a story" test -n "$fire"
for page in aldervikcourier-depot-fire-wire nationalherald-depot-fire-wire \
            newsflashdaily24-tallow-point-blaze vbc-tallow-point-safety \
            meridianobserver-union-warning ostmarkgazette-residents-return; do
  check "$page is in the fire story" test "$(story_of "$TMP/stories.json" $page)" = "$fire"
done
for page in kickoffweekly-vasskar-transfer talbote-kaesefest; do
  check "$page is not in the fire story" test "$(story_of "$TMP/stories.json" $page)" != "$fire"
done
check "the two unrelated articles are apart" test \
  "$(story_of "$TMP/stories.json" kickoffweekly)" != "$(story_of "$TMP/stories.json" talbote)"

px story --db "$DB" --format json "$fire" > "$TMP/story.json"
check "story JSON exits 0" test $? -eq 0
for key in '"articles":' '"shared":' '"unique":' '"quotes":' '"reuse":' '"summary":'; do
  check "story JSON has $key" contains "$TMP/story.json" "$key"
done
wire1=$(article_of "$TMP/stories.json" aldervikcourier)
wire2=$(article_of "$TMP/stories.json" nationalherald)
orig=$(article_of "$TMP/stories.json" harbourtimes)
spun=$(article_of "$TMP/stories.json" newsflashdaily24)
has_link() { # a b: a reuse link between articles a and b, either way round
  tr -d '\n' < "$TMP/story.json" | grep -Eq "\"origin\":($1|$2),\"derived\":($1|$2),\"kind\""
}
check "the wire copies are linked as reuse" has_link "$wire1" "$wire2"
check "the spun copy is linked to the original" has_link "$orig" "$spun"
check "the spun copy's origin is the original" \
  grep -q "\"origin\":$orig,\"derived\":$spun" "$TMP/story.json"
for who in "Varden" "Reyk" "Solberg" "Dunne"; do
  check "a quote is attributed to $who" grep -Eq "\"speaker\":\"[^\"]*$who\"" "$TMP/story.json"
done
check "the company is an organisation, by the vote of its mentions" \
  grep -q '"name":"Carrow Chemicals","kind":"organisation"' "$TMP/story.json"
check "the port district is a place" grep -q '"name":"Tallow Point","kind":"place"' "$TMP/story.json"
check "some quote is carried by several outlets" \
  grep -Eq '"articles":\[[0-9]+,[0-9]+' "$TMP/story.json"
check "a reworded remark is grouped with the original wording" \
  grep -Eq '"text":"Our crews did extraordinary work[^"]*"\},\{"article":[0-9]+,"text":"Our teams did remarkable work' "$TMP/story.json"

px story --db "$DB" "$fire" > "$TMP/story.txt"
check "text comparison has a summary" contains "$TMP/story.txt" "Summary"
px story --db "$DB" --format md "$fire" > "$TMP/story.md"
check "markdown comparison has headings" contains "$TMP/story.md" "## Quotes"
px story --db "$DB" --format html -o "$TMP/story.html" biggest
check "the biggest story is the fire" contains "$TMP/story.html" "Story $fire "
check "HTML report has one column per article" \
  test "$(grep -o 'class="col"' "$TMP/story.html" | wc -l)" -eq 7
check "HTML report highlights shared passages" contains "$TMP/story.html" 'class="shared'
check "HTML report has the reuse graph" contains "$TMP/story.html" '<svg class="reuse-graph"'
check "HTML report loads nothing from outside" not_contains "$TMP/story.html" 'src="http'
check "without --sources the report says it has no labels" contains "$TMP/story.html" "No source-label file given"
px story --db "$DB" --format html --sources "$PX_SOURCE_DIR/examples/sources.json" -o "$TMP/labelled.html" "$fire"
check "story --sources: the report shows coverage by label" contains "$TMP/labelled.html" '<table class="coverage">'
check "story --sources: ownerships named with their outlets" grep -q '<span class="chip">state</span> <a href="#a[0-9]*">Aldervik Courier</a>' "$TMP/labelled.html"
check "story --sources: the report has no blindspot for a story all ownerships cover" not_contains "$TMP/labelled.html" 'class="blindspot"'
# one labelled outlet: every labelled outlet is private, which is a blindspot
printf '{"harbourtimes.example": {"name": "The Harbour Times", "ownership": "private"}}' > "$TMP/one.json"
px story --db "$DB" --format html --sources "$TMP/one.json" -o "$TMP/one.html" "$fire"
check "story --sources: a one-sided story gets a blindspot note" contains "$TMP/one.html" 'only outlets with ownership &ldquo;private&rdquo;'
px story --db "$DB" --format json --sources "$TMP/one.json" "$fire" > /dev/null 2> "$TMP/src.err"
check "story --sources with a format other than html is a usage error" test $? -eq 2
printf '{"x.example": {"ownership": 7}}' > "$TMP/bad.json"
px story --db "$DB" --format html --sources "$TMP/bad.json" "$fire" > /dev/null 2> "$TMP/src.err"
check "story with a bad source-label file exits 2" test $? -eq 2
check "the bad source-label file is named" contains "$TMP/src.err" "bad.json"

px search --db "$DB" Carrow > "$TMP/search.json"
check "search finds the company" contains "$TMP/search.json" '"snippet"'

# content-addressed: a second ingest adds nothing
px ingest --db "$DB" "$NEWS" 2>"$TMP/again.err"
check "a second ingest adds nothing" contains "$TMP/again.err" "0 added, 9 already stored"
px stories --db "$DB" --format json > "$TMP/stories2.json"
check "still 9 articles" test "$(article_count "$TMP/stories2.json")" -eq 9

px story --db "$DB" 999 2>"$TMP/missing.err"
check "an unknown story exits 1" test $? -eq 1
check "an unknown story is named" contains "$TMP/missing.err" "no story 999"
finish
