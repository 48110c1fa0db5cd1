#!/usr/bin/env bash
# Extraction alone against a reference build measured in the same run (issue 10: "extraction
# speed stays within 10% of today's", today being commit f3f63a2 when the issue was filed).
#   scripts/bench-extract-base.sh BIN PAGES_DIR
# The reference is built once from `git archive BASE` into the user's cache
# (${XDG_CACHE_HOME:-~/.cache}/claims/bench-base-BASE; BENCH_EXTRACT_BASE=commit changes BASE,
# BENCH_EXTRACT_BASE=none skips the block). Both binaries run `bench-extract` in turns on one core
# (taskset when present) and the ratio of each pair is kept: the median pair ratio is the measure,
# since other load on a shared machine slows both runs of a pair alike. With valgrind, the
# instructions of extraction alone (callgrind, minus the sentence split) are compared too.
set -euo pipefail
bin=$(realpath "$1"); pages=$2
base=${BENCH_EXTRACT_BASE:-f3f63a2}
rounds=${BENCH_EXTRACT_ROUNDS:-10}
[ "$base" = none ] && exit 0
root=$(cd "$(dirname "$0")/.." && pwd)
echo
echo "extraction alone against commit $base (issue 10's reference)"
if ! git -C "$root" cat-file -e "$base^{commit}" 2>/dev/null; then
  echo "  skipped: commit $base is not in this clone (a shallow clone? git fetch --unshallow)"
  exit 0
fi
cache=${XDG_CACHE_HOME:-$HOME/.cache}/claims/bench-base-$base
ref=$cache/src/.build/release/claims
if [ ! -x "$ref" ]; then
  echo "  building the reference once (a few minutes) in $cache"
  rm -rf "$cache/src" && mkdir -p "$cache/src"
  git -C "$root" archive "$base" | tar -x -C "$cache/src"
  if ! (cd "$cache/src" && swift build -c release --product claims > "$cache/build.log" 2>&1); then
    echo "  skipped: the reference did not build (see $cache/build.log)"
    exit 0
  fi
fi
pin=(); command -v taskset > /dev/null 2>&1 && pin=(taskset -c "$(($(nproc) - 1))")
rate() { "${pin[@]}" "$1" bench-extract --repeats 10 "$pages" 2> /dev/null | sed -n 's/.*= \([0-9]*\) sentences\/s.*/\1/p'; }
rates=()
for _ in $(seq 1 "$rounds"); do rates+=("$(rate "$ref") $(rate "$bin")"); done
instructions=""
if command -v valgrind > /dev/null 2>&1 && command -v callgrind_annotate > /dev/null 2>&1; then
  for who in ref bin; do
    exe=$ref; [ $who = bin ] && exe=$bin
    out=$(mktemp "${TMPDIR:-/tmp}/claims-cg.XXXXXX")
    valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect='*ExtractBenchmark*run*' \
      "$exe" bench-extract --repeats 1 "$pages" > /dev/null 2>&1 || true
    # Extraction alone: the timed function minus the sentence split it does untimed first.
    instructions+="$(callgrind_annotate --inclusive=yes "$out" 2> /dev/null \
      | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); total = $1}
             /SentenceSplitterV5split5bytes8withText.*\[/ && !sp {gsub(",", "", $1); sp = $1}
             END {print total - sp}') "
    rm -f "$out"
  done
fi
python3 - "$instructions" "${rates[@]}" <<'PY'
import statistics, sys
pairs = [tuple(int(x) for x in p.split()) for p in sys.argv[2:] if len(p.split()) == 2]
if not pairs:
    print("  bench-extract gave no rate"); sys.exit(0)
ratios = [b / a for a, b in pairs if a]
best_ref, best_bin = max(a for a, _ in pairs), max(b for _, b in pairs)
med = statistics.median(ratios)
print(f"  sentences/s, best of {len(pairs)}: reference {best_ref:,}, this build {best_bin:,}")
print(f"  {'extraction alone, this / reference (median pair)':<52} {med:6.3f}   target >= 0.9  {'ok' if med >= 0.9 else 'MISSED'}")
if len(ratios) >= 4:
    q1, _, q3 = statistics.quantiles(ratios, n=4)
    print(f"  pair ratios: quartiles {q1:.3f} and {q3:.3f}, range {min(ratios):.3f} to {max(ratios):.3f}")
ir = [int(x) for x in sys.argv[1].split()]
if len(ir) == 2 and ir[0] > 0:
    r = ir[1] / ir[0]
    print(f"  {'extraction alone, instructions this / reference':<52} {r:6.3f}   target <= 1.1  {'ok' if r <= 1.1 else 'MISSED'}"
          f"   ({ir[1] / 1e6:,.1f} M / {ir[0] / 1e6:,.1f} M)")
PY
