#!/bin/sh
# Build one stage's unit test alone (with util and any stages it needs),
# without the rest of the tree, under ASan/UBSan.  For fast iteration while
# other stages are mid-edit:  tools/stage-build.sh text [reuse ...]
# The first stage names the test: tests/unit/test_<stage>.c -> /tmp/test_<stage>
set -e
cd "$(dirname "$0")/.."
first=$1
srcs="src/util/*.c"
for s in "$@"; do srcs="$srcs src/$s/*.c"; done
pkgs="libxml-2.0 uchardet icu-uc icu-i18n sqlite3 jansson libmicrohttpd libxxhash zlib cmocka"
exec ${CC:-gcc} -std=c11 -g -O1 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
  -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
  -fsanitize=address,undefined -fno-omit-frame-pointer \
  -DPX_SOURCE_DIR="\"$PWD\"" -DPX_SHARED_DIR="\"$PWD/../shared\"" \
  -DPX_ISO_CODES_DIR="\"/usr/share/iso-codes/json\"" \
  -Iinclude -Isrc -Isrc/util $(pkg-config --cflags $pkgs) \
  $srcs tests/unit/test_$first.c -o /tmp/test_$first \
  $(pkg-config --libs $pkgs) -lstemmer -lpthread -lm
