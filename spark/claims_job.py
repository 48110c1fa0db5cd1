"""The claims pipeline on Apache Spark: the map step on the executors, the reduce step after it.

  spark-submit --master local[2] --files dist/claims spark/claims_job.py --out OUT FILE...

Map: the input files (WARC, HTML, text; paths every executor can read) are spread over
partitions; each partition pipes its paths through the `claims` binary shipped with the job
(`claims extract - --with-articles --format jsonl`, one process per partition). The claim and
article records are written as Parquet under OUT/records, partitioned by publication date
(`published_date`, the first ten characters of `published`, or `unknown`).

Reduce: a first pass (`claims report --format stories` on all records) says which story each
article is in; blocks are sets of whole stories (at most --block-records records each, see
blocked_report.py); each block runs one `claims report --claims - --format jsonl,csv` (both
formats from one grouping) on an executor, and the blocks' reports are joined into
OUT/report.jsonl and OUT/report.csv, byte-identical to one `claims report` on everything
(OUT/report.html with --html TEXT: the page of the stories matching TEXT).

In local mode, scripts/spark-local.sh runs this job with JVM options for a short job.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

from pyspark import SparkConf, SparkContext, SparkFiles
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


def map_partition(binary, jobs, parquet_folder=None):
    """The map step of one partition: its paths through `claims extract`, one row per record (in
    RECORD_SCHEMA's order). With `parquet_folder`, the task also writes its rows there as Parquet
    (pyarrow), so that no JVM row conversion or Spark SQL session is needed."""
    def run(partition, items):
        items = list(items)
        if not items:
            return iter(())
        rows = list(extract_rows(binary, jobs, items))
        if parquet_folder:
            write_parquet(rows, parquet_folder, partition)
        return iter(rows)
    return run


def extract_rows(binary, jobs, items):
    """`claims extract --with-articles` on the (input index, path) items: a row per record."""
    paths = "".join(path + "\n" for _, path in items)
    index_of = {path: index for index, path in items}
    done = subprocess.run([binary_path(binary), "extract", "-", "--with-articles", "--format", "jsonl",
                           "--no-progress", "--jobs", str(jobs)],
                          input=paths.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"claims extract failed ({done.returncode}): {done.stderr.decode(errors='replace')[:500]}")
    current = None
    for line_no, line in enumerate(done.stdout.decode("utf-8").splitlines()):
        is_article = blocked_report.is_article(line)
        head = blocked_report.head_fields(line, 6 if is_article else 3)
        article = head["article"]
        file_index = input_index(article, index_of, current)
        current = file_index
        published = head.get("published") or ""
        yield (file_index, line_no, "article" if is_article else "claim",
               article, published[:10] if len(published) >= 10 else "unknown", line)


def write_parquet(rows, folder, partition):
    """Rows as Parquet in Spark's layout for a table partitioned by published_date: one file per
    date and map partition, OUT/records/published_date=D/part-NNNNN.parquet (a retried task writes
    the same names again). `spark.read.parquet(OUT/records)` reads them back with the date column."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    by_date = {}
    for row in rows:
        by_date.setdefault(row[4], []).append(row)
    for date, part in sorted(by_date.items()):
        columns = {name: pa.array([row[i] for row in part], kind) for i, (name, kind) in enumerate(
            [("file_index", pa.int32()), ("line_no", pa.int32()), ("kind", pa.string()), ("article", pa.string())])}
        columns["json"] = pa.array([row[5] for row in part], pa.string())
        target = os.path.join(folder, f"published_date={date}")
        os.makedirs(target, exist_ok=True)
        pq.write_table(pa.table(columns), os.path.join(target, f"part-{partition:05d}.parquet"), compression="snappy")


def arrow_available():
    try:
        import pyarrow.parquet  # noqa: F401
        return True
    except ImportError:
        return False


def run_report(binary, lines, args):
    """`claims report --claims -` on `lines`; its stdout."""
    done = subprocess.run([binary_path(binary), "report", "--claims", "-", "--no-progress"] + args,
                          input=("\n".join(lines) + "\n").encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"claims report failed ({done.returncode}): {done.stderr.decode(errors='replace')[:500]}")
    return done.stdout


def run_report_formats(binary, lines, formats):
    """The report of `lines` in each of `formats` (their bytes, in order) from one `claims report`
    run: the records are read and grouped once, each format written to a file of its own."""
    with tempfile.TemporaryDirectory(prefix="claims-report-") as folder:
        paths = [os.path.join(folder, f"report-{n}") for n in range(len(formats))]
        run_report(binary, lines, ["--format", ",".join(formats)] + [a for p in paths for a in ("--output", p)])
        outputs = []
        for path in paths:
            with open(path, "rb") as f:
                outputs.append(f.read())
        return outputs


def reduce_block(binary, plan, longest):
    """One block's report (JSON Lines and CSV) from its records, and the input-order keys of its claims."""
    def run(item):
        block, keyed = item
        keyed = sorted(keyed)
        keys = [key for key, line in keyed if not blocked_report.is_article(line)]
        lines = blocked_report.block_input([line for _, line in keyed], plan, longest)
        return (block, keys, *run_report_formats(binary, lines, ["jsonl", "csv"]))
    return run


def main():
    parser = argparse.ArgumentParser(description="claims on Spark: extract on the executors, then report in blocks of whole stories.")
    parser.add_argument("--out", required=True, help="output folder (local)")
    parser.add_argument("--binary", default="claims", help="the claims binary (shipped with --files)")
    parser.add_argument("--partitions", type=int, default=0, help="map partitions (default: Spark's parallelism)")
    parser.add_argument("--block-records", type=int, default=200_000,
                        help="records (articles and claims) a reduce block holds at most; a bigger story is a block of its own")
    parser.add_argument("--html", metavar="TEXT", help="also write OUT/report.html for the stories matching TEXT")
    parser.add_argument("--parquet-writer", choices=["auto", "arrow", "spark"], default="auto",
                        help="who writes OUT/records: each map task with pyarrow (no Spark SQL session; the executors "
                             "need pyarrow, as pyspark[sql] brings), or Spark's DataFrame writer after the map; "
                             "auto: arrow when the driver has pyarrow")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    sc = SparkContext.getOrCreate(SparkConf().setAppName("claims"))
    if os.path.exists(args.binary) and os.path.basename(args.binary) not in os.listdir(SparkFiles.getRootDirectory()):
        sc.addFile(os.path.abspath(args.binary))
    sc.addPyFile(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blocked_report.py"))
    files = [os.path.abspath(f) if "://" not in f else f for f in args.files]
    partitions = args.partitions or sc.defaultParallelism
    records_folder = os.path.join(args.out, "records")
    shutil.rmtree(args.out, ignore_errors=True)
    by_arrow = args.parquet_writer == "arrow" or (args.parquet_writer == "auto" and arrow_available())
    # Contiguous slices keep each partition's files in input order. The rows come back to the
    # driver as the Python workers pickled them.
    rows = sc.parallelize(list(enumerate(files)), min(partitions, len(files))) \
        .mapPartitionsWithIndex(map_partition(args.binary, 1, records_folder if by_arrow else None))
    if by_arrow:
        # One job: each task extracts, writes its Parquet files and hands its rows back.
        collected = rows.collect()
        os.makedirs(records_folder, exist_ok=True)
        with open(os.path.join(records_folder, "_SUCCESS"), "w"):
            pass
    else:
        rows = rows.cache()
        spark = SparkSession.builder.getOrCreate()
        # The schema given: inferring it would run the map step once more on a sample; the rows are
        # made above in its shape, so they are not checked row by row again.
        spark.createDataFrame(rows, RECORD_SCHEMA, verifySchema=False) \
            .write.partitionBy("published_date").parquet(records_folder)
        collected = rows.collect()
        rows.unpersist()

    # Everything the reduce needs in one pass over the records, no Spark sort: partitions are
    # contiguous slices of the input, so the rows come nearly in order (sorted here to be sure).
    # Fields: file_index, line_no, kind, article, json (the date is for Parquet only).
    collected = [(r[0], r[1], r[2], r[3], r[5]) for r in collected]
    collected.sort(key=lambda r: (r[0], r[1]))
    ordered = [r[4] for r in collected]
    counts = {"article": sum(1 for r in collected if r[2] == "article")}
    counts["claim"] = len(collected) - counts["article"]
    if len(ordered) <= args.block_records:
        # Everything fits one block: that block is the whole report, no plan needed.
        write_single(sc, args, ordered)
        finish(sc, counts, files, args.out, "1 block (all records)")
        return
    # Plan: every record through one `claims report --format stories`: the story and source of each article.
    plan_text = sc.parallelize([ordered], 1).map(lambda lines: run_report(args.binary, lines, ["--format", "stories"])).collect()[0]
    plan = blocked_report.Plan(plan_text.decode("utf-8"))
    per_article, longest = {}, {}
    for r in collected:
        per_article[r[3]] = per_article.get(r[3], 0) + 1
        if r[2] == "article":
            record = json.loads(r[4])
            name = blocked_report.outlet_name(record.get("outlet"), record["article"])
            longest[name] = max(longest.get(name, 0), record.get("words", 0))
    block_of = plan.blocks(per_article, args.block_records)
    blocks = max(block_of.values(), default=-1) + 1
    # Reduce: each block (whole stories, its records in input order) on an executor, then the blocks'
    # reports joined. The driver holds every record already: blocks are cut here, no shuffle.
    block_lines = [[] for _ in range(max(1, blocks))]
    for r in collected:
        block_lines[block_of[plan.story_of[r[3]]]].append(((r[0], r[1]), r[4]))
    del collected, ordered
    work = [(block, lines) for block, lines in enumerate(block_lines) if lines]
    outputs = sc.parallelize(work, max(1, len(work))) \
        .map(reduce_block(args.binary, plan, longest)).collect()
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
        chosen = sorted({block_of[sid] for sid in wanted})
        lines = [line for _, line in sorted(kv for b in chosen for kv in block_lines[b])]
        html = run_report(args.binary, blocked_report.block_input(lines, plan, longest), ["--format", "html", "--story", args.html])
        with open(os.path.join(args.out, "report.html"), "wb") as f:
            f.write(html)
    spread = blocked_report.interleaved(block_of, plan)
    finish(sc, counts, files, args.out,
           f"{len(plan.order)} stories in {blocks} blocks ({spread} blocks interleaved in input order)")


def write_single(sc, args, ordered):
    """The report of all records as one block: JSON Lines and CSV from one `claims report` run on an
    executor (the page of --html, a report of its stories alone, from a second run beside it)."""
    tasks = [None] + ([args.html] if args.html else [])
    lines = sc.broadcast(ordered)

    def run(story):
        if story is None:
            return run_report_formats(args.binary, lines.value, ["jsonl", "csv"])
        return [run_report(args.binary, lines.value, ["--format", "html", "--story", story])]
    outputs = [data for part in sc.parallelize(tasks, len(tasks)).map(run).collect() for data in part]
    for fmt, data in zip(["jsonl", "csv", "html"], outputs):
        with open(os.path.join(args.out, f"report.{fmt}"), "wb") as f:
            f.write(data)


def finish(sc, counts, files, out, blocks):
    print(f"claims-spark: {counts.get('article', 0)} articles, {counts.get('claim', 0)} claims from {len(files)} files, "
          f"{blocks} -> {out}", file=sys.stderr)
    sc.stop()


if __name__ == "__main__":
    main()
