#!/usr/bin/env bash
# Quote groups across outlets: the same remark quoted, reworded, or
# reported as indirect speech by three fictional outlets is one group,
# carried first by the earliest article; another remark of the same speaker
# stays apart.
. "$(dirname "$0")/../lib.sh"
DB=$TMP/q.db
cat > "$TMP/news.jsonl" <<'JSONL'
{"url":"https://valley-post.example/dam","site":"Valley Post","date":"2025-03-02","title":"Engineers say Orrin dam will hold through the winter","text":"Engineers inspected the Orrin dam above the town of Kesk on Saturday after a week of heavy rain in the Orrin valley.\n\n\"The dam will hold through the winter, and we will inspect it every single week until the spring,\" said chief engineer Lara Moss.\n\nMoss said the spillway had been cleared of debris on Friday. \"Nobody in Kesk needs to leave their home,\" she said.\n\nThe Orrin dam was built in 1961 and holds back the Orrin reservoir."}
{"url":"https://kesk-courier.example/orrin","site":"Kesk Courier","date":"2025-03-03","title":"Orrin dam safe for the winter, engineer says","text":"The Orrin dam above Kesk will hold through the winter, chief engineer Lara Moss said on Saturday after inspecting it following a week of heavy rain in the Orrin valley.\n\nLara Moss said the dam would hold through the winter and that engineers would inspect it every single week until the spring.\n\nThe dam was built in 1961 and holds back the Orrin reservoir above the town."}
{"url":"https://daily-flash.example/orrin-dam","site":"Daily Flash","date":"2025-03-04","title":"Orrin dam will hold, engineers say after heavy rain","text":"Engineers examined the Orrin dam above the town of Kesk on Saturday after a week of heavy rain in the Orrin valley.\n\n\"The barrier will last through the cold season, and we will check it every single week until the thaw,\" said chief engineer Lara Moss.\n\nThe Orrin dam was constructed in 1961 and holds back the Orrin reservoir."}
JSONL
px ingest --quiet --db "$DB" "$TMP/news.jsonl"
check "ingest exits 0" test $? -eq 0
px stories --db "$DB" --format json > "$TMP/stories.json"
s=$(story_of "$TMP/stories.json" news.jsonl)
px story --db "$DB" --format json "$s" > "$TMP/story.json"
check "story JSON exits 0" test $? -eq 0
tr -d '\n' < "$TMP/story.json" | sed 's/{"speaker":/\n{"speaker":/g' | grep -o '^{"speaker":[^]]*\][^]]*\]}' > "$TMP/groups"
hold=$(grep 'The dam will hold through the winter' "$TMP/groups")
check "the remark is attributed to Lara Moss" grep -q '"speaker":"Lara Moss"' <<<"$hold"
check "the remark is carried by three articles" grep -Eq '"articles":\[[0-9]+,[0-9]+,[0-9]+\]' <<<"$hold"
check "the reworded quote is in the group" grep -q 'The barrier will last' <<<"$hold"
check "the indirect report is in the group" grep -q 'would hold through the winter' <<<"$hold"
first=$(grep -o '"first":[0-9]*' <<<"$hold" | cut -d: -f2)
earliest=$(grep -o '{"id":[0-9]*,"path":"[^"]*","url":"https://valley-post' "$TMP/story.json" | grep -o '^{"id":[0-9]*' | cut -d: -f2)
check "the earliest outlet carried it first" test -n "$earliest" -a "$first" = "$earliest"
check "the other remark is a group of its own" \
  grep -q '"text":"Nobody in Kesk needs to leave their home"' "$TMP/groups"
check "the other remark is not in the dam group" test -z "$(grep 'Nobody in Kesk' <<<"$hold")"
finish
