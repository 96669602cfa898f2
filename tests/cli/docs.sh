#!/usr/bin/env bash
# The man page, --help and the README stay in step with the code: every
# command the binary lists has its --help, a SYNOPSIS line and a section in
# the man page, and every long option of its usage is documented there.
. "$(dirname "$0")/../lib.sh"
MAN=$PX_SOURCE_DIR/man/parallax.1
px --help > "$TMP/help.txt"
check "parallax --help exits 0" test $? -eq 0
px --version | grep -q "^parallax [0-9]"
check "parallax --version prints the version" test $? -eq 0
cmds=$(sed -n 's/^  \([a-z]*\)  .*/\1/p' "$TMP/help.txt")
check "--help lists commands" test -n "$cmds"
for c in $cmds; do
  px "$c" --help > "$TMP/$c.txt"
  check "parallax $c --help exits 0" test $? -eq 0
  check "man page has a synopsis for $c" grep -q "^\.B parallax $c" "$MAN"
  check "man page describes $c" grep -q "^\.B $c\$" "$MAN"
  for opt in $(grep -o -- '--[a-z][a-z-]*' "$TMP/$c.txt" | sort -u); do
    [ "$opt" = "--help" ] && continue
    check "man page documents $c $opt" grep -q -- "$(printf '%s' "$opt" | sed 's/-/\\\\-/g')" "$MAN"
  done
  check "README mentions parallax $c" grep -q "parallax $c" "$PX_SOURCE_DIR/README.md"
done
finish
