#!/usr/bin/env bash
# The corpus check CI runs after the unit and end-to-end tests: every article of the corpus is read
# without a diagnostic, the same with 1 and 2 jobs, and extract runs over it (grows into `claims check`).
set -euo pipefail
bin=$1 corpus=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.xhtml' \) -not -path '*/.*' | wc -l)
"$bin" text --format jsonl --jobs 1 "$corpus" > "$tmp/text1" 2> "$tmp/err1"
"$bin" text --format jsonl --jobs 2 "$corpus" > "$tmp/text2" 2> "$tmp/err2"
records=$(wc -l < "$tmp/text1")
[ "$records" -eq "$files" ] || { echo "corpus check: $records articles read of $files files" >&2; cat "$tmp/err1" >&2; exit 1; }
cmp -s "$tmp/text1" "$tmp/text2" || { echo "corpus check: output differs between 1 and 2 jobs" >&2; exit 1; }
"$bin" extract --format jsonl "$corpus" > "$tmp/claims" 2> "$tmp/err3"
echo "corpus check: ok ($files articles, $(wc -l < "$tmp/claims") claims)"
