#!/usr/bin/env bash
# The one `claims check` run behind the gold regression checks (realdev-score.sh, benchgold-score.sh):
# runs the check with its thresholds, prints the scores (every MISS/EXTRA/SPEAKER line too when it
# fails or with --verbose) and says ok or FAILED under the check's name.
#   scripts/gold-check.sh NAME LABEL BIN INPUT GOLD VERBOSE F1 SPEAKER SUBJECT QUALIFIER GROUPING
# INPUT is a folder, or - for a list of files on standard input. F1 ... GROUPING are the default
# thresholds; NAME_MIN_F1=0 ... (NAME upper-cased) overrides one for a measuring run (0 turns it off).
set -euo pipefail
name=$1 label=$2 bin=$3 input=$4 gold=$5 verbose=$6
prefix=$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')
min() { local var="${prefix}_MIN_$1"; printf '%s' "${!var:-$2}"; }
out=$(mktemp); trap 'rm -f "$out"' EXIT
status=0
"$bin" check "$input" --gold "$gold" \
    --min-f1 "$(min F1 "$7")" --min-speaker "$(min SPEAKER "$8")" \
    --min-subject "$(min SUBJECT "$9")" --min-qualifier "$(min QUALIFIER "${10}")" \
    --min-grouping "$(min GROUPING "${11}")" > "$out" 2>&1 || status=$?
echo "== claims check $label"
if [ "$status" -ne 0 ] || [ "$verbose" = "--verbose" ]; then
    cat "$out"
else
    grep -v -E '^(MISS|EXTRA|SPEAKER) ' "$out"
fi
[ "$status" -eq 0 ] && echo "$name check: ok" || echo "$name check: FAILED (status $status)" >&2
exit "$status"
