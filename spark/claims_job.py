"""The claims pipeline on Apache Spark: the map step on the executors, the reduce step after it.

  spark-submit --master local[2] --files dist/claims spark/claims_job.py --out OUT FILE...

Map: the input files (WARC, HTML, text; paths every executor can read) are spread over
partitions; each partition pipes its paths through the `claims` binary shipped with the job
(`claims extract - --with-articles --format jsonl`, one process per partition). The claim and
article records are written as Parquet under OUT/records, partitioned by publication date
(`published_date`, the first ten characters of `published`, or `unknown`).

Reduce: the records go, in input order, to `claims report --claims -` once per block, and the
blocks' outputs are joined into OUT/report.jsonl and OUT/report.csv (and OUT/report.html).
Blocks: one block holds every record (so no story is ever split across blocks). Cutting
blocks by story and date window is not done yet: see the README, "Scale out".
"""
import argparse
import os
import shutil
import subprocess
import sys

from pyspark import SparkFiles
from pyspark.sql import Row, SparkSession


def binary_path(name):
    """The claims binary shipped with --files (or SparkContext.addFile), else a path as given."""
    shipped = SparkFiles.get(os.path.basename(name))
    path = shipped if os.path.exists(shipped) else name
    if not os.access(path, os.X_OK):
        os.chmod(path, 0o755)
    return path


def map_partition(binary, jobs):
    def run(items):
        items = list(items)
        if not items:
            return
        paths = "".join(path + "\n" for _, path in items)
        index_of = {path: index for index, path in items}
        done = subprocess.run([binary_path(binary), "extract", "-", "--with-articles", "--format", "jsonl",
                               "--no-progress", "--jobs", str(jobs)],
                              input=paths.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"claims extract failed ({done.returncode}): {done.stderr.decode(errors='replace')[:500]}")
        import json
        current = None
        for line_no, line in enumerate(done.stdout.decode("utf-8").splitlines()):
            record = json.loads(line)
            article = record["article"]
            # An archive's records are named FILE#OFFSET: they belong to FILE's place in the input order.
            source = article if article in index_of else article.rsplit("#", 1)[0]
            file_index = index_of.get(source, current if current is not None else -1)
            current = file_index
            published = record.get("published") or ""
            yield Row(file_index=file_index, line_no=line_no,
                      kind="article" if record.get("record") == "article" else "claim",
                      article=article, published_date=published[:10] if len(published) >= 10 else "unknown",
                      json=line)
    return run


def reduce_block(binary, lines, fmt):
    done = subprocess.run([binary_path(binary), "report", "--claims", "-", "--format", fmt, "--no-progress"],
                          input=("\n".join(lines) + "\n").encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"claims report failed ({done.returncode}): {done.stderr.decode(errors='replace')[:500]}")
    return done.stdout


def main():
    parser = argparse.ArgumentParser(description="claims on Spark: extract on the executors, then report.")
    parser.add_argument("--out", required=True, help="output folder (local)")
    parser.add_argument("--binary", default="claims", help="the claims binary (shipped with --files)")
    parser.add_argument("--partitions", type=int, default=0, help="map partitions (default: Spark's parallelism)")
    parser.add_argument("--html", action="store_true", help="also write OUT/report.html")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("claims").getOrCreate()
    sc = spark.sparkContext
    if os.path.exists(args.binary) and os.path.basename(args.binary) not in os.listdir(SparkFiles.getRootDirectory()):
        sc.addFile(os.path.abspath(args.binary))
    files = [os.path.abspath(f) if "://" not in f else f for f in args.files]
    partitions = args.partitions or sc.defaultParallelism
    # Contiguous slices keep each partition's files in input order.
    rows = sc.parallelize(list(enumerate(files)), min(partitions, len(files))) \
        .mapPartitions(map_partition(args.binary, 1))
    records = spark.createDataFrame(rows).cache()
    shutil.rmtree(args.out, ignore_errors=True)
    records.write.partitionBy("published_date").parquet(os.path.join(args.out, "records"))

    # Reduce: one block with every record, in input order.
    ordered = [r.json for r in records.orderBy("file_index", "line_no").select("json").collect()]
    block = sc.parallelize([ordered], 1)
    formats = ["jsonl", "csv"] + (["html"] if args.html else [])
    outputs = block.map(lambda lines: [reduce_block(args.binary, lines, f) for f in formats]).collect()[0]
    for fmt, data in zip(formats, outputs):
        with open(os.path.join(args.out, f"report.{fmt}"), "wb") as f:
            f.write(data)
    counts = {r["kind"]: r["count"] for r in records.groupBy("kind").count().collect()}
    print(f"claims-spark: {counts.get('article', 0)} articles, {counts.get('claim', 0)} claims from {len(files)} files "
          f"-> {args.out}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
