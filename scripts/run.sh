#!/usr/bin/env bash
# make run: the main job on the sample corpus.
set -euo pipefail
bin=$1 corpus=$2
"$bin" text "$corpus"
