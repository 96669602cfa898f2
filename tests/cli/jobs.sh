#!/usr/bin/env bash
# -j N changes speed, never results: extract output and the stories an
# ingest builds are the same on one thread and on several.
. "$(dirname "$0")/../lib.sh"
cd "$PX_SOURCE_DIR"
inputs=(examples/news examples/dumps tests/fixtures/extract tests/golden/story)
px extract "${inputs[@]}" > "$TMP/j1.json" 2>/dev/null
px extract -j 3 "${inputs[@]}" > "$TMP/j3.json" 2>/dev/null
check "extract -j 3 writes what -j 1 writes, in the same order" cmp -s "$TMP/j1.json" "$TMP/j3.json"
check "extract wrote every article" test "$(wc -l < "$TMP/j1.json")" -ge 15
px extract -j 0 examples/news > "$TMP/j0.json"
check "-j 0 (one per core) works" test "$(wc -l < "$TMP/j0.json")" -eq 9
px ingest -q --db "$TMP/one.db" "${inputs[@]}"
px ingest -q -j 2 --db "$TMP/two.db" "${inputs[@]}"
px stories --db "$TMP/one.db" --format json > "$TMP/one.json"
px stories --db "$TMP/two.db" --format json > "$TMP/two.json"
check "ingest -j 2 builds the same stories as -j 1" cmp -s "$TMP/one.json" "$TMP/two.json"
px extract -j 99 examples/news > /dev/null 2>&1
check "-j above 64 is a usage error" test $? -eq 2
px ingest -j x --db "$TMP/x.db" examples/news > /dev/null 2>&1
check "-j that is not a number is a usage error" test $? -eq 2
finish
