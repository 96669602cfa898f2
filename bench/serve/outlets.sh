#!/usr/bin/env bash
# bench/serve/outlets.sh N DIR - N fictional outlets filing the example's
# Harbour Times report (examples/news), each under its own name, address
# and time, with one paragraph of its own: a story of copies, the case
# where every sentence has many candidates in the other articles.
set -euo pipefail
N=$1 DIR=$2
ORIG=$(dirname "$0")/../../examples/news/harbourtimes-tallow-point-fire.html
mkdir -p "$DIR"
for i in $(seq -w 1 "$N"); do
  h=$(( 10#$i % 24 )); m=$(( (10#$i * 7) % 60 ))
  sed -e "s/The Harbour Times/Bench Outlet $i/g" \
      -e "s/harbourtimes\.example/bench$i.example/g" \
      -e "s/2025-03-11T07:45:00+01:00/2025-03-11T$(printf %02d $h):$(printf %02d $m):00+01:00/g" \
      -e "s|</article>|<p>Bench Outlet $i adds its own note number $i on the story, about the quay and the harbour board meeting $i.</p></article>|" \
      "$ORIG" > "$DIR/bench$i.html"
done
