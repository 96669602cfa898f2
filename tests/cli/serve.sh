#!/usr/bin/env bash
# parallax serve against hostile and heavy use: pages and API, unknown ids,
# traversal (plain and percent-encoded), very long URLs, malformed requests,
# methods, and a burst of requests while an ingest writes to the same store.
. "$(dirname "$0")/../lib.sh"
command -v curl >/dev/null 2>&1 || skip "curl is not installed"
DB=$TMP/serve.db
px ingest --quiet --db "$DB" "$PX_SOURCE_DIR/examples/news" 2>/dev/null
check "ingest of the example exits 0" test $? -eq 0
px stories --db "$DB" --format json > "$TMP/stories.json"
fire=$(story_of "$TMP/stories.json" harbourtimes-tallow-point-fire)
orig=$(article_of "$TMP/stories.json" harbourtimes-tallow-point-fire)

"$PARALLAX" serve --db "$DB" --port 0 --sources "$PX_SOURCE_DIR/examples/sources.json" \
  > "$TMP/serve.out" 2> "$TMP/serve.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$TMP"' EXIT
PORT=
for _ in $(seq 100); do
  PORT=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$TMP/serve.out")
  [ -n "$PORT" ] && break
  sleep 0.1
done
check "serve prints the address it listens on" test -n "$PORT"
BASE=http://127.0.0.1:$PORT

code() { curl -s --path-as-is -o "$TMP/body" -w '%{http_code}' "$@"; }
expect() { # status, url-or-curl-args...
  local want=$1; shift
  local got
  got=$(code "$@")
  if [ "$got" = "$want" ]; then ok "$* -> $want"; else fail "$* -> $got, expected $want"; fi
}

# pages and API
expect 200 "$BASE/"
expect 200 "$BASE/story/$fire"
check "the story page has columns" contains "$TMP/body" 'class="col"'
check "the story page links our own script, nothing else" contains "$TMP/body" '<script src="/static/app.js" defer></script>'
expect 200 "$BASE/article/$orig"
expect 200 "$BASE/source/harbourtimes.example"
expect 200 "$BASE/static/app.css"
expect 200 "$BASE/static/app.js"
expect 200 "$BASE/?q=sprinkler"
expect 200 "$BASE/?q=%22unbalanced%20(quote"
expect 200 "$BASE/?from=2025-03-11&to=2025-03-12&source=vbc.example&blindspot=1"
expect 400 "$BASE/?from=yesterday"
curl -s "$BASE/api/stories" > "$TMP/api_stories.json"
check "/api/stories is 'parallax stories --format json'" cmp -s "$TMP/api_stories.json" "$TMP/stories.json"
curl -s "$BASE/api/story/$fire" > "$TMP/api_story.json"
px story --db "$DB" --format json "$fire" > "$TMP/cli_story.json"
check "/api/story/ID is 'parallax story ID --format json'" cmp -s "$TMP/api_story.json" "$TMP/cli_story.json"
curl -s -D "$TMP/headers" -o /dev/null "$BASE/story/$fire"
check "pages carry a Content-Security-Policy" grep -qi "^content-security-policy: default-src 'none'" "$TMP/headers"
check "pages say nosniff" grep -qi '^x-content-type-options: nosniff' "$TMP/headers"

# unknown ids and pages
for u in /story/999999 /article/999999 /api/story/999999 /source/nowhere.example /nope \
         /story/abc /story/-1 /story/0 /story/01 /story/1x /story/99999999999999999999 \
         /api/story/ /story/ /article/ "/story/$fire/" /static/ /static/app.css.map /favicon.ico; do
  expect 404 "$BASE$u"
done

# traversal, plain and percent-encoded, and control bytes
for u in "/../etc/passwd" "/static/../../etc/passwd" "/%2e%2e/etc/passwd" "/%2E%2E%2Fetc%2Fpasswd" \
         "/static/..%2fapp.css" "/static/%2e%2e/%2e%2e/etc/passwd" "//etc/passwd" "/..%5c..%5cetc%5cpasswd" \
         "/story/1%00" "/story/%0d%0aSet-Cookie:x=1" "/source/a%2f..%2f..%2fetc"; do
  expect 400 "$BASE$u"
  check "no file contents for $u" not_contains "$TMP/body" "root:"
done

# very long URLs and queries
long=$(head -c 5000 /dev/zero | tr '\0' a)
expect 414 "$BASE/$long"
expect 414 "$BASE/?q=$long"
{ printf 'GET /'; head -c 200000 /dev/zero | tr '\0' a; printf ' HTTP/1.1\r\nHost: x\r\n\r\n'; } > "$TMP/huge.req"

