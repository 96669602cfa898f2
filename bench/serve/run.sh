#!/usr/bin/env bash
# bench/serve/run.sh - how fast `parallax serve` answers on loopback, and
# whether its memory stays bounded.
#
#   bench/serve/run.sh [PARALLAX]      (default build/parallax)
#
# 1. Server-side render of a 100-article story page (the example's 7 plus
#    93 generated outlets, bench/serve/outlets.sh) against the example's
#    7-article story as the baseline, both in this run: cold (the first
#    request to a freshly started server, which compares the story; median
#    of 5 starts; also the CPU time the server spent on it, which holds
#    still when other jobs share the machine) and warm (the cached page;
#    median of 20), as time to first byte; then the same pages without HTTP, by phase, in wall and CPU time
#    (bench/serve/render.c, built beside PARALLAX as bench_serve_render).
# 2. wrk: requests/s for the example's story page, 10 s.
# 3. Bursts of 10,000 requests (16 connections x 625): two on the example's
#    story page, two cycling over its pages (list, search, story, article,
#    source, API), then two of 512 on the 100-article page, with the
#    server's RSS before and after each: a bounded page cache shows as RSS
#    that stops growing.  wrk waits out its -d however early the burst
#    ends, so bursts report errors and latency; requests/s come from 2.
# Reports numbers; it judges nothing (no thresholds).
set -euo pipefail
cd "$(dirname "$0")/../.."
PX=${1:-${PARALLAX:-build/parallax}}
command -v wrk >/dev/null || { echo "bench/serve: wrk is missing (apt-get install wrk)" >&2; exit 77; }
command -v curl >/dev/null || { echo "bench/serve: curl is missing" >&2; exit 77; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pxbench.XXXXXX")
: > "$TMP/pids"
trap 'kill $(cat "$TMP/pids") 2>/dev/null; rm -rf "$TMP"' EXIT

bash bench/serve/outlets.sh 93 "$TMP/gen"
"$PX" ingest --quiet --db "$TMP/big.db" examples/news "$TMP/gen" 2>/dev/null
"$PX" ingest --quiet --db "$TMP/small.db" examples/news 2>/dev/null
story_id() { "$PX" story --db "$1" --format json biggest | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
BIG=$(story_id "$TMP/big.db")
SMALL=$(story_id "$TMP/small.db")
BIG_N=$("$PX" story --db "$TMP/big.db" --format json "$BIG" | grep -o '"path":' | wc -l)
SMALL_N=$("$PX" story --db "$TMP/small.db" --format json "$SMALL" | grep -o '"path":' | wc -l)

start() { # db -> base URL; the server's pid goes to $TMP/pids and $TMP/pid
  "$PX" serve --db "$1" --port 0 --sources examples/sources.json > "$1.out" 2> "$1.err" &
  echo $! >> "$TMP/pids"
  echo $! > "$TMP/pid"
  local port=
  for _ in $(seq 100); do
    port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$1.out"); [ -n "$port" ] && break; sleep 0.1
  done
  echo "http://127.0.0.1:$port"
}
stop() { kill "$(cat "$TMP/pid")"; wait "$(cat "$TMP/pid")" 2>/dev/null || true; }
ttfb() { curl -s -o /dev/null -w '%{time_starttransfer}\n' "$1"; }
median_ms() { sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%.1f", 1000 * m}'; }
# CPU time the server's threads have run, in seconds (schedstat: ns)
server_cpu() { cat /proc/"$1"/task/*/schedstat | awk '{s += $1} END {printf "%.6f\n", s / 1e9}'; }
cold_ms() { # db, story -> "WALL CPU": medians over 5 fresh servers of the
            # first request's time to first byte and the server CPU it took
  for _ in 1 2 3 4 5; do
    local base c0; base=$(start "$1"); c0=$(server_cpu "$(cat "$TMP/pid")")
    ttfb "$base/story/$2" > "$TMP/t"
    echo "$(cat "$TMP/t") $(server_cpu "$(cat "$TMP/pid")") $c0" | awk '{print $1, $2 - $3}'
    stop
  done > "$TMP/cold"
  echo "$(cut -d' ' -f1 "$TMP/cold" | median_ms) $(cut -d' ' -f2 "$TMP/cold" | median_ms)"
}
warm_ms() { for _ in $(seq 20); do ttfb "$1"; done | median_ms; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

read -r small_cold small_cpu <<< "$(cold_ms "$TMP/small.db" "$SMALL")"
read -r big_cold big_cpu <<< "$(cold_ms "$TMP/big.db" "$BIG")"
BIGBASE=$(start "$TMP/big.db")
BIGPID=$(cat "$TMP/pid")
BASE=$(start "$TMP/small.db")
SERVER=$(cat "$TMP/pid")
small_warm=$(warm_ms "$BASE/story/$SMALL")
big_warm=$(warm_ms "$BIGBASE/story/$BIG")
big_bytes=$(curl -s "$BIGBASE/story/$BIG" | wc -c)
small_bytes=$(curl -s "$BASE/story/$SMALL" | wc -c)
echo "story page, baseline ($SMALL_N articles, $small_bytes bytes): cold ${small_cold} ms (server CPU ${small_cpu} ms), warm ${small_warm} ms (median time to first byte)"
echo "story page, generated ($BIG_N articles, $big_bytes bytes): cold ${big_cold} ms (server CPU ${big_cpu} ms), warm ${big_warm} ms"
awk -v b="$big_cold" -v s="$small_cold" -v nb="$BIG_N" -v ns="$SMALL_N" \
  'BEGIN {printf "  cold render of %d articles: %.1fx the %d-article baseline\n", nb, b / s, ns}'
RENDER=$(dirname "$PX")/bench_serve_render
if [ -x "$RENDER" ]; then
  echo "the same pages without HTTP (store opened afresh each round):"
  "$RENDER" -s examples/sources.json "$TMP/small.db" "$SMALL" "$TMP/big.db" "$BIG"
else
  echo "(no $RENDER: the page's cost by phase is not measured)"
fi

echo "wrk: 10 s, 2 threads, 16 connections, /story/$SMALL"
wrk -t2 -c16 -d10s "$BASE/story/$SMALL" | tee "$TMP/wrk.out" | sed 's/^/  /'
rps=$(awk '/Requests\/sec/ {print int($2)}' "$TMP/wrk.out")

# Each connection sends a fixed number of requests, cycling over paths,
# then stops; done() names every kind of error wrk counts.
burst_lua() { # requests per connection, paths...
  local n=$1; shift
  printf 'local paths = {'; printf '"%s",' "$@"; printf '}\n'
  cat <<LUA
local i, n = 0, 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
response = function(status)
  n = n + 1
  if n >= $n then wrk.thread:stop() end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("  %d requests, errors: connect %d, read %d, write %d, timeout %d, non-2xx %d; latency avg %.2f ms, max %.2f ms\n",
    summary.requests, e.connect, e.read, e.write, e.timeout, e.status, latency.mean / 1000, latency.max / 1000))
end
LUA
}
burst() { # label, pid, seconds, requests per connection, base, paths...
  local label=$1 pid=$2 secs=$3 per=$4 base=$5; shift 5
  burst_lua "$per" "$@" > "$TMP/burst.lua"
  local before; before=$(rss "$pid")
  wrk -t16 -c16 -d"${secs}s" -s "$TMP/burst.lua" "$base" | grep -E '^  [0-9]+ requests, errors'
  echo "  $label: server RSS ${before} kB before, $(rss "$pid") kB after"
}
ARTICLE=$("$PX" stories --db "$TMP/small.db" --format json | grep -o '"id":[0-9]*' | sed -n 2p | cut -d: -f2)
PAGES=("/story/$SMALL" "/" "/?q=fire" "/article/$ARTICLE" "/source/harbourtimes.example" "/api/story/$SMALL" "/api/stories")
# room for the burst at half the measured rate, at least 5 s
secs=$(( rps > 0 ? 20000 / rps + 5 : 30 ))
for k in 1 2; do
  echo "wrk: burst $k of 10,000 requests (16 connections x 625) on /story/$SMALL"
  burst "burst $k" "$SERVER" "$secs" 625 "$BASE" "/story/$SMALL"
done
for k in 3 4; do
  echo "wrk: burst $k of 10,000 requests (16 connections x 625) over ${#PAGES[@]} pages of the example"
  burst "burst $k" "$SERVER" "$secs" 625 "$BASE" "${PAGES[@]}"
done
for k in 1 2; do
  echo "wrk: burst $k of 512 requests (16 connections x 32) on the $BIG_N-article page"
  burst "burst $k" "$BIGPID" 20 32 "$BIGBASE" "/story/$BIG"
done
