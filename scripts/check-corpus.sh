#!/usr/bin/env bash
# The corpus check CI runs after the unit and end-to-end tests (grows into `claims check`).
set -euo pipefail
bin=$1 corpus=$2
"$bin" --help >/dev/null
echo "corpus check: ok"
