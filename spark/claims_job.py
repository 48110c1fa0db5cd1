"""The claims pipeline on Apache Spark: the map step on the executors, the reduce step after it.

  spark-submit --master local[2] --files dist/claims spark/claims_job.py --out OUT FILE...

Map: the input files (WARC, HTML, text; paths every executor can read) are spread over
partitions; each partition pipes its paths through the `claims` binary shipped with the job
(`claims extract - --with-articles --format jsonl`, one process per partition). The claim and
article records are written as Parquet under OUT/records, partitioned by publication date
(`published_date`, the first ten characters of `published`, or `unknown`).

Reduce: a first pass (`claims report --format stories` on all records) says which story each
article is in; blocks are sets of whole stories (at most --block-records records each, see
blocked_report.py); each block runs `claims report --claims -` on an executor, and the blocks'
reports are joined into OUT/report.jsonl and OUT/report.csv, byte-identical to one `claims
report` on everything (OUT/report.html with --html TEXT: the page of the stories matching TEXT).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql.types import IntegerType, StringType, StructField, StructType

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blocked_report  # noqa: E402  (beside this file; shipped to executors with addPyFile)


# One row per record of `claims extract --with-articles`, in the order map_partition yields them.
RECORD_SCHEMA = StructType([StructField("file_index", IntegerType()), StructField("line_no", IntegerType()),
                            StructField("kind", StringType()), StructField("article", StringType()),
                            StructField("published_date", StringType()), StructField("json", StringType())])


def binary_path(name):
    """The claims binary shipped with --files (or SparkContext.addFile), else a path as given."""
    shipped = SparkFiles.get(os.path.basename(name))
    path = shipped if os.path.exists(shipped) else name
    if not os.access(path, os.X_OK):
        os.chmod(path, 0o755)
    return path


def input_index(article, index_of, current):
    """The input order place of the path given that `article` came from: the file itself, the
    archive of a FILE#OFFSET record, or the folder it was found in (else the previous record's)."""
    if article in index_of:
        return index_of[article]
    path = article.rsplit("#", 1)[0]
    while path not in index_of and os.path.dirname(path) not in ("", path):
        path = os.path.dirname(path)
    return index_of.get(path, current if current is not None else -1)


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
        current = None
        for line_no, line in enumerate(done.stdout.decode("utf-8").splitlines()):
            record = json.loads(line)
            article = record["article"]
            file_index = input_index(article, index_of, current)
            current = file_index
            published = record.get("published") or ""
            yield (file_index, line_no, "article" if record.get("record") == "article" else "claim",
                   article, published[:10] if len(published) >= 10 else "unknown", line)
    return run


def run_report(binary, lines, args):
    """`claims report --claims -` on `lines`; its stdout."""
    done = subprocess.run([binary_path(binary), "report", "--claims", "-", "--no-progress"] + args,
                          input=("\n".join(lines) + "\n").encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"claims report failed ({done.returncode}): {done.stderr.decode(errors='replace')[:500]}")
    return done.stdout


def reduce_block(binary, plan, longest):
    """One block's report (JSON Lines and CSV) from its records, and the input-order keys of its claims."""
    def run(item):
        block, keyed = item
        keyed = sorted(keyed)
        keys = [key for key, line in keyed if not blocked_report.is_article(line)]
        lines = blocked_report.block_input([line for _, line in keyed], plan, longest)
        return block, keys, run_report(binary, lines, ["--format", "jsonl"]), run_report(binary, lines, ["--format", "csv"])
    return run


