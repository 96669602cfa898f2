#!/usr/bin/env bash
# run.sh - the browser tests: playwright-core (from npm) driving Debian's
# Chromium against `parallax serve`.  Skips (exit 77) when node or
# /usr/bin/chromium is missing.  Installs playwright-core only, from the
# lock file; never downloads a browser (no `npx playwright install`).
set -u
cd "$(dirname "$0")"
: "${PARALLAX:?PARALLAX must name the parallax binary}"
CHROMIUM=${PX_CHROMIUM:-/usr/bin/chromium}
command -v node >/dev/null 2>&1 || { echo "SKIP: node is not installed (apt-get install nodejs npm)"; exit 77; }
[ -x "$CHROMIUM" ] || { echo "SKIP: $CHROMIUM is missing (apt-get install chromium)"; exit 77; }
if [ ! -d node_modules/playwright-core ]; then
  command -v npm >/dev/null 2>&1 || { echo "SKIP: npm is not installed (apt-get install npm)"; exit 77; }
  # playwright-core never downloads browsers; this only fetches the package
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent || {
    echo "SKIP: npm ci failed (no access to the npm registry?)"; exit 77; }
fi
export PX_CHROMIUM=$CHROMIUM
exec node --test --test-reporter=spec story.test.mjs
