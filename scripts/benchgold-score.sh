#!/usr/bin/env bash
# Score on benchgold (Tests/Fixtures/benchgold): real news pages of ../shared/ingest-bench, never
# used to tune the rules, with hand-written gold (issue 10). Fails when a score drops below its
# threshold (a few points under what the rules reach: claim F1 0.965, speaker 0.951, subject and
# qualifier 1.000, grouping 1.000 after session 18's rules; raise them as the rules improve, never
# lower them to make a change pass).
#   scripts/benchgold-score.sh BIN [SHARED] [--verbose]
# Thresholds can be overridden for a measuring run: BENCHGOLD_MIN_F1=0 ... (0 turns one off).
set -euo pipefail
BIN=${1:?usage: scripts/benchgold-score.sh BIN [SHARED] [--verbose]}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${2:-$ROOT/../shared}
SET=$ROOT/Tests/Fixtures/benchgold
BENCH=$SHARED/ingest-bench
if [ ! -d "$BENCH/aeb" ]; then
    echo "benchgold check: skipped ($BENCH not found)"
    exit 0
fi
out=$(mktemp); trap 'rm -f "$out"' EXIT
status=0
sed "s|^|$BENCH/|" "$SET/articles.txt" | "$BIN" check - --gold "$SET/benchgold.gold.json" \
    --min-f1 "${BENCHGOLD_MIN_F1:-0.93}" --min-speaker "${BENCHGOLD_MIN_SPEAKER:-0.90}" \
    --min-subject "${BENCHGOLD_MIN_SUBJECT:-0.95}" --min-qualifier "${BENCHGOLD_MIN_QUALIFIER:-0.95}" \
    --min-grouping "${BENCHGOLD_MIN_GROUPING:-0.90}" > "$out" 2>&1 || status=$?
echo "== claims check benchgold ($(wc -l < "$SET/articles.txt") pages)"
if [ "$status" -ne 0 ] || [ "${3:-}" = "--verbose" ]; then
    cat "$out"
else
    grep -v -E '^(MISS|EXTRA|SPEAKER) ' "$out"
fi
[ "$status" -eq 0 ] && echo "benchgold check: ok" || echo "benchgold check: FAILED (status $status)" >&2
exit "$status"
