#!/usr/bin/env bash
# make db-bench: claims db update on the 181 pages of SHARED/ingest-bench repeated 10 times (1,810
# files), then the same folder plus 10 new pages, then with nothing changed: pages read and wall time
# of each run, and the incremental run's time as a share of the full run's.
#   scripts/db-bench.sh BIN SHARED
set -euo pipefail
bin=$(realpath "$1"); shared=${2:-../shared}
work=$(mktemp -d "${TMPDIR:-/tmp}/claims-db-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
one=$work/x1 ten=$work/x10
mkdir -p "$ten"
"$(dirname "$0")/bench-pages.sh" "$shared/ingest-bench/aeb/html" "$one"
for i in 0 1 2 3 4 5 6 7 8 9; do mkdir "$ten/copy$i"; cp "$one"/*.html "$ten/copy$i/"; done
db=$work/claims.db

[ -x /usr/bin/time ] || { echo "db-bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
# run NAME: one update of $ten; prints NAME, wall and CPU (user + system) seconds and the summary line.
run() {
  local rc=0
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$bin" db update "$db" "$ten" 2> "$work/err" || rc=$?
  [ "$rc" -le 1 ] || { echo "db-bench: $1 failed (exit $rc)" >&2; cat "$work/err" >&2; exit 1; }
  read -r seconds user sys < <(tail -n 1 "$work/time")
  cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
  printf '%-10s %6s s wall %6s s cpu  %s\n' "$1" "$seconds" "$cpu" "$(tail -n 1 "$work/err")"
}
run full; full=$seconds full_cpu=$cpu
mkdir "$ten/added"
added=("$one"/*.html)
for f in "${added[@]:0:10}"; do cp "$f" "$ten/added/"; done
run plus-10; plus=$seconds plus_cpu=$cpu
run unchanged
python3 -c "print(f'db-bench: the update after adding 10 pages took {100 * $plus / $full:.1f}% of the full run\'s wall time, {100 * $plus_cpu / $full_cpu:.1f}% of its CPU time')"
