"""`sitrep spark INPUT... --out DIR` and `sitrep load DIR --db URL`."""
from __future__ import annotations

from typing import List, Optional

import typer

from .cli import DB_HELP, DEFAULT_DB, LANG, MAX_DOC, _report, _set_lang, app, at_least, err, print_summary


@app.command()
def spark(
    inputs: List[str] = typer.Argument(..., metavar="INPUT",
                                       help="Files or folders, local or any Hadoop path Spark reads (hdfs://, s3a://, file://); "
                                            "the formats of `sitrep run`."),
    out: str = typer.Option(..., "--out", metavar="DIR", help="A new folder for the Parquet datasets."),
    master: str = typer.Option("local[*]", "--master", metavar="URL", help="Spark master: local[N], spark://host:7077, yarn, k8s://..."),
    partitions: Optional[int] = typer.Option(None, "--partitions", metavar="N", callback=lambda v: at_least(1)(v) if v is not None else v,
                                             help="Partitions of the documents (default: 4 per core of the master) and of each grouping (default: 1 per core)."),
    conf: List[str] = typer.Option([], "--conf", metavar="KEY=VALUE",
                                   help="A Spark setting, e.g. spark.archives=sitrep-env.tar.gz#env (repeatable)."),
    max_doc_mb: float = MAX_DOC,
    lang: str = LANG,
) -> None:
    """Run the job of `sitrep run` on Spark: the same documents, claims, duplicate groups,
    clusters and contradictions, written as Parquet datasets documents/, claims/, clusters/
    and contradictions/ in DIR (partitioned by day). `sitrep load` puts them in a database."""
    from .spark.job import SparkJobError, run_job

    _set_lang(lang)
    settings = {}
    for item in conf:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            err.print(f"error: --conf {item!r}: give KEY=VALUE (e.g. spark.executor.memory=4g)", markup=False)
            raise typer.Exit(2)
        settings[key.strip()] = value
    try:
        summary = run_job(inputs, out, master=master, partitions=partitions, conf=settings,
                          max_doc_bytes=int(max_doc_mb * 1_000_000), lang=lang)
    except SparkJobError as exc:
        err.print(f"[red]error[/red]: {exc}", markup=True, soft_wrap=True)
        raise typer.Exit(2)
    for note in summary.notes:
        _report(note)
    print_summary(f"sitrep spark -> {out}", summary,
                  ("documents read", "claims stored", "linked as duplicates", "claim clusters", "contradictions",
                   "warnings", "failures"), "written")


@app.command()
def load(
    folder: str = typer.Argument(..., metavar="DIR", help="The --out folder of `sitrep spark`."),
    db: str = typer.Option(DEFAULT_DB, "--db", metavar="PATH_OR_URL", help=DB_HELP),
) -> None:
    """Load the output of `sitrep spark` into a database (SQLite, or PostgreSQL with COPY), so
    serve, tally, contradictions and export work on it. Nothing stored is ever replaced: a
    document already in the database stops the load, and a failed load writes nothing."""
    from sqlalchemy.exc import SQLAlchemyError

    from .load import LoadError, load as do_load
    from .store import StoreError, display_url
    from .store.db import database_error

    try:
        counts = do_load(folder, db)
    except (LoadError, StoreError) as exc:
        err.print(f"error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(2)
    except SQLAlchemyError as exc:
        err.print(f"error: {database_error(exc, db)}; nothing was loaded", markup=False, soft_wrap=True)
        raise typer.Exit(2)
    shown = ", ".join(f"{n} {what}" for what, n in counts.items())
    err.print(f"loaded {shown} into {display_url(db)}", markup=False, highlight=False)
