#!/usr/bin/env bash
# Held-out development set: scores extraction and grouping on Tests/Fixtures/devset
# (invented articles from other outlets and topics than the seeds; see its devset.gold.json).
# Usage: scripts/devset-score.sh BIN [SHARED] [FOLDER]
#   BIN     the built claims binary (e.g. .build/debug/claims)
#   SHARED  the shared folder holding gold/score.py (default: ../shared from the repo root)
#   FOLDER  the set to score: its *.txt articles, manifest.csv and the one *.gold.json beside
#           them (default: Tests/Fixtures/devset; e.g. Tests/Fixtures/heldout2)
# Prints `claims check` (thresholds off: this set measures, it does not gate) and then score.py
# with every miss, extra and speaker miss. Articles are named one by one so that the gold file
# and manifest beside them are not walked as inputs (the manifest still applies).
set -euo pipefail
BIN=${1:?usage: scripts/devset-score.sh BIN [SHARED] [FOLDER]}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${2:-$ROOT/../shared}
DEV=$(cd "${3:-$ROOT/Tests/Fixtures/devset}" && pwd)
GOLDS=("$DEV"/*.gold.json)
GOLD=${GOLDS[0]}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ARTICLES=("$DEV"/*.txt)

echo "== claims check (thresholds off)"
"$BIN" check "${ARTICLES[@]}" --gold "$GOLD" \
    --min-f1 0 --min-speaker 0 --min-subject 0 --min-qualifier 0 --min-grouping 0 || true

echo "== score.py"
"$BIN" report "${ARTICLES[@]}" --format jsonl > "$WORK/dev.jsonl"
python3 "$SHARED/gold/score.py" "$GOLD" "$WORK/dev.jsonl" --verbose 2>&1

echo "== subject, qualifier, unit and grouping differences"
python3 "$ROOT/scripts/devset-diff.py" "$GOLD" "$WORK/dev.jsonl" "$SHARED"
