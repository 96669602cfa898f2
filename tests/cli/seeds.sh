#!/usr/bin/env bash
# The real seed corpus (../shared/corpus/seeds): five text dumps scraped
# from five sites.  Nothing in the library names them; these checks hold
# only if the methods are right.
. "$(dirname "$0")/../lib.sh"
SEEDS=${PX_SHARED_DIR:-}/corpus/seeds
[ -d "$SEEDS" ] || skip "$SEEDS not found (shared/ is not beside the checkout)"
DB=$TMP/seeds.db

px ingest --db "$DB" "$SEEDS"/*.txt 2>"$TMP/ingest.err"
check "ingest of the seeds exits 0" test $? -eq 0
px stories --db "$DB" --format json > "$TMP/stories.json"
check "5 articles stored" test "$(article_count "$TMP/stories.json")" -eq 5
s0=$(story_of "$TMP/stories.json" /000_)
for n in 001 002; do
  check "seed $n is in the June 2024 story" test "$(story_of "$TMP/stories.json" /${n}_)" = "$s0"
done
# The October 2023 article 004 scores 0.320 against the June story, above
# the join threshold (0.21) for two dated or two undated reports; it has no
# date and the June story has one (001's), and an undated article counts as
# more than a week away (join + 0.12), which keeps it apart.
check "seed 004 (October 2023) is another story" test "$(story_of "$TMP/stories.json" /004_)" != "$s0"
# Known gap (issue 5): the synonym-spun 003 scores 0.286, under the
# undated threshold: the swapped words leave it little vocabulary in common.
# No threshold can fix it: 004 scores higher against the June story than
# 003 does, and with the undated extra at 0.07 (0.28) 003 joins and 004
# follows at 0.341.  Lede places, lede person-place pairs, the lede as an
# untitled article's title, and a higher bar for two undated sides each
# failed to flip 003 or cost ECB+ F1 (h-s003 report).  Measured again
# (2026-11-29) with the engine's own scores in file order: against the June
# story 003 scores .286 and 004 .320, and 004 is closer to each June article
# than 003 is (002: .392 vs .342); none of 54 settings of pair_weight,
# lead_boost, number_share and name_share, nor country names weighed down
# to .1, put 003 above 004.  Only the event (a visit to one city, a summit
# in another) or a date tells them apart, and neither is in the text.
todo "seed 003 is in the June 2024 story" test "$(story_of "$TMP/stories.json" /003_)" = "$s0"
# Known gap: the checks above hold for this arrival order only.  Four of
# the five seeds are undated, and two undated sides need only the plain
# join score: in reversed order 004 comes first, 003 and 002 join it, and
# the dated 001 then stands apart (h-s003 found the split of the June story
# or 004 inside it in 6 of 10 orders).
px ingest --db "$TMP/reversed.db" $(printf '%s\n' "$SEEDS"/*.txt | sort -r) 2>/dev/null
px stories --db "$TMP/reversed.db" --format json > "$TMP/reversed.json"
r0=$(story_of "$TMP/reversed.json" /000_)
todo "in reversed arrival order 000, 001 and 002 still form one story without 004" \
  test "$(story_of "$TMP/reversed.json" /001_)" = "$r0" -a \
       "$(story_of "$TMP/reversed.json" /002_)" = "$r0" -a \
       "$(story_of "$TMP/reversed.json" /004_)" != "$r0"

a0=$(article_of "$TMP/stories.json" /000_)
a1=$(article_of "$TMP/stories.json" /001_)
px story --db "$DB" --format json "$s0" > "$TMP/story.json"
check "the rewrite (000) is linked to its origin (001)" \
  grep -q "\"origin\":$a1,\"derived\":$a0" "$TMP/story.json"
check "the reuse link shows passages" grep -q '"origin_text":' "$TMP/story.json"
links=$(grep -o '"derived":[0-9]*,"kind"' "$TMP/story.json" | wc -l)
check "no other pair is linked as reuse (independent reporting)" test "$links" -eq 1

# extraction: boilerplate gone, first and last body paragraphs kept
px extract --format text "$SEEDS"/*.txt > "$TMP/text.txt" 2>"$TMP/extract.err"
check "extract of the seeds exits 0" test $? -eq 0
for junk in "Comments0" "- Advertisement -" "Leave a Reply" "Discover more from" \
            "Latest Stories" "Weekly Best Articles" "Photo: VCG" "Subscribe to get the latest" \
            "Quick access to main page" "Related Posts" "Share This Post" "Popular Now" \
            "Media Bias Rating" "headquartered at Broadcasting House"; do
  check "no '$junk' in the extracted text" not_contains "$TMP/text.txt" "$junk"
done
for keep in "As Russian President Vladimir Putin is visiting Pyongyang for the first time" \
            "It will also serve the role of crisis prevention and management" \
            "Russian President Vladimir Putin started his visits to two Asian countries on Tuesday" \
            "the more weaknesses it exposes to the world, analysts said" \
            "has garnered significant attention, including from China" \
            "As Russian President Vladimir Putin drove through the crowded streets of Pyongyang" \
            "Despite the alliance, they still need to trust China" \
            "The Russian government appears to be putting full effort" \
            "I think they will try to do it"; do
  check "kept: '${keep:0:50}...'" contains "$TMP/text.txt" "$keep"
done
px extract "$SEEDS"/001_*.txt > "$TMP/001.json"
check "001's date is found in its text" grep -q '"date":"2024-06-18' "$TMP/001.json"
finish
