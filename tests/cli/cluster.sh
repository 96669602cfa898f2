#!/usr/bin/env bash
# parallax cluster: stateless story grouping in a pipe, deterministic, and
# bad lines reported by line number while the rest is filed.
. "$(dirname "$0")/../lib.sh"
cd "$PX_SOURCE_DIR"
px extract examples/news/*.html > "$TMP/articles.jsonl"
px cluster < "$TMP/articles.jsonl" > "$TMP/a.tsv"
check "cluster exits 0" test $? -eq 0
check "one line per article" test "$(wc -l < "$TMP/a.tsv")" -eq 9
story() { awk -F'\t' -v p="$1" 'index($1, p) { print $2 }' "$TMP/a.tsv"; }
fire=$(story harbourtimes)
for p in aldervikcourier nationalherald newsflashdaily24 vbc meridianobserver ostmarkgazette; do
  check "$p is with the original report" test "$(story $p)" = "$fire"
done
check "the football transfer is apart" test "$(story kickoffweekly)" != "$fire"
check "the cheese festival is apart" test "$(story talbote)" != "$fire"
check "the two unrelated articles are apart" test "$(story kickoffweekly)" != "$(story talbote)"
px cluster < "$TMP/articles.jsonl" > "$TMP/b.tsv"
check "same input order, same stories" cmp -s "$TMP/a.tsv" "$TMP/b.tsv"
px cluster --format json < "$TMP/articles.jsonl" | head -1 > "$TMP/one.json"
check "json output has id and story" grep -q '^{"id": *"examples/news/[^"]*", *"story": *1}$' "$TMP/one.json"
printf '{"id":"a","title":"Bridge shut","text":"The Kessel bridge was closed on Monday after engineers found cracks in two supports."}\nnot json at all\n{"id":"c"}\n\n{"id":7,"text":"A storm closed the airport at Vessby for six hours on Tuesday."}\n' \
  | px cluster > "$TMP/bad.tsv" 2> "$TMP/bad.err"
check "skipped lines make exit 1" test $? -eq 1
check "a line that is not JSON is named" grep -q "line 2" "$TMP/bad.err"
check "a line without text is named" grep -q 'line 3: no "text"' "$TMP/bad.err"
check "the good lines are filed" test "$(cut -f1 "$TMP/bad.tsv" | tr '\n' ' ')" = "a 7 "
# lines the fast JSON reader would take otherwise go to jansson: the same
# lines are rejected, the same ids printed
printf '%s\n' '{"id":"d1","text":"The ferry to Orsa ran again on Friday.","text":"x"}' \
  '{"id":"d2","text":"Nested keys repeat.","m":{"a":1,"a":2}}' \
  '{"id":"d3","text":"A NUL \u0000 in the text."}' \
  '{"id":"d4","text":"A lone \ud800 surrogate."}' \
  '{"id":12345678901234567890,"text":"An id too big for jansson."}' \
  '{"id":"d6","text":"A number too big.","n":1e999}' \
  '{"id":"d7","text":"A trailing comma.",}' \
  '{"id":true,"text":"The harbour crane at Vessby fell over in a storm on Sunday."}' \
  '{"id":-0,"text":"The Kessel bridge reopened to traffic on Thursday morning."}' \
  '{"id":"d10","te\u0078t":"An escaped key is the key text."}' \
  | px cluster > "$TMP/edge.tsv" 2> "$TMP/edge.err"
printf '{"id":"d11","text":"Invalid \377 UTF-8."}\n{"id":"d12",\f"text":"A form feed between keys."}\n' \
  | px cluster > "$TMP/edge2.tsv" 2> "$TMP/edge2.err"
for n in 1 2 3 4 5 6 7; do
  check "edge line $n is rejected as jansson rejects it" grep -q "line $n: " "$TMP/edge.err"
done
check "a boolean id is no id, a negative zero is 0, an escaped key counts" \
  test "$(cut -f1 "$TMP/edge.tsv" | tr '\n' ' ')" = "8 0 d10 "
check "invalid UTF-8 and a form feed are rejected" \
  test "$(grep -c 'line [12]: ' "$TMP/edge2.err")" -eq 2 -a ! -s "$TMP/edge2.tsv"
px cluster extra-arg < /dev/null 2>/dev/null
check "an argument is a usage error" test $? -eq 2
finish
