#!/usr/bin/env bash
# make run: the main job on the sample corpus: the comparison table of every fact across the
# outlets (numbers, subjects, speakers, differences, omissions) and the HTML report.
#   scripts/run.sh BIN FOLDER [HTML]
set -euo pipefail
bin=$1 folder=$2 html=${3:-out/report.html}
mkdir -p "$(dirname "$html")"
# --format table: the table also when the output goes to a pipe or a log (reports default to JSON Lines there).
"$bin" report --progress --format table --html "$html" "$folder"
echo
echo "HTML report: $html (open it in a browser)"
