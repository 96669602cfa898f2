#!/usr/bin/env bash
# An ingest killed with SIGKILL midway loses nothing already committed, and
# rerunning it completes the store without duplicates.
. "$(dirname "$0")/../lib.sh"
DB=$TMP/kill.db
IN=$TMP/in
N=400
mkdir -p "$IN"
words=(harbour council bridge tram library school market river museum stadium
       budget festival hospital airport railway forest lake tunnel ferry tower)
for i in $(seq 1 $N); do
  w1=${words[$((i % 20))]} w2=${words[$(((i / 20) % 20))]}
  cat > "$IN/a$(printf %04d "$i").html" <<HTML
<html><head><title>Report $i on the $w1 and the $w2</title></head><body><article>
<p>Officials in town number $i said on Tuesday that the $w1 project would be reviewed together with the $w2 plan, after residents asked for $((i * 3)) changes.</p>
<p>The review of the $w1 starts next month and should end before the $w2 season, a spokesperson for district $i said.</p>
<p>Residents of district $i welcomed the decision about the $w1 and the $w2 and asked for a public meeting.</p>
</article></body></html>
HTML
done

"$PARALLAX" ingest --db "$DB" --quiet "$IN" &
pid=$!
# wait until some articles are committed, then kill without warning
for _ in $(seq 1 600); do
  n=$(px stories --db "$DB" --format json 2>/dev/null | tr -d '\n' | grep -o '"path"' | wc -l)
  [ "${n:-0}" -ge 20 ] && break
  sleep 0.05
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
px stories --db "$DB" --format json > "$TMP/before.json"
before=$(article_count "$TMP/before.json")
echo "articles committed before the kill: $before"
check "some but not all articles were committed before the kill" test "$before" -gt 0 -a "$before" -lt "$N"

px ingest --db "$DB" --quiet "$IN"
check "the rerun succeeds" test $? -eq 0
px stories --db "$DB" --format json > "$TMP/after.json"
check "all $N articles are stored" test "$(article_count "$TMP/after.json")" -eq "$N"
dups=$(split_ids "$TMP/after.json" | grep -o '"path":"[^"]*"' | sort | uniq -d | wc -l)
check "no article is stored twice" test "$dups" -eq 0
px search --db "$DB" "district" > /dev/null
check "the full-text index is consistent" test $? -eq 0
finish
