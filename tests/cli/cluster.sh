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
px cluster extra-arg < /dev/null 2>/dev/null
check "an argument is a usage error" test $? -eq 2
finish
