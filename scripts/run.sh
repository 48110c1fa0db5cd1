#!/usr/bin/env bash
# make run: the main job on the sample corpus: one line per article read (outlet, date, words,
# title), then the claims found in each, with the run summary on stderr.
set -euo pipefail
bin=$1 corpus=$2
echo "== articles in $corpus"
"$bin" text --format summary --progress "$corpus"
echo
echo "== claims"
"$bin" extract --format table --progress "$corpus"
