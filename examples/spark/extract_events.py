#!/usr/bin/env python3
"""Extract PLOVER events from a JSON Lines corpus with Spark, through `dyad extract`.

Each Spark task pipes its records, one JSON object per line, through a `dyad extract` process
(RDD.pipe): dyad answers every line with one line, in order -- the document with its events, or
the record's error -- so Spark needs no knowledge of dyad beyond that. The events are flattened
into a typed DataFrame and written as Parquet partitioned like `dyad export --format parquet`
(month=YYYY-MM/type=TYPE/).

usage: extract_events.py --input corpus.jsonl --out events/ [--dyad target/release/dyad]
                         [--master local[2]] [--partitions 4] [--summary summary.json]

The input records are dyad's JSONL records: {"id", "text" | "html", "url", "title", "source",
"published"}. The input can be anything Spark reads as text lines (a folder, a glob, HDFS, S3);
the dyad binary must be at the same path on every worker (or on the PATH).
"""
import argparse
import json
import os
import shlex
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql.types import (ArrayType, DoubleType, FloatType, IntegerType, LongType,
                               StringType, StructField, StructType)

# One row per event, typed; `month` and `type` become the partition folders.
EVENT_SCHEMA = StructType([
    StructField("doc_id", StringType(), True),
    StructField("doc_published", StringType(), True),
    StructField("language", StringType(), True),
    StructField("id", StringType(), False),
    StructField("type", StringType(), False),
    StructField("mode", StringType(), True),
    StructField("context", ArrayType(StringType(), False), False),
    StructField("source_entity", StringType(), True),
    StructField("source_name", StringType(), True),
    StructField("source_country", StringType(), True),
    StructField("source_sector", StringType(), True),
    StructField("target_entity", StringType(), True),
    StructField("target_name", StringType(), True),
    StructField("target_country", StringType(), True),
    StructField("target_sector", StringType(), True),
    StructField("date", StringType(), True),
    StructField("date_precision", StringType(), True),
    StructField("date_from", StringType(), True),
    StructField("location_name", StringType(), True),
    StructField("location_country", StringType(), True),
    StructField("lat", DoubleType(), True),
    StructField("lon", DoubleType(), True),
    StructField("aux", StringType(), True),
    StructField("quad", IntegerType(), False),
    StructField("confidence", FloatType(), False),
    StructField("sentence", StringType(), False),
    StructField("start", LongType(), False),
    StructField("end", LongType(), False),
    StructField("trigger_start", LongType(), False),
    StructField("trigger_end", LongType(), False),
    StructField("rule", StringType(), False),
    StructField("cameo", StringType(), True),
    StructField("month", StringType(), True),
])


def month_of(value):
    """The month of a date's first day, as `dyad export` partitions: 2021-09-29 and 2021-09 are
    2021-09, a year 2021 is 2021-01, a decade 1980s is 1980-01."""
    if not value:
        return None
    if len(value) >= 7 and value[4] == "-":
        return value[:7]
    return value[:4] + "-01"


def real(v):
    return None if v is None else float(v)


def side(s, key):
    return (s or {}).get(key)


def event_rows(doc):
    """The events of one extracted document, as tuples in EVENT_SCHEMA's order."""
    d = doc["doc"]
    published = (d.get("published") or {}).get("date")
    for e in doc["events"]:
        date = e.get("date") or {}
        loc = e.get("location") or {}
        yield (
            d.get("id"), published, d.get("language"),
            e["id"], e["type"], e.get("mode"), e.get("context") or [],
            side(e.get("source"), "entity"), side(e.get("source"), "name"),
            side(e.get("source"), "country"), side(e.get("source"), "sector"),
            side(e.get("target"), "entity"), side(e.get("target"), "name"),
            side(e.get("target"), "country"), side(e.get("target"), "sector"),
            date.get("value"), date.get("precision"), date.get("from"),
            loc.get("name"), loc.get("country"), real(loc.get("lat")), real(loc.get("lon")),
            e.get("aux"), e["quad"], float(e["confidence"]), e["sentence"],
            e["start"], e["end"], e["trigger"]["start"], e["trigger"]["end"],
            e["rule"], e.get("cameo"), month_of(date.get("value")),
        )


def parse(line):
    """One line of dyad's output: (1, the error or None, the document's event rows)."""
    doc = json.loads(line)
    if doc.get("error"):
        return (1, doc["error"], [])
    return (1, None, list(event_rows(doc)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", required=True, help="JSON Lines records (any path Spark reads)")
    ap.add_argument("--out", required=True, help="folder for the Parquet events (replaced)")
    ap.add_argument("--dyad", default="dyad", help="the dyad binary (default: on the PATH)")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=4,
                    help="Spark partitions: one dyad process each")
    ap.add_argument("--summary", help="write the counts and timings here as JSON")
    args = ap.parse_args()

    # The workers run this same Python.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    started = time.monotonic()
    builder = SparkSession.builder.master(args.master).appName("dyad-extract")
    if args.master.startswith("local"):
        # In local mode everything talks over loopback, not the machine's network address.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (builder.config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1"))
    spark = (builder
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", str(args.partitions))
             .getOrCreate())
    spark.sparkContext.setLogLevel("WARN")
    up = time.monotonic()

    lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
    dyad = shlex.join([os.path.abspath(args.dyad) if os.sep in args.dyad else args.dyad,
                       "extract", "--input-format", "jsonl"])
    # Spark runs one task per core; each dyad process then needs only one thread.
    # checkCode: a dyad that dies fails the task instead of silently losing its lines.
    extracted = lines.pipe(dyad, env={"RAYON_NUM_THREADS": "1"}, checkCode=True).map(parse)
    extracted.cache()
    lines_in = lines.count()
    lines_out = extracted.count()
    errors = extracted.filter(lambda r: r[1] is not None).map(lambda r: r[1]).take(20)
    n_errors = extracted.filter(lambda r: r[1] is not None).count()
    events = spark.createDataFrame(extracted.flatMap(lambda r: r[2]), EVENT_SCHEMA)
    events.write.mode("overwrite").partitionBy("month", "type").parquet(args.out)
    written = time.monotonic()
    parquet_events = spark.read.parquet(args.out).count()
    spark.stop()

    summary = {
        "lines_in": lines_in,
        "lines_out": lines_out,
        "errors": n_errors,
        "first_errors": errors,
        "parquet_events": parquet_events,
        "seconds_spark_start": round(up - started, 1),
        "seconds_extract_and_write": round(written - up, 1),
    }
    print(json.dumps(summary, indent=1))
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            json.dump(summary, f)
    if lines_out != lines_in:
        sys.exit(f"dyad answered {lines_out} lines for {lines_in}: not a clean filter")


if __name__ == "__main__":
    main()
