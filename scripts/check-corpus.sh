#!/usr/bin/env bash
# The corpus check CI runs after the unit and end-to-end tests:
#  - every article of the corpus is read without a diagnostic, with the same bytes for 1 and 2 jobs;
#  - `claims check` scores both renditions (txt, html) against the gold file and fails below the
#    issue's targets (claim F1 0.97; speaker, subject, qualifier, grouping 0.95).
#   scripts/check-corpus.sh BIN CORPUS
set -euo pipefail
bin=$1 corpus=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.xhtml' \) -not -path '*/.*' | wc -l)
"$bin" text --format jsonl --jobs 1 "$corpus" > "$tmp/text1" 2> "$tmp/err1"
"$bin" text --format jsonl --jobs 2 "$corpus" > "$tmp/text2" 2> "$tmp/err2"
records=$(wc -l < "$tmp/text1")
[ "$records" -eq "$files" ] || { echo "corpus check: $records articles read of $files files" >&2; cat "$tmp/err1" >&2; exit 1; }
cmp -s "$tmp/text1" "$tmp/text2" || { echo "corpus check: text output differs between 1 and 2 jobs" >&2; exit 1; }
for rendition in txt html; do
    "$bin" report --format jsonl --jobs 1 "$corpus/$rendition" > "$tmp/r1" 2>/dev/null
    "$bin" report --format jsonl --jobs 2 "$corpus/$rendition" > "$tmp/r2" 2>/dev/null
    cmp -s "$tmp/r1" "$tmp/r2" || { echo "corpus check: report of $rendition differs between 1 and 2 jobs" >&2; exit 1; }
    echo "== claims check $corpus/$rendition"
    "$bin" check "$corpus/$rendition" --gold "$corpus/seeds.gold.json" \
        --min-f1 0.97 --min-speaker 0.95 --min-subject 0.95 --min-qualifier 0.95 --min-grouping 0.95
done
echo "corpus check: ok ($files articles)"
