#!/usr/bin/env bash
# make spark-test: the Spark job (local[2]) against the single machine, on the corpus packed as a
# WARC plus a mixed list of files (the corpus's texts, the devset, the mixed fixture folder of
# several events); reports must be byte-identical. Blocks are forced small (SPARK_TEST_BLOCK records)
# so that the reduce runs in several blocks whose stories interleave in input order.
#   scripts/spark-test.sh DIST_BIN
# pyspark comes from PyPI into a virtual environment outside the repository, made on first use and
# kept for later runs (${XDG_CACHE_HOME:-~/.cache}/claims/spark-venv; SPARK_VENV overrides); Java 17+.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1")
venv=${SPARK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/claims/spark-venv}
mkdir -p "$(dirname "$venv")"
if [ ! -x "$venv/bin/spark-submit" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyspark
fi
# pyarrow lets each map task write its Parquet files (the job falls back to Spark's writer without it).
"$venv/bin/python" -c 'import pyarrow.parquet' 2>/dev/null || "$venv/bin/pip" install -q pyarrow
venv=$(realpath "$venv")
command -v java >/dev/null || { echo "spark-test: java missing (apt-get install openjdk-17-jre-headless)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/claims-spark.XXXXXX"); trap 'rm -rf "$work"' EXIT
python3 scripts/warc-pack.py "$work/corpus.warc.gz" corpus/html 2>/dev/null
files=("$work/corpus.warc.gz")
for f in corpus/txt/*.txt Tests/Fixtures/devset/*.txt Tests/Fixtures/mixed/articles/*/; do files+=("$(realpath "$f")"); done
# The single machine's reports, each format from a run of its own (the Spark reduce writes both from one).
for fmt in jsonl csv; do
  "$bin" report --format "$fmt" --no-progress "${files[@]}" > "$work/single.$fmt" || [ $? -eq 1 ]
done
SPARK_VENV=$venv scripts/spark-local.sh 2 "$bin" --block-records "${SPARK_TEST_BLOCK:-40}" --out "$work/out" "${files[@]}" \
  > "$work/spark.out" 2> "$work/spark.log" || { tail -n 30 "$work/spark.log" >&2; exit 1; }
# The driver's stderr reaches spark-submit's stdout (Spark's Python runner redirects it).
summary=$(cat "$work/spark.out" "$work/spark.log" | grep '^claims-spark:' || true)
echo "$summary" >&2
status=0
# Several blocks, and stories that a cut into contiguous input ranges would have split.
read -r blocks spread < <(sed -n 's/.* in \([0-9]*\) blocks (\([0-9]*\) blocks interleaved.*/\1 \2/p' <<< "$summary") || true
if [ "${blocks:-0}" -lt 2 ] || [ "${spread:-0}" -lt 1 ]; then
  echo "spark-test: the reduce ran in ${blocks:-?} blocks, ${spread:-?} interleaved: blocks were meant to straddle stories" >&2; status=1
fi
for fmt in jsonl csv; do
  if cmp -s "$work/single.$fmt" "$work/out/report.$fmt"; then
    echo "spark-test: report.$fmt equals the single-machine report ($(wc -l < "$work/single.$fmt") lines)"
  else
    echo "spark-test: report.$fmt DIFFERS from the single-machine report" >&2; status=1
    diff <(head -c 2000 "$work/single.$fmt") <(head -c 2000 "$work/out/report.$fmt") | head -n 10 >&2 || true
  fi
done
parts=$(find "$work/out/records" -maxdepth 1 -name 'published_date=*' | wc -l)
[ "$parts" -gt 1 ] || { echo "spark-test: records are not partitioned by date" >&2; status=1; }
# Every record is in the Parquet table, read back as Spark's partitioned layout (the date from the folder names).
read -r articles claims < <(sed -n 's/^claims-spark: \([0-9]*\) articles, \([0-9]*\) claims.*/\1 \2/p' <<< "$summary")
rows=$("$venv/bin/python" -c 'import sys, pyarrow.parquet as pq; t = pq.read_table(sys.argv[1], partitioning="hive"); print(t.num_rows, len(set(t.column("published_date").to_pylist())))' "$work/out/records")
if [ "$rows" != "$((articles + claims)) $parts" ]; then
  echo "spark-test: the Parquet records hold $rows (rows, dates); expected $((articles + claims)) $parts" >&2; status=1
fi
echo "spark-test: records in $parts date partitions, $((articles + claims)) rows"
exit $status
