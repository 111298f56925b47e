"""`sitrep spark`: the whole job of `sitrep run` on Spark, written as Parquet datasets.

    files (driver lists them) -> read in tasks -> ids settled -> clean + extract (mapPartitions)
      -> MinHash bands grouped by band hash -> candidate pairs -> duplicate groups (driver)
      -> claims grouped by unit of blocks -> clusters, summaries, contradictions
      -> documents/ claims/ clusters/ contradictions/ (Parquet, partitioned by day)

Each document's outputs (its row, claim rows, MinHash signature and link records) are made
in the task that extracted it, and only those are kept. Nothing but small metadata reaches
the driver: the ids read more than once, the pairs of documents that share a band (candidate
copies, few) with their signatures, the distinct block keys, and the errors and warnings to
print. The claims and documents tables are written in jobs of their own, beside linking's.
"""
from __future__ import annotations

import os
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..ingest import ReadOptions
from ..records import Document, Failure, Warning_
from . import linking as L
from . import tables as T
from .ingest import id_records, list_inputs, read_partition, settle_clashes


class SparkJobError(Exception):
    """A job that cannot start or finish (bad --out, bad master, Spark failure), for the user."""


@dataclass
class SparkSummary:
    counts: Counter = field(default_factory=Counter)
    notes: list = field(default_factory=list)  # Failure and Warning_ items, in input order
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


def is_local(master: str) -> bool:
    return master == "local" or master.startswith("local[") or master.startswith("local-cluster[")


#: Where a Python worker starts spilling a grouping to disk. PySpark compares it with the
#: worker's whole memory, and a worker holds the parser and the gazetteer (about 550 MB): at
#: Spark's default (512m) every grouping spilled again and again, each spill a full garbage
#: collection of that heap (as much CPU as extraction itself on 2,000 documents).
PYTHON_WORKER_MEMORY = "2g"


