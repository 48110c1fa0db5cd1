#!/usr/bin/env bash
# Precision audit on pages with no gold (issue 10): unpacks the 181 AEB pages and the
# trafilatura-eval pages of SHARED/ingest-bench, runs `claims extract` over both, and draws N
# claim records at random with a fixed seed, one JSON line each (article named relative to
# ingest-bench), for a person to judge by reading the sentence. The judged sample and its
# verdicts live in Tests/Fixtures/audit/ (see its README).
#   scripts/audit-sample.sh BIN [SHARED] [N] [SEED] > sample.jsonl
set -euo pipefail
BIN=${1:?usage: scripts/audit-sample.sh BIN [SHARED] [N] [SEED]}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "${2:-$ROOT/../shared}" && pwd)
N=${3:-60} SEED=${4:-10}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for set in aeb trafilatura-eval; do
    "$ROOT/scripts/bench-pages.sh" "$SHARED/ingest-bench/$set/html" "$work/$set"
done
"$BIN" extract "$work/aeb" "$work/trafilatura-eval" --format jsonl --jobs 1 > "$work/claims.jsonl" 2>/dev/null || true
python3 - "$work" "$N" "$SEED" "$work/claims.jsonl" <<'PY'
import json, random, sys
work, n, seed, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
records = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
print(f"audit: {len(records)} claim records, drawing {n} with seed {seed}", file=sys.stderr)
keep = ["category", "value", "upper", "qualifier", "unit", "subject", "speaker", "trigger", "cue", "sentence"]
for r in random.Random(seed).sample(records, n):
    out = {"article": r["article"][len(work) + 1:]}
    out.update({k: r.get(k) for k in keep})
    print(json.dumps(out, ensure_ascii=False))
PY
