#!/usr/bin/env bash
# bench/serve/run.sh - how fast `parallax serve` answers, on loopback.
#
#   bench/serve/run.sh [PARALLAX]      (default build/parallax)
#
# 1. wrk: requests/s for the example's story page (7 articles), 10 s, and a
#    fixed burst of 10,000 requests that must all answer 2xx.
# 2. server-side render time of a generated 100-article story against the
#    7-article example story as the baseline, both measured in this run on
#    this machine (median time to first byte over 20 requests, loopback).
# Reports numbers; it judges nothing (no thresholds).
set -euo pipefail
cd "$(dirname "$0")/../.."
PX=${1:-${PARALLAX:-build/parallax}}
command -v wrk >/dev/null || { echo "bench/serve: wrk is missing (apt-get install wrk)" >&2; exit 77; }
command -v curl >/dev/null || { echo "bench/serve: curl is missing" >&2; exit 77; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pxbench.XXXXXX")
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$TMP"' EXIT

# A 100-article story apart from the example's: the golden tunnel report as
# filed by 100 fictional outlets, each with its own name, address, time and
# one paragraph of its own.  (Copies of an example page would join the
# example's story and leave no baseline.)
ORIG=tests/golden/story/ledger-report.html
mkdir -p "$TMP/gen"
for i in $(seq -w 1 100); do
  h=$(( 10#$i % 24 )); m=$(( (10#$i * 7) % 60 ))
  sed -e "s/The Ledger/Bench Outlet $i/g" \
      -e "s/ledger\.example/bench$i.example/g" \
      -e "s/2025-09-04T08:00:00+02:00/2025-09-04T$(printf %02d $h):$(printf %02d $m):00+02:00/g" \
      -e "s|</article>|<p>Bench Outlet $i adds its own note number $i on the story, about the ferry timetable and the island council meeting $i.</p></article>|" \
      "$ORIG" > "$TMP/gen/bench$i.html"
done
DB=$TMP/bench.db
"$PX" ingest --quiet --db "$DB" examples/news "$TMP/gen" 2>/dev/null
"$PX" stories --db "$DB" --format json > "$TMP/stories.json"
# story ids: the biggest (generated) and the one holding the CPA wire copy
# without the generated pages (the example story), by article count
read -r BIG BIG_N SMALL SMALL_N < <(tr -d '\n' < "$TMP/stories.json" | sed 's/{"id":/\n{"id":/g' | awk '
  /^\{"id":[0-9]+,"title"/ { if (id) print id, n; match($0, /[0-9]+/); id = substr($0, RSTART, RLENGTH); n = 0 }
  /"path"/ { n++ }
  END { if (id) print id, n }' | sort -k2,2nr | awk 'NR==1 {b=$1; bn=$2} $2>=5 && $2<20 && !s {s=$1; sn=$2} END {print b, bn, s, sn}')
echo "stories: big=$BIG ($BIG_N articles), baseline=$SMALL ($SMALL_N articles)"

"$PX" serve --db "$DB" --port 0 > "$TMP/serve.out" 2> "$TMP/serve.err" &
SERVER=$!
for _ in $(seq 100); do
  PORT=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$TMP/serve.out"); [ -n "$PORT" ] && break; sleep 0.1
done
BASE=http://127.0.0.1:$PORT

median_ttfb() { # url -> median time to first byte in ms over 20 requests
  for _ in $(seq 20); do curl -s -o /dev/null -w '%{time_starttransfer}\n' "$1"; done |
    sort -n | awk '{v[NR]=$1} END {printf "%.1f", 1000 * (v[10] + v[11]) / 2}'
}
curl -s -o /dev/null "$BASE/story/$BIG"; curl -s -o /dev/null "$BASE/story/$SMALL"   # warm
small_ms=$(median_ttfb "$BASE/story/$SMALL")
big_ms=$(median_ttfb "$BASE/story/$BIG")
big_bytes=$(curl -s "$BASE/story/$BIG" | wc -c)
echo "render /story (baseline, $SMALL_N articles): ${small_ms} ms median"
echo "render /story (generated, $BIG_N articles): ${big_ms} ms median, ${big_bytes} bytes"

echo "wrk: 10 s, 2 threads, 16 connections, /story/$SMALL"
wrk -t2 -c16 -d10s "$BASE/story/$SMALL" | sed 's/^/  /'
# a fixed burst of 10,000 requests: wrk has no request count, so a Lua
# script stops each of the 16 connections after 625 responses
cat > "$TMP/burst.lua" <<'LUA'
local n = 0
response = function(status)
  n = n + 1
  if n >= 625 then wrk.thread:stop() end
end
LUA
echo "wrk: burst of 10,000 requests (16 connections x 625), /story/$SMALL"
rss0=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
wrk -t16 -c16 -d60s -s "$TMP/burst.lua" "$BASE/story/$SMALL" | sed 's/^/  /'
rss1=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
echo "server RSS: ${rss0} kB before the burst, ${rss1} kB after"