def session(master: str, partitions: int | None, conf: dict[str, str] | None = None):
    """A SparkSession; on a local master its Python workers run this interpreter (no
    PYSPARK_PYTHON needed); on a cluster they run what the submitted environment provides."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkJobError("pyspark is not installed: pip install 'sitrep[spark]'") from None
    builder = (SparkSession.builder.master(master).appName("sitrep spark").config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.worker.memory", PYTHON_WORKER_MEMORY))
    if is_local(master):  # PySpark reads the workers' interpreter from the environment only
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"])
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(partitions))
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # the JVM's or the master's own message
        raise SparkJobError(f"cannot start Spark on master {master!r}: {str(exc).strip().splitlines()[0]}") from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def check_out(out: str) -> None:
    """A new or empty local folder; a Hadoop path (hdfs://, s3a://) is checked by Spark when it
    writes (a table folder already there stops the job)."""
    from .ingest import is_hadoop_path

    if is_hadoop_path(out):
        return
    path = Path(out)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise SparkJobError(f"--out {out!r}: already exists and is not an empty folder; give a new folder")
    if not path.parent.is_dir():
        raise SparkJobError(f"--out {out!r}: folder {str(path.parent)!r} does not exist")


def _process(items, lang: str):
    """Clean and extract every document of a partition with the steps of `sitrep run` (the
    same code path: ``clean_step`` then ``extract_batched``, so the sentences of several
    documents are parsed together in ``nlp.pipe`` batches). Extraction gives one item for each
    item it is given, in order, so each output keeps its input's key."""
    from collections import deque

    from ..pipeline import clean_step, extract_batched, process

    os.environ["SITREP_LANG"] = lang
    keys: deque = deque()

    def cleaned():
        for key, item in items:
            for out in clean_step([item]):
                keys.append(key)
                if isinstance(out, Document):  # only the text is kept from here on, and the hash of what was read
                    out.__dict__[T.READ_HASH] = out.input_hash
                    out.html = out.raw_text = None
                yield out

    for out in process(cleaned(), [extract_batched]):
        yield keys.popleft(), out


def _spark_type(name: str):
    from pyspark.sql import types

    return {"string": types.StringType(), "double": types.DoubleType(), "int64": types.LongType()}[name]


def _write(spark, rdd, table: str, out: str) -> None:
    from pyspark.sql import types

    schema = types.StructType([types.StructField(n, _spark_type(t), True) for n, t in T.columns(table)])
    spark.createDataFrame(rdd, schema, verifySchema=False).write.partitionBy(T.PARTITION).parquet(os.path.join(out, table))


def run_job(inputs: list[str], out: str, *, master: str = "local[*]", partitions: int | None = None,
            max_doc_bytes: int = 20_000_000, lang: str = "auto", conf: dict[str, str] | None = None,
            spark=None) -> SparkSummary:
    """Run the job; raises SparkJobError for what stops it (bad input only becomes notes)."""
    summary = SparkSummary()
    check_out(out)
    options = ReadOptions(max_doc_bytes=max_doc_bytes)
    files, hadoop, notes = list_inputs(inputs, options)
    summary.notes.extend(notes)
    own = spark is None
    spark = spark or session(master, partitions, conf)
    try:
        cores = spark.sparkContext.defaultParallelism
        parts = partitions or 4 * cores  # a few per core: no core waits for one long part
        # linking's groupings hold little data and each task costs its fixed share: one per core
        _job(spark, files, hadoop, out, options, parts, partitions or cores, lang, summary)
    except Exception as exc:
        if type(exc).__module__.startswith(("pyspark", "py4j")):  # Spark's own failure: its first line
            raise SparkJobError(f"the Spark job failed: {str(exc).strip().splitlines()[0]}") from None
        raise
    finally:
        if own:
            spark.stop()
    c = summary.counts
    c["failures"] += sum(isinstance(n, Failure) for n in summary.notes)
    c["warnings"] += sum(isinstance(n, Warning_) for n in summary.notes)
    return summary


def _files_rdd(sc, files: list[str], hadoop: list[str], parts: int):
    rdd = sc.parallelize([(i, path, None) for i, path in enumerate(files)], max(1, min(len(files), parts)))
    base = len(files)
    for path in hadoop:  # each Hadoop path (a file, folder or glob) numbered by its sorted file URIs
        more = (sc.binaryFiles(path).sortByKey().zipWithIndex()
                .map(lambda x, b=base: (b + x[1], x[0][0], x[0][1])))
        rdd = rdd.union(more)
        base += 10**9  # file numbers only order the files: the next path's come after all of these
    return rdd


class Out(NamedTuple):
    """What the job keeps of a processed document, computed once in the task that extracted
    it: its signature, its documents row, its claim rows and its claims' link records."""
    id: str
    published: str | None
    size: int  # distinct shingles (MinHash)
    signature: bytes
    row: tuple
    claims: list
    links: list

    def minhash(self) -> tuple[str, str | None, int, bytes]:
        """(id, published, size, signature): the record the linking functions compare."""
        return self.id, self.published, self.size, self.signature


def _outputs(processed):
    """_process's items, each Document replaced by its Out (failures and warnings kept as they are)."""
    for key, item in processed:
        if isinstance(item, Document):
            rows = L.claim_rows(item)
            _id, published, size, data = L.doc_signature(item)
            item = Out(item.id, published, size, data, T.document_row(item), [T.claim_row(s, r) for s, r in rows],
                       L.link_records(item, rows))
        yield key, item


def _tally(part):
    """One record per partition: its notes (failures, warnings), documents, claims and blocks."""
    notes, docs, claims, blocks = [], 0, 0, set()
    for key, item in part:
        if isinstance(item, Out):
            docs += 1
            claims += len(item.claims)
            blocks.update(block for block, _rec in item.links)
        else:
            notes.append((key, item))
    yield notes, docs, claims, blocks


def _duplicates(sc, docs, parts: int) -> dict[str, tuple[str, float]]:
    """{document: (canonical document, similarity)}: documents sharing a band are grouped in
    Spark; the pairs (few: copies share most bands, other documents almost none) and their
    documents' signatures come to the driver, which compares and groups them."""
    pairs = set(docs.flatMap(lambda o: L.band_keys(o.minhash())).groupByKey(parts)
                .flatMap(lambda kv: L.candidate_pairs(kv[1])).mapPartitions(lambda it: list(set(it))).collect())
    if not pairs:
        return {}
    wanted = sc.broadcast({d for pair in pairs for d in pair})
    sig = dict(docs.filter(lambda o: o.id in wanted.value).map(lambda o: (o.id, o.minhash())).collect())
    wanted.unpersist()
    canon_of = L.duplicate_groups(p for a, b in sorted(pairs) for p in L.duplicate_pair(sig[a], sig[b]))
    return {d: (canon, L.member_similarity(sig[d], sig[canon])) for d, canon in canon_of.items()}


def _job(spark, files, hadoop, out, options, parts: int, groups: int, lang: str, summary: SparkSummary) -> None:
    from pyspark import StorageLevel

    sc = spark.sparkContext
    if not files and not hadoop:
        for table in T.TABLES:
            _write(spark, sc.emptyRDD(), table, out)
        return
    files_rdd = _files_rdd(sc, files, hadoop, parts)
    clashes = (files_rdd.mapPartitions(lambda it: id_records(it, options)).groupByKey()
               .filter(lambda kv: len(kv[1]) > 1).flatMap(lambda kv: [(kv[0], r) for r in kv[1]]).collect())
    renames, clash_notes = settle_clashes(clashes)
    renamed = sc.broadcast(renames)
    items = (files_rdd.mapPartitions(lambda it: read_partition(it, options, renamed.value))
             .repartition(parts).mapPartitions(lambda it: _outputs(_process(it, lang)))
             .persist(StorageLevel.MEMORY_AND_DISK))
    tallies = items.mapPartitions(_tally).collect()
    notes = [n for t in tallies for n in t[0]] + clash_notes
    summary.notes.extend(item for _key, item in sorted(notes, key=lambda kv: kv[0]))
    _finish(spark, items, tallies, out, summary, groups)
    items.unpersist()


def _finish(spark, items, tallies: list, out: str, summary: SparkSummary, few: int) -> None:
    """Everything after extraction: duplicates, claim clusters, contradictions, the four tables;
    ``few``: partitions of each grouping and of each table's write."""
    sc = spark.sparkContext
    summary.counts["documents read"] = sum(t[1] for t in tallies)
    summary.counts["claims stored"] = sum(t[2] for t in tallies)
    docs = items.values().filter(lambda v: isinstance(v, Out))

    def rows():  # each write merges the cached partitions itself: fewer tasks, so fewer files per day
        return items.coalesce(few).values().filter(lambda v: isinstance(v, Out))

    # the claims need no linking, the documents only the duplicates: they are written in jobs of
    # their own beside linking's, so their tasks fill the cores linking's small stages leave idle
    with ThreadPoolExecutor(2) as beside:
        claims = beside.submit(_write, spark, rows().flatMap(lambda o: o.claims), "claims", out)
        dup = sc.broadcast(_duplicates(sc, docs, few))
        with_dup = rows().map(lambda o: T.with_duplicate(o.row, *dup.value.get(o.id, (None, None))))
        documents = beside.submit(_write, spark, with_dup, "documents", out)
        _link(spark, sc, docs, dup, tallies, few, out, summary)
        claims.result()
        documents.result()


def _link(spark, sc, docs, dup, tallies, few: int, out: str, summary: SparkSummary) -> None:
    """Claim clusters and contradictions, written; their counts into the summary."""
    from pyspark import StorageLevel

    units = sc.broadcast(L.block_units(set().union(*(t[3] for t in tallies))))
    links = docs.flatMap(lambda o: [(units.value[block], L.with_group(rec, dup.value.get(o.id, (None,))[0]))
                                    for block, rec in o.links])
    found = links.groupByKey(few).flatMap(lambda kv: L.cluster_unit(kv[1])).persist(StorageLevel.MEMORY_AND_DISK)
    clusters = found.filter(lambda t: t[0] == "cluster").map(lambda t: (t[1], (t[2], t[3])))
    _write(spark, clusters.values().map(lambda v: T.cluster_row(*v)), "clusters", out)

    near = found.filter(lambda t: t[0] == "pair").map(lambda t: ((t[1], t[2]), (0, t[3])))
    named = (clusters.flatMap(lambda kv: L.name_keys(kv[1][0])).groupByKey(few)
             .flatMap(lambda kv: L.namesake_pairs(kv[1])).map(lambda t: ((t[0], t[1]), (t[3], t[2]))))
    settled = near.union(named).map(L.pair_entry).reduceByKey(min, few).persist(StorageLevel.MEMORY_AND_DISK)
    sided = (settled.map(lambda kv: (kv[1][1], (kv[0], *kv[1][1:]))).join(clusters, few)  # (pid, a, b, kind, viewer)
             .map(lambda kv: (kv[1][0][2], (kv[1][0], kv[1][1]))).join(clusters, few)
             .map(lambda kv: L.contradiction_parts(kv[1][0][0], kv[1][0][1], kv[1][1])))
    _write(spark, sided.map(lambda p: T.contradiction_row(*p)), "contradictions", out)

    c = summary.counts
    c["linked as duplicates"] = len(dup.value)
    c["claim clusters"] = clusters.count()
    c["contradictions"] = settled.count()
    for rdd in (found, settled):
        rdd.unpersist()
