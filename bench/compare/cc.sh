#!/bin/sh
# Build a bench/compare program with the util and text sources, as the
# quote benches need them (-O2, no sanitizers), from the checkout's root:
#   bench/compare/cc.sh OUT PROGRAM.c
set -e
pkgs="icu-uc icu-i18n jansson libxxhash"
${CC:-gcc} -std=c11 -O2 -g -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
  -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
  -DPX_ISO_CODES_DIR="\"/usr/share/iso-codes/json\"" \
  -Iinclude -Isrc -Isrc/util -Ibench/compare $(pkg-config --cflags $pkgs) \
  src/util/*.c src/text/*.c "$2" -o "$1" \
  $(pkg-config --libs $pkgs) -lstemmer -lm
