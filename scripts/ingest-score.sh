#!/usr/bin/env bash
# Text quality of `claims text` on the ingest benchmarks, with each benchmark's own scorer:
#   1. the 181 news pages of SHARED/ingest-bench/aeb (token F1 of 4-token shingles, score_text.py);
#   2. the 990 varied pages of SHARED/ingest-bench/trafilatura-eval (snippets that must / must not
#      be in the body, score_snippets.py), when that folder is there.
# Usage: scripts/ingest-score.sh BIN SHARED [all|even|odd]
#   even/odd score the AEB pages at even/odd positions of the sorted ids (a development half and a check half).
#   WORST=N lists the N trafilatura-eval pages with the most snippet errors.
set -euo pipefail
BIN=$1
SHARED=$2
HALF=${3:-all}
BENCH="$SHARED/ingest-bench"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/html" "$WORK/pred"
"$(dirname "$0")/bench-pages.sh" "$BENCH/aeb/html" "$WORK/html"
"$BIN" text --format jsonl "$WORK/html" > "$WORK/out.jsonl" 2> "$WORK/err.txt" || true
python3 - "$WORK/out.jsonl" "$WORK/pred" "$BENCH/aeb/ground-truth.json" "$HALF" "$WORK/gt.json" <<'PY'
import json, os, sys
out, pred, gt_path, half, gt_out = sys.argv[1:]
for line in open(out, encoding='utf-8'):
    rec = json.loads(line)
    name = os.path.basename(rec['article'])
    stem = name[:-5] if name.endswith('.html') else name
    with open(os.path.join(pred, stem + '.txt'), 'w', encoding='utf-8') as f:
        f.write(rec.get('text') or '')
gt = json.load(open(gt_path, encoding='utf-8'))
ids = sorted(gt)
if half == 'even':
    ids = ids[0::2]
elif half == 'odd':
    ids = ids[1::2]
json.dump({i: gt[i] for i in ids}, open(gt_out, 'w', encoding='utf-8'))
PY
echo "aeb (181 news pages, token F1):"
if [ -s "$WORK/err.txt" ]; then echo "diagnostics:"; cat "$WORK/err.txt"; fi
python3 "$BENCH/score_text.py" "$WORK/pred" --gt "$WORK/gt.json" ${PER_PAGE:+--per-page "$PER_PAGE"}

TE="$BENCH/trafilatura-eval"
if [ -d "$TE/html" ] && [ "$HALF" = all ]; then
    "$(dirname "$0")/bench-pages.sh" "$TE/html" "$WORK/te"
    "$BIN" text --format jsonl "$WORK/te" > "$WORK/te.jsonl" 2> "$WORK/te-err.txt" || true
    echo "trafilatura-eval (990 varied pages, snippets; targets F1 >= 0.935, recall >= 0.93, precision >= 0.92):"
    echo "  pages with a diagnostic: $(grep -c . "$WORK/te-err.txt" || true)"
    python3 "$TE/score_snippets.py" "$WORK/te.jsonl" ${WORST:+--worst "$WORST"}
fi
