#!/usr/bin/env bash
# Unpacks the pages of a benchmark set (its *.html.gz) into a folder, one file each, named as in the
# set without .gz: the one copy of this loop that the bench, test and score scripts call.
#   scripts/bench-pages.sh SRC DEST [N]
# SRC: a folder of *.html.gz (e.g. SHARED/ingest-bench/aeb/html). DEST is made when missing; a page
# already there is kept. N: only the first N pages in name order. Exit status 2 when SRC has none.
set -euo pipefail
usage="usage: scripts/bench-pages.sh SRC DEST [N]"
src=${1:?$usage} dest=${2:?$usage}
pages=("$src"/*.html.gz)
[ -e "${pages[0]}" ] || { echo "bench-pages: no *.html.gz pages in $src" >&2; exit 2; }
[ -z "${3:-}" ] || pages=("${pages[@]:0:$3}")
mkdir -p "$dest"
for f in "${pages[@]}"; do
  out=$dest/$(basename "$f" .gz)
  [ -e "$out" ] || gzip -dc "$f" > "$out"
done
