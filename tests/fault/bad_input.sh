#!/usr/bin/env bash
# Bad input of every kind: each gets a clear message naming the input (and
# the position inside it), nothing crashes, and the good items around it
# are still processed and stored.
. "$(dirname "$0")/../lib.sh"
DB=$TMP/bad.db
IN=$TMP/in
mkdir -p "$IN"

page() { # file title body-word
  cat > "$1" <<HTML
<!DOCTYPE html><html lang="en"><head><title>$2</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>$2</h1>
<p>The harbour authority of Lindqvist said on Monday that the $3 inspection found cracks in two cranes, and that repairs would take about six weeks.</p>
<p>"We will not reopen the berth until every weld is checked," said Mara Olsen, the authority's chief engineer, adding that ships would be redirected.</p>
<p>Dock workers said the $3 closure would cost them overtime, and their union asked for talks with the port's owners this week.</p>
</article><footer>Copyright Example</footer></body></html>
HTML
}
page "$IN/good1.html" "Cranes cracked at Lindqvist" crane
page "$IN/good2.html" "Lindqvist berth stays shut" berth

: > "$IN/empty.html"
head -c 4096 /dev/urandom > "$IN/binary.html"
printf '<html><body></body></html>' > "$IN/blank.html"
printf '<html><body><p>Caf\xe9 owners \xff\xfe said the \xc3 festival was a success for the whole town and its many visitors.</p></body></html>' > "$IN/badutf8.html"
# gzip cut short
page "$TMP/whole.html" "Truncated" gzip
gzip -c "$TMP/whole.html" | head -c 200 > "$IN/truncated.html.gz"
# JSON Lines: a good line, a broken one, a good one
{
  printf '{"url":"https://a.example/1","title":"Ferry strike ends","text":"The ferry strike in Osterby ended on Friday after the crews accepted a new offer from the operator.\\n\\nServices resume on Saturday morning, the operator said.","date":"2025-05-02","source":"Osterby Post"}\n'
  printf '{"url": "https://a.example/2", "text": not json at all\n'
  printf '{"url":"https://a.example/3","title":"Ferry timetable","text":"A new ferry timetable for Osterby starts in June with two extra crossings a day on weekdays.","source":"Osterby Post"}\n'
} > "$IN/feed.jsonl"
# WARC: a good record, a corrupt one (Content-Length past the end of its
# block and no blank line), then a good one
warc_record() { # uri body
  local http="HTTP/1.1 200 OK"$'\r\n'"Content-Type: text/html; charset=utf-8"$'\r\n\r\n'"$2"
  printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
    "$1" "${#http}" "$http"
}
{
  warc_record https://w.example/a "$(cat "$IN/good1.html" | sed 's/cranes/gantries/')"
  printf 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\ngarbage garbage\r\n\r\n'
  warc_record https://w.example/c "$(cat "$IN/good2.html" | sed 's/berth/quay/')"
} > "$IN/crawl.warc"
# a 50 MB page: over the input limit or not, it must end with a message or an article
{ printf '<html><body><article>'; head -c 52428800 /dev/zero | tr '\0' 'a'; printf '</article></body></html>'; } > "$TMP/huge.html"

px ingest --db "$DB" "$IN" "$TMP/huge.html" "$TMP/does-not-exist.html" 2>"$TMP/err.txt"
rc=$?
cat "$TMP/err.txt"
check "ingest exits 1 when items were skipped" test "$rc" -eq 1
check "no sanitizer or crash report" not_contains "$TMP/err.txt" "ERROR: AddressSanitizer"
check "missing path is named" grep -q "does-not-exist.html" "$TMP/err.txt"
check "empty file is named" grep -q "empty.html" "$TMP/err.txt"
check "binary file is named" grep -q "binary.html" "$TMP/err.txt"
check "page without text is named" grep -q "blank.html" "$TMP/err.txt"
check "truncated gzip is named" grep -q "truncated.html.gz" "$TMP/err.txt"
check "bad JSON line is named with its line" grep -q "feed.jsonl.*line 2" "$TMP/err.txt"
check "corrupt WARC record is named with its offset" grep -Eq "crawl.warc.*offset [0-9]+" "$TMP/err.txt"
px stories --db "$DB" --format json > "$TMP/stories.json"
for item in good1.html good2.html badutf8.html "feed.jsonl@line 1" "feed.jsonl@line 3"; do
  check "$item was stored" grep -qF "$item\"" "$TMP/stories.json"
done
check "both good WARC records were stored" test "$(grep -o 'crawl.warc@' "$TMP/stories.json" | wc -l)" -eq 2

# the same through extract: messages, and the good pages still come out
px extract "$IN/good1.html" "$IN/binary.html" "$IN/good2.html" > "$TMP/ex.json" 2>"$TMP/ex.err"
check "extract exits 1 on a skipped input" test $? -eq 1
check "extract still writes the good pages" test "$(wc -l < "$TMP/ex.json")" -eq 2
# usage errors
px story 2>/dev/null; check "story without an id is a usage error" test $? -eq 2
px nonsense 2>/dev/null; check "an unknown command is a usage error" test $? -eq 2
px stories --db "$TMP/nothing-here.db" 2>"$TMP/nodb.err"
check "a missing store is an error" test $? -eq 2
check "a missing store is not created by a read" test ! -e "$TMP/nothing-here.db"
printf 'this is not a database, just text that is long enough to look like a header.....' > "$TMP/notadb.db"
px ingest --db "$TMP/notadb.db" "$IN/good1.html" 2>"$TMP/notadb.err"
check "a file that is not a store is refused" test $? -eq 2
check "the refusal names the file" grep -q "notadb.db" "$TMP/notadb.err"
finish
