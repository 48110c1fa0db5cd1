#!/usr/bin/env bash
# Byte-identical output check for a restructure: runs two binaries over the corpus, devset,
# heldout2, realdev and the ingest benchmark pages (aeb, trafilatura-eval) with text, extract
# (jsonl, csv, table) and report (every format), and lists the outputs that differ.
#   scripts/same-output.sh BIN_BEFORE BIN_AFTER [SHARED]
set -uo pipefail
before=$(realpath "$1") after=$(realpath "$2") shared=$(realpath "${3:-../shared}")
work=$(mktemp -d "${TMPDIR:-/tmp}/claims-same.XXXXXX"); trap 'rm -rf "$work"' EXIT
for set in aeb trafilatura-eval; do
    "$(dirname "$0")/bench-pages.sh" "$shared/ingest-bench/$set/html" "$work/pages/$set"
done
sets=(corpus/html Tests/Fixtures/devset Tests/Fixtures/heldout2 "$shared/realdev/articles" "$work/pages/aeb" "$work/pages/trafilatura-eval")
run() {  # run BIN OUT: every output of every set into OUT
    local bin=$1 out=$2; mkdir -p "$out"
    for p in "${sets[@]}"; do
        local n; n=$(basename "$p")
        "$bin" text --format jsonl --jobs 2 --no-progress "$p" > "$out/$n.text.jsonl" 2>&1
        for f in jsonl csv table; do "$bin" extract --format $f --jobs 2 --no-progress "$p" > "$out/$n.extract.$f" 2>&1; done
        for f in jsonl table markdown csv json html; do "$bin" report --format $f --jobs 2 --no-progress "$p" > "$out/$n.report.$f" 2>&1; done
    done
}
run "$before" "$work/before"; run "$after" "$work/after"
total=0 differ=0
for f in "$work/before"/*; do
    total=$((total + 1))
    cmp -s "$f" "$work/after/$(basename "$f")" || { differ=$((differ + 1)); echo "differs: $(basename "$f")"; }
done
echo "same-output: $((total - differ)) of $total outputs byte-identical"
[ "$differ" -eq 0 ]