# methods
expect 200 -I "$BASE/story/$fire"
expect 204 -X OPTIONS "$BASE/"
curl -s -X OPTIONS -D "$TMP/headers" -o /dev/null "$BASE/story/$fire"
check "OPTIONS names the allowed methods" grep -qi '^allow: GET, HEAD, OPTIONS' "$TMP/headers"
expect 405 -X POST -d x=1 "$BASE/"
expect 405 -X DELETE "$BASE/story/$fire"
expect 405 -X PUT "$BASE/api/stories"

# malformed requests on a raw socket: each gets an error or a closed
# connection, and the server keeps serving
raw_all() { # request bytes (printf format) -> the whole answer
  timeout 5 bash -c 'exec 3<>/dev/tcp/127.0.0.1/'"$PORT"'; printf "$1" >&3; cat <&3' _ "$1" 2>/dev/null
}
raw() { raw_all "$1" | head -c 300 | head -n 1 | tr -d '\r'; }
raw_file() { # a request in a file -> first line of the answer
  timeout 5 bash -c 'exec 3<>/dev/tcp/127.0.0.1/'"$PORT"'; cat "$1" >&3; cat <&3' _ "$1" 2>/dev/null | head -c 300 | head -n 1 | tr -d '\r'
}
raw_all "HEAD /story/$fire HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" > "$TMP/head.out"
check "HEAD answers 200" grep -q '^HTTP/1.1 200' "$TMP/head.out"
check "HEAD sends no body" test "$(sed -n '/^\r$/,$p' "$TMP/head.out" | wc -c)" -le 2
line=$(raw_file "$TMP/huge.req")
case $line in "HTTP/1.1 4"*|"") ok "a 200 KB URL is refused (${line:-closed})" ;; *) fail "200 KB URL -> $line" ;; esac
for req in 'GARBAGE\r\n\r\n' 'GET\r\n\r\n' 'GET / HTTP/9.9\r\nHost: x\r\n\r\n' 'GET / HTTP/1.1\r\n\r\n' \
           'GET /story/1 HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n' \
           'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n' \
           'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello' \
           'GET /\x01\x7f HTTP/1.1\r\nHost: x\r\n\r\n' 'GET  HTTP/1.1\r\nHost: x\r\n\r\n'; do
  line=$(raw "$req")
  case $line in
    "HTTP/1.1 4"*|"HTTP/1.1 505"*|"HTTP/1.0 4"*|"") ok "malformed '$req' -> ${line:-closed}" ;;
    *) fail "malformed '$req' -> $line" ;;
  esac
done
hdr=$(head -c 100000 /dev/zero | tr '\0' b)
line=$(raw "GET / HTTP/1.1\r\nHost: x\r\nX-Big: $hdr\r\n\r\n")
case $line in "HTTP/1.1 4"*|"") ok "a 100 KB header is refused (${line:-closed})" ;; *) fail "100 KB header -> $line" ;; esac
expect 200 "$BASE/"

# a burst while an ingest writes to the same store (WAL: readers go on)
px ingest --quiet --db "$DB" "$PX_SOURCE_DIR/tests/ui/fixtures" 2>/dev/null &
INGEST=$!
: > "$TMP/burst.cfg"
for i in $(seq 500); do
  printf 'url = "%s/story/%s"\noutput = /dev/null\nurl = "%s/"\noutput = /dev/null\nurl = "%s/api/story/%s"\noutput = /dev/null\nurl = "%s/article/%s"\noutput = /dev/null\n' \
    "$BASE" "$fire" "$BASE" "$BASE" "$fire" "$BASE" "$orig" >> "$TMP/burst.cfg"
done
rss_before=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
curl -s --parallel --parallel-max 8 -K "$TMP/burst.cfg" -w '%{http_code}\n' > "$TMP/burst.codes" 2>/dev/null
wait $INGEST
check "the concurrent ingest succeeds" test $? -eq 0
rss_after=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
n200=$(grep -c '^200$' "$TMP/burst.codes")
check "2000 requests in a burst all answer 200 (got $n200)" test "$n200" -eq 2000
echo "# server RSS before the burst ${rss_before} kB, after ${rss_after} kB"
curl -s "$BASE/api/stories" > "$TMP/after.json"
check "the server sees the articles ingested meanwhile" test "$(article_count "$TMP/after.json")" -eq 10

kill -TERM $SERVER
wait $SERVER
check "serve stops cleanly on SIGTERM (and, under ASan, without leaks)" test $? -eq 0
# libmicrohttpd logs each malformed request it refused; nothing else may show
check "serve logged nothing but refused requests" test "$(grep -Evc 'stopping|Closing connection|Error processing request|without .Host. header|Failed to parse|malformed|too (big|long|large)|[Ii]nvalid|^$' "$TMP/serve.err")" -eq 0
finish
