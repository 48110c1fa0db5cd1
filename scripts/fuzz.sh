#!/usr/bin/env bash
# make fuzz: build the libFuzzer targets (ingest, extract, warc) with address sanitizer and run each
# for SECONDS (default 60), one after the other. Crashes land in .build/fuzz/artifacts/<target>/;
# keep each one as a regression input in Tests/Fixtures/hostile/ once it is fixed.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     TARGET: ingest, extract, warc (default all)
# Built with swiftc directly so that the normal `swift build` never sees -sanitize=fuzzer.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(ingest extract warc)
SWIFTC=${SWIFTC:-swiftc}
out=.build/fuzz
mkdir -p "$out"

xml_flags=$(pkg-config --cflags libxml-2.0)
# The system-library modules ClaimKit imports.
c_modules="-I Sources/CLibXML2 -I Sources/CZlib -I Sources/CDeflate -I Sources/CSQLite"
# ClaimKit once, instrumented, as a static library plus its module.
build_kit() {
  local stamp=$out/ClaimKit.stamp
  if [ -f "$stamp" ] && [ -z "$(find Sources/ClaimKit Sources/CLibXML2 Sources/CZlib Sources/CDeflate -newer "$stamp" -print -quit)" ]; then return; fi
  echo "fuzz: building ClaimKit with -sanitize=fuzzer,address" >&2
  # Build from a snapshot, so that editing the sources meanwhile cannot break the build.
  rm -rf "$out/src"; mkdir -p "$out/src"; cp -R Sources/ClaimKit "$out/src/ClaimKit"
  # shellcheck disable=SC2046
  "$SWIFTC" -parse-as-library -wmo -O -g -sanitize=fuzzer,address -swift-version 6 \
    -module-name ClaimKit -emit-module -emit-module-path "$out/ClaimKit.swiftmodule" \
    -emit-library -static -o "$out/libClaimKit.a" \
    $c_modules $(for f in $xml_flags; do printf -- '-Xcc %s ' "$f"; done) \
    $(find "$out/src/ClaimKit" -name '*.swift' | sort)
  touch "$stamp"
}

build_target() {
  local name=$1 src=$2
  "$SWIFTC" -parse-as-library -O -g -sanitize=fuzzer,address -swift-version 6 \
    -I "$out" $c_modules $(for f in $xml_flags; do printf -- '-Xcc %s ' "$f"; done) \
    -use-ld=lld "$src" "$out/libClaimKit.a" -lxml2 -lz -ldeflate -lsqlite3 -o "$out/fuzz-$name"
}

# Seed corpus: the sample corpus, the hostile fixtures, the benchmark pages (a few).
seed() {
  local dir=$out/corpus-$1
  mkdir -p "$dir"
  if [ "$1" = warc ]; then
    # The corpus as archives of each kind, small ones, and the WARC fixtures.
    for f in corpus/html/*.html; do
      b=$(basename "$f" .html)
      [ -f "$dir/$b.warc.gz" ] || python3 scripts/warc-pack.py "$dir/$b.warc.gz" "$f" 2>/dev/null
      [ -f "$dir/$b.warc" ] || python3 scripts/warc-pack.py --gzip none "$dir/$b.warc" "$f" 2>/dev/null
    done
    [ -f "$dir/all-whole.warc.gz" ] || python3 scripts/warc-pack.py --gzip whole "$dir/all-whole.warc.gz" corpus/html 2>/dev/null
    find Tests/Fixtures/hostile -name '*.warc*' -exec cp -n {} "$dir"/ \; 2>/dev/null || true
    echo "$dir"; return
  fi
  find corpus Tests/Fixtures/hostile -type f \( -name '*.html' -o -name '*.htm' -o -name '*.txt' -o -name '*.xhtml' \) \
    -size -256k -exec cp -n {} "$dir"/ \; 2>/dev/null || true
  # A few real pages from the shared benchmark, when it is there.
  local shared=${SHARED:-../shared}
  if [ "$1" = ingest ] && [ -d "$shared/ingest-bench/aeb/html" ]; then
    scripts/bench-pages.sh "$shared/ingest-bench/aeb/html" "$dir" 24
  fi
  echo "$dir"
}

build_kit
status=0
for t in "${targets[@]}"; do
  case $t in
    ingest) src=Sources/FuzzIngest/FuzzIngest.swift max_len=262144 ;;
    extract) src=Sources/FuzzExtract/FuzzExtract.swift max_len=65536 ;;
    warc) src=Sources/FuzzWARC/FuzzWARC.swift max_len=262144 ;;
    *) echo "fuzz: unknown target $t (ingest, extract, warc)" >&2; exit 2 ;;
  esac
  build_target "$t" "$src"
  dir=$(seed "$t")
  mkdir -p "$out/artifacts/$t"
  echo "fuzz: $t for ${seconds}s (corpus $dir)" >&2
  # -rss_limit_mb: ingest must stay well under it; -timeout: a hang is a finding.
  if ! ASAN_OPTIONS=detect_leaks=1 "$out/fuzz-$t" "$dir" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -max_len="$max_len" -report_slow_units=30 -print_final_stats=1 -artifact_prefix="$out/artifacts/$t/" 2>"$out/$t.log"; then
    status=1
    echo "fuzz: $t FOUND A PROBLEM: see $out/$t.log and $out/artifacts/$t/" >&2
  fi
  tail -n 12 "$out/$t.log" | grep -E 'stat::|Done|ERROR|SUMMARY' >&2 || true
done
exit $status