def main():
    parser = argparse.ArgumentParser(description="claims on Spark: extract on the executors, then report in blocks of whole stories.")
    parser.add_argument("--out", required=True, help="output folder (local)")
    parser.add_argument("--binary", default="claims", help="the claims binary (shipped with --files)")
    parser.add_argument("--partitions", type=int, default=0, help="map partitions (default: Spark's parallelism)")
    parser.add_argument("--block-records", type=int, default=200_000,
                        help="records (articles and claims) a reduce block holds at most; a bigger story is a block of its own")
    parser.add_argument("--html", metavar="TEXT", help="also write OUT/report.html for the stories matching TEXT")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("claims").getOrCreate()
    sc = spark.sparkContext
    if os.path.exists(args.binary) and os.path.basename(args.binary) not in os.listdir(SparkFiles.getRootDirectory()):
        sc.addFile(os.path.abspath(args.binary))
    sc.addPyFile(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blocked_report.py"))
    files = [os.path.abspath(f) if "://" not in f else f for f in args.files]
    partitions = args.partitions or sc.defaultParallelism
    # Contiguous slices keep each partition's files in input order.
    rows = sc.parallelize(list(enumerate(files)), min(partitions, len(files))) \
        .mapPartitions(map_partition(args.binary, 1))
    # The schema given: inferring it would run the map step once more on a sample.
    records = spark.createDataFrame(rows, RECORD_SCHEMA).cache()
    shutil.rmtree(args.out, ignore_errors=True)
    records.write.partitionBy("published_date").parquet(os.path.join(args.out, "records"))

    ordered = records.orderBy("file_index", "line_no").select("json").rdd.map(lambda r: r.json).collect()
    if len(ordered) <= args.block_records:
        # Everything fits one block: that block is the whole report, no plan needed.
        write_single(sc, args, ordered)
        finish(spark, records, files, args.out, "1 block (all records)")
        return
    # Plan: every record through one `claims report --format stories`: the story and source of each article.
    plan_text = sc.parallelize([ordered], 1).map(lambda lines: run_report(args.binary, lines, ["--format", "stories"])).collect()[0]
    plan = blocked_report.Plan(plan_text.decode("utf-8"))
    per_article = {r["article"]: r["count"] for r in records.groupBy("article").count().collect()}
    longest = {}
    for line in ordered:
        if blocked_report.is_article(line):
            record = json.loads(line)
            name = blocked_report.outlet_name(record.get("outlet"), record["article"])
            longest[name] = max(longest.get(name, 0), record.get("words", 0))
    del ordered
    block_of = plan.blocks(per_article, args.block_records)
    blocks = max(block_of.values(), default=-1) + 1
    block_of_article = sc.broadcast({a: block_of[s] for a, s in plan.story_of.items()})

    # Reduce: each block (whole stories) on an executor, then the blocks' reports joined.
    keyed = records.select("file_index", "line_no", "article", "json").rdd \
        .map(lambda r: (block_of_article.value[r.article], ((r.file_index, r.line_no), r.json)))
    outputs = keyed.groupByKey(max(1, blocks)).map(reduce_block(args.binary, plan, longest)).collect()
    union = blocked_report.Union(plan, block_of)
    header = b""
    for block, keys, jsonl, csv_text in sorted(outputs, key=lambda o: o[0]):
        header = csv_text.split(b"\r\n", 1)[0] + b"\r\n"
        union.add(block, keys, jsonl, csv_text)
    with open(os.path.join(args.out, "report.jsonl"), "wb") as fj, open(os.path.join(args.out, "report.csv"), "wb") as fc:
        union.write(fj, fc, header)
    if args.html:
        # One story's page: its block alone holds all of the story's records.
        wanted = [sid for sid in plan.order if args.html.lower() in plan.stories[sid].lower()]
        chosen = {block_of[sid] for sid in wanted}
        lines = keyed.filter(lambda kv: kv[0] in chosen).map(lambda kv: kv[1]).sortByKey().map(lambda kv: kv[1]).collect()
        html = run_report(args.binary, blocked_report.block_input(lines, plan, longest), ["--format", "html", "--story", args.html])
        with open(os.path.join(args.out, "report.html"), "wb") as f:
            f.write(html)
    spread = blocked_report.interleaved(block_of, plan)
    finish(spark, records, files, args.out,
           f"{len(plan.order)} stories in {blocks} blocks ({spread} blocks interleaved in input order)")


def write_single(sc, args, ordered):
    """The report of all records as one block (one `claims report` per format on an executor)."""
    formats = [["--format", "jsonl"], ["--format", "csv"]] + ([["--format", "html", "--story", args.html]] if args.html else [])
    lines = sc.broadcast(ordered)
    # One task per format: they run side by side on the cores there are.
    outputs = sc.parallelize(formats, len(formats)).map(lambda f: run_report(args.binary, lines.value, f)).collect()
    for fmt, data in zip(["jsonl", "csv", "html"], outputs):
        with open(os.path.join(args.out, f"report.{fmt}"), "wb") as f:
            f.write(data)


def finish(spark, records, files, out, blocks):
    counts = {r["kind"]: r["count"] for r in records.groupBy("kind").count().collect()}
    print(f"claims-spark: {counts.get('article', 0)} articles, {counts.get('claim', 0)} claims from {len(files)} files, "
          f"{blocks} -> {out}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
