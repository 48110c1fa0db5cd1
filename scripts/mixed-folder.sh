#!/usr/bin/env bash
# Lays out the mixed folder of issue 9: every gold set beside the 181 benchmark pages, one
# subfolder each (each .txt set keeps its manifest.csv, which applies to its own folder).
#   scripts/mixed-folder.sh DEST [SHARED]
# DEST/seeds (corpus/txt), DEST/devset, DEST/heldout2, DEST/realdev (SHARED/realdev/articles),
# DEST/aeb (the benchmark pages, gunzipped). Gold files stay where they are: story-purity.py reads them.
set -euo pipefail
dest=${1:?usage: scripts/mixed-folder.sh DEST [SHARED]}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${2:-$root/../shared}
rm -rf "$dest"
mkdir -p "$dest"/{seeds,devset,heldout2,realdev,aeb}
cp "$root"/corpus/txt/*.txt "$root"/corpus/txt/manifest.csv "$dest/seeds/"
cp "$root"/Tests/Fixtures/devset/*.txt "$root"/Tests/Fixtures/devset/manifest.csv "$dest/devset/"
cp "$root"/Tests/Fixtures/heldout2/*.txt "$root"/Tests/Fixtures/heldout2/manifest.csv "$dest/heldout2/"
cp "$shared"/realdev/articles/*.txt "$shared"/realdev/articles/manifest.csv "$dest/realdev/"
"$root/scripts/bench-pages.sh" "$shared/ingest-bench/aeb/html" "$dest/aeb"
echo "$dest: $(find "$dest" -name '*.txt' -o -name '*.html' | wc -l) articles"
