#!/usr/bin/env bash
# The story check `make test` runs: a small mixed folder (Tests/Fixtures/mixed: a few articles of each
# gold set and five benchmark pages, with the event of each in events.json) must give only facts
# whose articles all report one event (story purity 1.0), with the same bytes for 1 and 2 jobs.
#   scripts/check-stories.sh BIN
# For the big mixed folder of issue 9: scripts/mixed-folder.sh DIR, then story-purity.py with --gold.
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/.." && pwd)
fixture=$root/Tests/Fixtures/mixed
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$bin" report --format jsonl --no-progress --jobs 1 "$fixture/articles" > "$tmp/r1"
"$bin" report --format jsonl --no-progress --jobs 2 "$fixture/articles" > "$tmp/r2"
cmp -s "$tmp/r1" "$tmp/r2" || { echo "story check: report differs between 1 and 2 jobs" >&2; exit 1; }
echo "== story purity $fixture"
python3 "$root/scripts/story-purity.py" "$tmp/r1" --events "$fixture/events.json" --min-purity 1.0
