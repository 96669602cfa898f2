#!/usr/bin/env bash
# The story sections built from dates, numbers and citations, on the
# bundled example (facts listed in examples/README.md): the timeline of
# dates the texts mention, numbers that differ between outlets, and
# attribution chains, in JSON, text, Markdown and HTML.
. "$(dirname "$0")/../lib.sh"
DB=$TMP/ex.db
px ingest --quiet --db "$DB" "$PX_SOURCE_DIR/examples/news"
check "ingest of the example exits 0" test $? -eq 0
px story --db "$DB" --format json biggest > "$TMP/story.json"
check "story JSON exits 0" test $? -eq 0
tr -d '\n' < "$TMP/story.json" | sed 's/{"date":/\n{"date":/g; s/{"unit":/\n{"unit":/g; s/{"article":[0-9]*,"source":/\n&/g' > "$TMP/lines"

# the fire broke out on Monday 10 March; outlets published Tuesday to
# Thursday and say "Monday", "Monday night" or "late on Monday"
mon=$(grep '^{"date":"2025-03-10","precision":"day","event":"mentioned"' "$TMP/lines")
check "the timeline has the day of the fire, resolved from the texts" test -n "$mon"
check "several articles mention that day" \
  test "$(printf '%s' "$mon" | grep -o '"articles":\[[0-9,]*\]' | tr -cd ',' | wc -c)" -ge 2
check "mentions keep their words and sentence" contains "$TMP/lines" '"words":"Monday night","sentence":'
check "publications stay on the timeline" contains "$TMP/lines" '"event":"published"'
first_pub=$(grep -n '"event":"published"' "$TMP/lines" | head -1 | cut -d: -f1)
mon_line=$(grep -n '^{"date":"2025-03-10"' "$TMP/lines" | cut -d: -f1)
check "the timeline is in date order (the fire before the first report)" test "$mon_line" -lt "$first_pub"

# injured: 12 (Harbour Times and those citing it) against 14 (the wire)
injured=$(grep '^{"unit":"people"' "$TMP/lines")
check "numbers that differ: the injured count" test -n "$injured"
check "... with the 12 of one outlet" grep -q '"value":12,' <<< "$injured"
check "... and the 14 of another" grep -q '"value":14,' <<< "$injured"
check "a disagreement names its sentence" grep -q '"sentence":"' <<< "$injured"

# The Meridian Observer re-reports the Harbour Times, which quotes the union
check "attribution chain: outlet -> cited outlet -> speaker" \
  grep -q '"chain":\[{"name":"The Meridian Observer","kind":"media","role":null,"article":[0-9]*},{"name":"Harbour Times","kind":"media","role":null,"article":[0-9]*},{"name":"Marek Dunne"' "$TMP/lines"

px story --db "$DB" biggest > "$TMP/story.txt"
px story --db "$DB" --format md biggest > "$TMP/story.md"
px story --db "$DB" --format html biggest > "$TMP/story.html"
for h in "Dates mentioned" "Numbers that differ" "Attribution chains"; do
  check "text has \"$h\"" grep -q "^$h\$" "$TMP/story.txt"
  check "Markdown has \"## $h\"" grep -q "^## $h\$" "$TMP/story.md"
done
check "text lists the day of the fire" grep -q '^  \* 2025-03-10: ' "$TMP/story.txt"
check "text shows a chain with arrows" grep -q 'The Meridian Observer -> Harbour Times -> Marek Dunne' "$TMP/story.txt"
# "According to Reyk" cites the fire officer the article named, not an outlet
check "a person's surname is not cited as an outlet" not_contains "$TMP/story.txt" 'VBC News -> Reyk' 
for id in dates numbers chains; do
  check "HTML has the $id section" contains "$TMP/story.html" "<section id=\"$id\">"
done
check "HTML links dates to their sentences" grep -q 'id="dates">.*href="#a[0-9]*-s[0-9]*"' "$TMP/story.html"
finish
