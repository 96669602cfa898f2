#!/bin/sh
# Samples for the speaker scorer from rules that had not seen the split:
# each held-out split is analysed by the text stage as it was when that
# split was scored unseen (its README gives the commits: the rules fitted
# to the split before), with today's candidates and features grafted on,
# and its samples saved.  Rules on fresh text err as those did, not as
# today's rules on the splits they were fitted to.
#   bench/compare/spkblind.sh DIR      (writes DIR/SPLIT.txt per split;
#        with SPK_KEEP=1 also DIR/spktrain-SPLIT, the old rules' trainer,
#        for --show; SPLITS="held9:539da00 ..." for some splits only)
# then:  bench/compare/spktrain.sh --load DIR/held5.txt ... --cv --train both
set -e
cd "$(dirname "$0")/../.."
DIR=${1:?usage: spkblind.sh DIR}
mkdir -p "$DIR"
pkgs="icu-uc icu-i18n jansson libxxhash"
# split:commit - the second blind score of each split, with the rules as
# the split before had them fitted (tests/fixtures/quotes/README.md):
# held8 after h-q8 (29b576d: h-q8's branch head, 30d3fba in the README, is
# gone from this history; main's src is the same from 8dca23a to 29b576d
# and scores held8 as 30d3fba did, P .952 R .930 speaker .803),
# held9 after h-q9 (held8's rules), held10 once the scorer landed, held11
# after 98df7d5 (held9/held10's), held12 after d3012e4, held13 after
# b363525 (held11/held12's), held14 at 6b63af1 (held13's), held15 at
# a0fb4fa (held14's), held16 at 5e5b219 (held14/held15's, its second
# score), held17 at c3c8633 (its first), held18 at 08b0534 (held16 and
# held17's, its third); each before its own errors were looked at.
SPLITS=${SPLITS:-"held5:b711abe held6:9cc4409 held7:91e92e4 held8:29b576d held9:539da00
  held10:2e85351 held11:98df7d5 held12:d3012e4 held13:b363525 held14:6b63af1
  held15:a0fb4fa held16:5e5b219 held17:c3c8633 held18:08b0534"}
for pair in $SPLITS; do
  split=${pair%%:*} commit=${pair#*:}
  OLD=$(mktemp -d "${TMPDIR:-/tmp}/pxspk.XXXXXX")
  git archive "$commit" src include | tar -x -C "$OLD"
  cp src/text/spkscore.h src/text/spkcand.c src/text/spkrank.c src/text/spkweights.c "$OLD/src/text/"
  # today's spkcand.c asks a shape test older trees' text_int.h lacks
  if ! grep -q "tx_past_form" "$OLD/src/text/text_int.h"; then
    sed -n '/^static inline bool tx_past_form/,/^}/p' src/text/text_int.h > "$OLD/past_form.h"
    sed -i -e '/^#endif/e cat '"$OLD/past_form.h" "$OLD/src/text/text_int.h"
    grep -q "tx_past_form" "$OLD/src/text/text_int.h"
  fi
  # trees from before the scorer get its hooks; later ones have them
  if ! grep -q tx_speaker_rerank "$OLD/src/text/analyzer.c"; then
    sed -i 's/^struct px_analyzer {/struct tx_spk_cand;\nstruct px_analyzer {\n    const float *spk_weights;\n    void (*spk_trace)(void *, const px_textdoc *, size_t, const struct tx_spk_cand *, size_t);\n    void *spk_trace_user;/' "$OLD/src/text/text_int.h"
    sed -i 's/^px_status tx_indirect(tx_work \*w);/&\npx_status tx_speaker_rerank(tx_work *w);/' "$OLD/src/text/text_int.h"
    sed -i -e 's/^    return tx_indirect(w);/    px_status rc_ind = tx_indirect(w);\n    return rc_ind != PX_OK ? rc_ind : tx_speaker_rerank(w);/' \
           -e 's/^    if ((rc = tx_indirect(w)) != PX_OK) return rc;/&\n    if ((rc = tx_speaker_rerank(w)) != PX_OK) return rc;/' "$OLD/src/text/analyzer.c"
    grep -q tx_speaker_rerank "$OLD/src/text/analyzer.c"
  fi
  ${CC:-gcc} -std=c11 -O2 -w -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
    -DPX_ISO_CODES_DIR="\"/usr/share/iso-codes/json\"" \
    -I"$OLD/include" -I"$OLD/src" -I"$OLD/src/util" -Ibench/compare $(pkg-config --cflags $pkgs) \
    "$OLD"/src/util/*.c "$OLD"/src/text/*.c bench/compare/spktrain.c -o "$OLD/spktrain" \
    $(pkg-config --libs $pkgs) -lstemmer -lm
  "$OLD/spktrain" --only "$split" --save "$DIR/$split.txt" tests/fixtures/quotes
  echo "$split: rules at $commit, $(wc -l < "$DIR/$split.txt") samples"
  [ -n "$SPK_KEEP" ] && cp "$OLD/spktrain" "$DIR/spktrain-$split"
  rm -rf "$OLD"
done
