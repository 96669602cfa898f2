#!/bin/sh
# Quote and speaker accuracy, one command:
#   bench/compare/run.sh [--split dev|held|held2|held3|held4|held5|held6|held7|held8|held9|held10|all]
#                        [--verbose]
#     (all: every split but the newest held-out ones, held9 and held10,
#      which rules are never tuned against; --split held9 or --split
#      held10 scores one)
#   bench/compare/run.sh --dump FILE     (what the text stage finds in FILE)
# Builds bench/compare/quotes.c with the util and text sources (-O2, no
# sanitizers) and scores px_analyze's quotes against the annotated
# fictional set in tests/fixtures/quotes (format and matching rule in its
# README): precision, recall, speaker accuracy per split, against a
# paired-quote-marks baseline measured in the same run.
set -e
cd "$(dirname "$0")/../.."
OUT=${TMPDIR:-/tmp}/px-bench-quotes-$(id -u)
pkgs="icu-uc icu-i18n jansson libxxhash"
${CC:-gcc} -std=c11 -O2 -g -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
  -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
  -DPX_ISO_CODES_DIR="\"/usr/share/iso-codes/json\"" \
  -Iinclude -Isrc -Isrc/util $(pkg-config --cflags $pkgs) \
  src/util/*.c src/text/*.c bench/compare/quotes.c -o "$OUT" \
  $(pkg-config --libs $pkgs) -lstemmer -lm
[ "$1" = --dump ] && exec "$OUT" "$@"
exec "$OUT" "$@" tests/fixtures/quotes
