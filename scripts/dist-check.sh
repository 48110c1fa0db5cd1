#!/usr/bin/env bash
# make dist's test: the release binary runs with the Swift toolchain off PATH and links no Swift
# runtime library, and its output equals the debug build's on the corpus.
#   scripts/dist-check.sh DIST_BIN [CORPUS]
set -euo pipefail
bin=$(realpath "$1"); corpus=${2:-corpus}
fail() { echo "dist-check: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "no binary at $1"
if command -v ldd >/dev/null 2>&1; then
  if ldd "$bin" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|/opt/swift' >&2; then
    fail "links the Swift runtime dynamically (above): not runnable without the toolchain"
  fi
fi
# A bare environment: no toolchain on PATH, no LD_LIBRARY_PATH, nothing from this shell.
out=$(mktemp -d "${TMPDIR:-/tmp}/claims-dist.XXXXXX"); trap 'rm -rf "$out"' EXIT
env -i PATH=/usr/bin:/bin HOME=/nonexistent "$bin" --help >/dev/null || fail "--help failed"
env -i PATH=/usr/bin:/bin "$bin" extract --format jsonl --no-progress "$corpus/html" > "$out/claims.jsonl" \
  || fail "extract on $corpus/html failed"
[ -s "$out/claims.jsonl" ] || fail "no claims from $corpus/html"
python3 "$(dirname "$0")/warc-pack.py" "$out/corpus.warc.gz" "$corpus/html" 2>/dev/null
env -i PATH=/usr/bin:/bin "$bin" extract --format jsonl --no-progress "$out/corpus.warc.gz" > "$out/warc.jsonl" \
  || fail "extract on a .warc.gz failed"
python3 - "$out/claims.jsonl" "$out/warc.jsonl" <<'PY' || fail "claims from the .warc.gz differ from the loose pages"
import json, sys
a, b = ([{k: v for k, v in json.loads(l).items() if k != "article"} for l in open(p)] for p in sys.argv[1:3])
sys.exit(0 if a == b else 1)
PY
echo "dist-check: $1 runs without the Swift toolchain ($(wc -l < "$out/claims.jsonl") claims from $corpus/html, same from a .warc.gz)"
