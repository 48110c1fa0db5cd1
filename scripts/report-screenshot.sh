#!/usr/bin/env bash
# make report-screenshot: write the HTML report of a corpus, render it in headless Chromium at
# 1280 px wide to a PNG, and fail on JavaScript errors (the page's script marks <html data-script="ok">
# when it ran; console errors in Chromium's log are reported).
#
# Usage: scripts/report-screenshot.sh BIN CORPUS [OUT_DIR]
#   writes OUT_DIR/report.html and OUT_DIR/report.png (OUT_DIR defaults to out/report).
#   CLAIMS=FILE.jsonl reports those claim records instead of extracting from CORPUS.
#   HEIGHT=2000 sets the window height in pixels.
set -euo pipefail
bin=$1 corpus=$2 out=${3:-out/report}
mkdir -p "$out"
html="$(cd "$out" && pwd)/report.html" png="$(cd "$out" && pwd)/report.png"

if [ -n "${CLAIMS:-}" ]; then
    "$bin" report "$corpus" --claims "$CLAIMS" --format html --output "$html"
else
    "$bin" report "$corpus" --format html --output "$html"
fi

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "report-screenshot: chromium not found; install it with: apt-get install -y chromium" >&2
    exit 2
fi
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions)
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# The DOM after scripts ran: the sentinel attribute says the page's script finished without throwing.
dom=$("$browser" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "file://$html" 2>"$log")
"$browser" "${flags[@]}" --screenshot="$png" --window-size=1280,"${HEIGHT:-2000}" "file://$html" 2>>"$log" >/dev/null

status=0
if ! grep -q 'data-script="ok"' <<<"$dom"; then
    echo "report-screenshot: the page's script did not finish (JavaScript error?)" >&2
    status=1
fi
if grep -E 'CONSOLE|Uncaught|SyntaxError|TypeError|ReferenceError' "$log" >&2; then
    echo "report-screenshot: console errors above" >&2
    status=1
fi
echo "$html"
echo "$png"
exit $status
