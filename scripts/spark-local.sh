#!/usr/bin/env bash
# spark-submit of spark/claims_job.py in local mode, with the JVM set for a job of minutes on few cores:
#   scripts/spark-local.sh CORES BINARY JOB_ARGS...     e.g. scripts/spark-local.sh 2 dist/claims --out out/spark pages
# - C1 JIT only (-XX:TieredStopAtLevel=1): the driver JVM's C2 compiles cost CPU seconds a short
#   job never earns back, and on 2 shared cores they are taken from the claims processes;
# - the serial garbage collector: no GC threads competing for the same cores (the driver heap is small);
# - SPARK_CDS=FILE: a class-data-sharing archive of the classes Spark loads (Java 13+): when FILE is
#   missing this run writes it at exit (a slower run, once); when it is there, the JVM maps the
#   classes instead of loading and checking them again (about half the JVM's start-up CPU).
#   The JVM checks the archive against its own version and class path and ignores a stale one.
# pyspark comes from the virtual environment SPARK_VENV (default ~/.cache/claims/spark-venv, see make spark-test).
set -euo pipefail
usage="usage: scripts/spark-local.sh CORES BINARY JOB_ARGS..."
cores=${1:?$usage} bin=${2:?$usage}; shift 2
venv=${SPARK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/claims/spark-venv}
[ -x "$venv/bin/spark-submit" ] || { echo "spark-local: no pyspark in $venv (make spark-test makes it)" >&2; exit 2; }
venv=$(realpath "$venv")
java_options="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if [ -n "${SPARK_CDS:-}" ]; then
  if [ -s "$SPARK_CDS" ]; then java_options+=" -XX:SharedArchiveFile=$SPARK_CDS"
  else java_options+=" -XX:ArchiveClassesAtExit=$SPARK_CDS"; fi
fi
# The binary travels as a file named claims (the job's --binary), whatever its name here.
ship=$(mktemp -d "${TMPDIR:-/tmp}/claims-ship.XXXXXX"); trap 'rm -rf "$ship"' EXIT
cp "$bin" "$ship/claims"
SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python" \
  "$venv/bin/spark-submit" --master "local[$cores]" --conf spark.ui.enabled=false --driver-memory 2g \
  --driver-java-options "$java_options" --files "$ship/claims" \
  "$(dirname "$0")/../spark/claims_job.py" --binary claims "$@"
