#!/bin/sh
# Story benches, one command each:
#   bench/stories/run.sh [-s shuffles] [-x] [-p] [-v]  ECB+ dev: B-cubed of the engine
#                                                  (-p: B-cubed lost per topic)
#   bench/stories/run.sh scale [N]                 N (1,000,000) generated articles
#                                                  over 90 days through `parallax cluster`
# PX_STORY_PARAMS="join=0.3,lead_boost=2" tries other engine settings (ECB+).
# scale runs the CLI ($PARALLAX, else built here with cmake, optimised).
set -e
cd "$(dirname "$0")/../.."
DATA=${PX_SHARED_DIR:-$PWD/../shared}/data/stories-dev/ecbplus-dev.jsonl.gz
[ -f "$DATA" ] || { echo "stories: $DATA not found" >&2; exit 77; }
# one build per checkout: a CMake cache belongs to one source tree
OUT=${TMPDIR:-/tmp}/px-bench-stories-$(id -u)-$(pwd | cksum | cut -d" " -f1)
mkdir -p "$OUT"
pkgs="libxml-2.0 uchardet icu-uc icu-i18n jansson zlib libxxhash"
cflags="-std=c11 -O2 -g -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter
  -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE"

if [ "${1:-}" != scale ]; then
  ${CC:-gcc} $cflags -DPX_ISO_CODES_DIR="\"/usr/share/iso-codes/json\"" \
    -Iinclude -Isrc -Isrc/util $(pkg-config --cflags $pkgs) \
    src/util/*.c src/ingest/*.c src/extract/*.c src/text/*.c src/story/*.c \
    bench/stories/ecb.c -o "$OUT/ecb" \
    $(pkg-config --libs $pkgs) -lstemmer -lm
  exec "$OUT/ecb" "$@" "$DATA"
fi

# scale: the generator pipes straight into the CLI (no data on disk); a
# poller samples the CLI's CPU time and peak resident memory at every
# tenth of the stream.  Rates are per CPU second of the CLI alone, so the
# generator and other load on the machine do not count.
N=${2:-1000000}
${CC:-gcc} $cflags $(pkg-config --cflags jansson zlib) bench/stories/gen.c -o "$OUT/gen" \
  $(pkg-config --libs jansson zlib) -lm
if [ -z "${PARALLAX:-}" ]; then
  cmake -S . -B "$OUT/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF >/dev/null
  ninja -C "$OUT/build" -j2 parallax_cli >/dev/null
  PARALLAX=$OUT/build/parallax
fi
"$OUT/gen" -e "$N" 90 1 "$DATA" > "$OUT/gold.tsv"
"$OUT/gen" "$N" 90 1 "$DATA" |
  /usr/bin/time -f "%U %S %M" -o "$OUT/time" "$PARALLAX" cluster > "$OUT/stories.tsv" &
timer=$!
sleep 1
pid=$(ps --ppid "$timer" -o pid= | tr -d ' ')
tick=$(getconf CLK_TCK)
step=$((N / 10))
next=$step
: > "$OUT/samples"
while kill -0 "$pid" 2>/dev/null; do
  sleep 1
  [ -r /proc/$pid/stat ] || break
  done_n=$(grep -vc '^#split' "$OUT/stories.tsv" || true)
  if [ "$done_n" -ge "$next" ] && [ "$done_n" -lt "$N" ]; then
    cpu=$(awk '{print $14 + $15}' /proc/$pid/stat)
    hwm=$(awk '/^VmHWM/ {print $2}' /proc/$pid/status)
    echo "$done_n $cpu $hwm" >> "$OUT/samples"
    while [ "$next" -le "$done_n" ]; do next=$((next + step)); done
  fi
done
wait "$timer" || { echo "scale: parallax cluster failed" >&2; exit 1; }
# the last point: the whole run, from time(1)
awk -v n="$(grep -vc '^#split' "$OUT/stories.tsv")" -v tick="$tick" \
  '{ printf "%d %d %d\n", n, ($1 + $2) * tick, $3 }' "$OUT/time" >> "$OUT/samples"
awk -v tick="$tick" '
  { n[NR] = $1; cpu[NR] = $2 / tick; mem[NR] = $3 / 1024 }
  END {
    printf "%9s %9s %12s %14s %13s\n", "articles", "cpu s", "articles/s", "last tenth/s", "peak RSS MB"
    for (i = 1; i <= NR; i++) {
      seg = i > 1 && cpu[i] > cpu[i-1] ? (n[i] - n[i-1]) / (cpu[i] - cpu[i-1]) : n[i] / cpu[i]
      printf "%9d %9.1f %12.0f %14.0f %13.1f\n", n[i], cpu[i], n[i] / cpu[i], seg, mem[i]
    }
    if (NR > 1)
      printf "growth %d -> %d articles: speed x%.2f (last tenth vs first), peak memory x%.2f\n",
             n[1], n[NR], ((n[NR] - n[NR-1]) / (cpu[NR] - cpu[NR-1])) / (n[1] / cpu[1]),
             mem[NR] / mem[1]
    # the 30-day window fills in the first third of a 90-day stream; after
    # that memory should stay flat however long the stream runs
    h = int((NR + 1) / 2)
    if (NR > 3)
      printf "second half %d -> %d articles: peak memory x%.2f\n", n[h], n[NR], mem[NR] / mem[h]
  }' "$OUT/samples"
# B-cubed against the generated events: a sanity check that stories stay
# events at scale (synthetic events reuse 66 templates, so it is no
# quality measure); a '#split FROM TO N,..' record moves article lines N
awk -F'\t' '
  NR == FNR { gold[$1] = $2; next }
  $1 == "#split" { k = split($4, moved, ","); for (i = 1; i <= k; i++) story[moved[i]] = $3; next }
  { n++; id[n] = $1; story[n] = $2 }
  END {
    for (i = 1; i <= n; i++) { c = story[i]; g = gold[id[i]]; pair[c SUBSEP g]++; cl[c]++; ev[g]++ }
    for (k in pair) { split(k, x, SUBSEP); p += pair[k] ^ 2 / cl[x[1]]; r += pair[k] ^ 2 / ev[x[2]] }
    printf "stories %d for %d generated events; B3 P %.3f R %.3f\n", length(cl), length(ev), p / n, r / n
  }' "$OUT/gold.tsv" "$OUT/stories.tsv"
