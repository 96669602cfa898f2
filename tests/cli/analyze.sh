#!/usr/bin/env bash
# parallax analyze: stateless analysis of articles from files, pipes and
# JSON lines; dates resolved against the publication date; usage errors.
. "$(dirname "$0")/../lib.sh"
NEWS=$PX_SOURCE_DIR/examples/news
FIX=$PX_SOURCE_DIR/tests/fixtures

px extract "$FIX/extract/news.html" | px analyze - > "$TMP/piped.json"
check "extract | analyze - exits 0" test "${PIPESTATUS[1]}" -eq 0
check "piped analysis is one line" test "$(wc -l < "$TMP/piped.json")" -eq 1
for key in '"sentences":[{' '"tokens":[{' '"entities":[' '"quotes":[' '"dates":[' '"quantities":['; do
  check "analysis has $key" contains "$TMP/piped.json" "$key"
done

px analyze "$NEWS/harbourtimes-tallow-point-fire.html" "$NEWS/vbc-tallow-point-safety.html" > "$TMP/pages.json"
check "analyze of two pages exits 0" test $? -eq 0
check "two pages give two lines" test "$(wc -l < "$TMP/pages.json")" -eq 2
# the original report (published Tuesday 11 March 2025) says the fire
# started "late on Monday"
check "a weekday is resolved against the publication date" \
  grep -q '"text":"Monday","date":"2025-03-10","precision":"day","relative":true' "$TMP/pages.json"
check "quantities carry units" grep -q '"unit":"firefighters"' "$TMP/pages.json"

printf 'Crews walked out on Tuesday and said the strike would last until Friday, when talks resume.\n' \
  | px analyze - > "$TMP/undated.json"
check "text without a date is analysed" test $? -eq 0
check "relative dates without a publication date are null" \
  contains "$TMP/undated.json" '"text":"Tuesday","date":null'

px analyze --format text "$NEWS/harbourtimes-tallow-point-fire.html" > "$TMP/page.txt"
check "analyze --format text exits 0" test $? -eq 0
check "text lists the resolved day" grep -q '^  2025-03-10 day   "Monday" (relative)$' "$TMP/page.txt"
for h in Entities Quotes Dates Quantities; do
  check "text has $h" grep -q "^$h\$" "$TMP/page.txt"
done

# the outlet credited beside a speaker, in JSON and in text
printf '"The harvest was poor," farmer Lena Voss told the Morning Herald.\n' > "$TMP/via.txt"
px analyze "$TMP/via.txt" > "$TMP/via.json"
check "a quote names the outlet it came through (JSON)" contains "$TMP/via.json" '"speaker":"Lena Voss","role":"farmer","via":"Morning Herald"'
px analyze --format text "$TMP/via.txt" > "$TMP/via.out"
check "a quote names the outlet it came through (text)" grep -q '^  Lena Voss (direct, via Morning Herald): ' "$TMP/via.out"

printf 'Envoys from France met officials of the US in Geneva.\n' | px analyze - > "$TMP/places.json"
check "a country is named as one" contains "$TMP/places.json" '"name":"France","kind":"place","role":null,"country":"France"'
check "a city is a place but no country" contains "$TMP/places.json" '"name":"Geneva","kind":"place","role":null,"country":null'

px analyze > /dev/null 2>&1
check "no input is a usage error (2)" test $? -eq 2
px analyze --format yaml "$FIX/analyze/ferry-strike.jsonl" > /dev/null 2>&1
check "an unknown format is a usage error (2)" test $? -eq 2
px analyze "$TMP/missing.html" > /dev/null 2>"$TMP/missing.err"
check "a missing file exits 1" test $? -eq 1
check "the error names the file" contains "$TMP/missing.err" "missing.html"
finish
