#!/usr/bin/env bash
# Text quality of `claims text` on the ingest benchmark, with the benchmark's own scorer.
# Usage: scripts/ingest-score.sh BIN SHARED [all|even|odd]
#   even/odd score the pages at even/odd positions of the sorted ids (a development half and a check half).
set -euo pipefail
BIN=$1
SHARED=$2
HALF=${3:-all}
BENCH="$SHARED/ingest-bench"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/html" "$WORK/pred"
for f in "$BENCH"/aeb/html/*.html.gz; do
    id=$(basename "$f" .html.gz)
    gunzip -c "$f" > "$WORK/html/$id.html"
done
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
if [ -s "$WORK/err.txt" ]; then echo "diagnostics:"; cat "$WORK/err.txt"; fi
python3 "$BENCH/score_text.py" "$WORK/pred" --gt "$WORK/gt.json" ${PER_PAGE:+--per-page "$PER_PAGE"}
