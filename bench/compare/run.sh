#!/bin/sh
# Quote and speaker accuracy, one command:
#   bench/compare/run.sh [--split dev|held|held2|held3|held4|held5|held6|held7|held8|held9|held10|held11|
#                                 held12|held13|held14|held15|held16|held17|held18|held19|all]
#                        [--verbose]
#     (all: every split but the newest held-out one, held19, which
#      rules are never tuned against; --split held19 scores it)
#   bench/compare/run.sh --dump FILE     (what the text stage finds in FILE)
# Builds bench/compare/quotes.c with the util and text sources (-O2, no
# sanitizers) and scores px_analyze's quotes against the annotated
# fictional set in tests/fixtures/quotes (format and matching rule in its
# README): precision, recall, speaker accuracy per split, against a
# paired-quote-marks baseline measured in the same run.
set -e
cd "$(dirname "$0")/../.."
OUT=${TMPDIR:-/tmp}/px-bench-quotes-$(id -u)
sh bench/compare/cc.sh "$OUT" bench/compare/quotes.c
[ "$1" = --dump ] && exec "$OUT" "$@"
exec "$OUT" "$@" tests/fixtures/quotes
