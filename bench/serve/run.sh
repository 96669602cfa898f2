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
: > "$TMP/pids"
trap 'kill $(cat "$TMP/pids") 2>/dev/null; rm -rf "$TMP"' EXIT

# A 100-article story: the example's 7 plus the Harbour Times report as
# filed by 93 fictional outlets, each with its own name, address, time and
# one paragraph of its own.  The baseline is the example alone (7 articles),
# served from its own store by a second server in this same run.
ORIG=examples/news/harbourtimes-tallow-point-fire.html
mkdir -p "$TMP/gen"
for i in $(seq -w 1 93); do
  h=$(( 10#$i % 24 )); m=$(( (10#$i * 7) % 60 ))
  sed -e "s/The Harbour Times/Bench Outlet $i/g" \
      -e "s/harbourtimes\.example/bench$i.example/g" \
      -e "s/2025-03-11T07:45:00+01:00/2025-03-11T$(printf %02d $h):$(printf %02d $m):00+01:00/g" \
      -e "s|</article>|<p>Bench Outlet $i adds its own note number $i on the story, about the quay and the harbour board meeting $i.</p></article>|" \
      "$ORIG" > "$TMP/gen/bench$i.html"
done
"$PX" ingest --quiet --db "$TMP/big.db" examples/news "$TMP/gen" 2>/dev/null
"$PX" ingest --quiet --db "$TMP/small.db" examples/news 2>/dev/null
BIG=$("$PX" story --db "$TMP/big.db" --format json biggest | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
SMALL=$("$PX" story --db "$TMP/small.db" --format json biggest | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
BIG_N=$("$PX" story --db "$TMP/big.db" --format json "$BIG" | grep -o '"path":' | wc -l)
SMALL_N=$("$PX" story --db "$TMP/small.db" --format json "$SMALL" | grep -o '"path":' | wc -l)

start() { # db -> base URL; the server's pid goes to $TMP/pids
  "$PX" serve --db "$1" --port 0 > "$1.out" 2> "$1.err" &
  echo $! >> "$TMP/pids"
  local port=
  for _ in $(seq 100); do
    port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$1.out"); [ -n "$port" ] && break; sleep 0.1
  done
  echo "http://127.0.0.1:$port"
}
BIGBASE=$(start "$TMP/big.db")
BASE=$(start "$TMP/small.db")
SERVER=$(tail -1 "$TMP/pids")
trap 'kill $(cat "$TMP/pids") 2>/dev/null; rm -rf "$TMP"' EXIT

median_ttfb() { # url -> median time to first byte in ms over 20 requests
  for _ in $(seq 20); do curl -s -o /dev/null -w '%{time_starttransfer}\n' "$1"; done |
    sort -n | awk '{v[NR]=$1} END {printf "%.1f", 1000 * (v[10] + v[11]) / 2}'
}
# cold: the first request compares the story (the server then keeps the
# page until the store changes); warm: the cached page
small_cold=$(curl -s -o /dev/null -w '%{time_starttransfer}' "$BASE/story/$SMALL" | awk '{printf "%.1f", 1000 * $1}')
big_cold=$(curl -s -o /dev/null -w '%{time_starttransfer}' "$BIGBASE/story/$BIG" | awk '{printf "%.1f", 1000 * $1}')
small_ms=$(median_ttfb "$BASE/story/$SMALL")
big_ms=$(median_ttfb "$BIGBASE/story/$BIG")
big_bytes=$(curl -s "$BIGBASE/story/$BIG" | wc -c)
echo "render /story baseline ($SMALL_N articles): cold ${small_cold} ms, warm ${small_ms} ms median"
echo "render /story generated ($BIG_N articles): cold ${big_cold} ms, warm ${big_ms} ms median, ${big_bytes} bytes"

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
wrk -t16 -c16 -d15s -s "$TMP/burst.lua" "$BASE/story/$SMALL" | sed 's/^/  /'
rss1=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
echo "server RSS: ${rss0} kB before the burst, ${rss1} kB after"
