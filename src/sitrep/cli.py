"""The `sitrep` command line: clean, run, export, geocode."""
from __future__ import annotations

import json
import os
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import List, Optional

import typer
import typer.core
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .choices import CATEGORIES, ChoiceError, check
from .records import Document, Failure, Warning_

# typer prints an argument's Python type beside its name ("INPUT <list[str]>"); our help names
# every value in words (its metavar and help), so that type display is turned off.
if hasattr(typer.core, "TyperArgument"):
    typer.core.TyperArgument.display_type_rich = lambda self, ctx: None

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals would print a database URL with its password
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help: option values are named in words (metavar), never as Python types
    help="sitrep: turn raw conflict news into clean, geocoded, source-attributed claims.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
DEFAULT_DB = "sitrep.db"


def _report(item) -> None:
    if isinstance(item, Failure):
        err.print(f"[red]error[/red]: {item.source}: {item.reason}", markup=True, soft_wrap=True)
    elif isinstance(item, Warning_):
        err.print(f"[yellow]warning[/yellow]: {item.source}: {item.message}", markup=True, soft_wrap=True)


def _read(inputs: List[str], max_doc_mb: float, columns=None):
    from .ingest import ReadOptions, read_inputs

    return read_inputs(inputs, ReadOptions(max_doc_bytes=int(max_doc_mb * 1_000_000), columns=columns))


INPUTS_HELP = ("Files, folders or http(s) URLs to read (text, HTML, JSON Lines, WARC, RSS/Atom, CSV, TSV, "
               "Parquet, GDELT exports, .urls lists, gzip of any); - reads standard input.")
TEXT_COLUMN = typer.Option(None, "--text-column", metavar="NAME", help="Tables: the column with the article text (default: the first of text, content, body, article, ...).")
URL_COLUMN = typer.Option(None, "--url-column", metavar="NAME", help="Tables: the column with the article URL, fetched when a row has no text (default: url, link, ...).")
ID_COLUMN = typer.Option(None, "--id-column", metavar="NAME", help="Tables: the column with the document id (default: id, doc_id, ...; else the URL, else FILE:ROW).")
DATE_COLUMN = typer.Option(None, "--date-column", metavar="NAME", help="Tables: the column with the publication date (default: published, date, ...).")


def _columns(text, url, id_, date):
    from .ingest.options import TableColumns

    return TableColumns(text=text, url=url, id=id_, date=date)


def _warn_languages(docs: list[tuple[str, str]], shown: int = 20) -> None:
    """One warning line listing the documents stored without claims for their language."""
    if not docs:
        return
    listed = ", ".join(f"{doc_id} ({lang})" for doc_id, lang in docs[:shown])
    more = f" and {len(docs) - shown} more" if len(docs) > shown else ""
    err.print(f"[yellow]warning[/yellow]: {len(docs)} document(s) not in English were stored without claims "
              f"(sitrep reads English only; --lang en reads every document as English): {listed}{more}",
              markup=True, soft_wrap=True)


LANG = typer.Option("auto", "--lang", metavar="auto|en",
                    help="auto (the default): detect each document's language; claims are extracted from English "
                         "documents only (the vocabularies and the parser are English), others are stored, counted "
                         "and listed with a warning. en: read every document as English.")


def _set_lang(lang: str) -> None:
    from .language import MODES

    if lang not in MODES:
        err.print(f"[red]error[/red]: --lang {lang!r}: choose one of {', '.join(MODES)}", markup=True)
        raise typer.Exit(2)
    os.environ["SITREP_LANG"] = lang  # read by the cleaning step, also in worker processes


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """sitrep reads news (text, HTML, JSON Lines, WARC, RSS/Atom, gzip of any, folders),
    cleans it, extracts claims and stores them in a database you can export."""


def at_least(low: float):
    """A callback refusing values under ``low``, in words."""
    def check(value):
        if value is not None and value < low:
            raise typer.BadParameter(f"{value:g} is too small: give at least {low:g}")
        return value
    return check


def _port(value: int) -> int:
    if not 1 <= value <= 65535:
        raise typer.BadParameter(f"{value} is not a port: give 1 to 65535")
    return value


DB_HELP = "SQLite file path or any SQLAlchemy URL (postgresql+psycopg://...)."
MAX_DOC = typer.Option(20.0, "--max-doc-mb", metavar="MB", callback=at_least(0.001), help="Skip (with an error line) any single document larger than this many MB.")


@app.command()
def clean(
    inputs: List[str] = typer.Argument(..., help=INPUTS_HELP, metavar="INPUT"),
    jsonl: bool = typer.Option(False, "--jsonl", help='One JSON object per document: {"id", "text", "removed": [{"text", "reason"}]}.'),
    report: bool = typer.Option(False, "--report", help="Also print what was removed and why (on stderr)."),
    max_doc_mb: float = MAX_DOC,
    text_column: Optional[str] = TEXT_COLUMN,
    url_column: Optional[str] = URL_COLUMN,
    id_column: Optional[str] = ID_COLUMN,
    date_column: Optional[str] = DATE_COLUMN,
) -> None:
    """Print the cleaned article text of the inputs (to stdout).

    Without --jsonl, one document prints as plain text; several are each preceded by a
    '==> id <==' line. With --report, a table of removals by reason goes to stderr.
    """
    from .pipeline import clean_step

    failed = 0
    docs: list[Document] = []
    reasons: Counter = Counter()
    out = sys.stdout
    columns = _columns(text_column, url_column, id_column, date_column)
    for item in clean_step(_read(inputs, max_doc_mb, columns)):
        if not isinstance(item, Document):
            _report(item)
            failed += isinstance(item, Failure)
            continue
        for r in item.removed:
            reasons[r.reason] += 1
        if jsonl:
            out.write(json.dumps({"id": item.id, "text": item.text, "removed": [r.to_dict() for r in item.removed]}, ensure_ascii=False) + "\n")
        else:
            docs.append(item)
            if len(docs) > 1:
                if len(docs) == 2:
                    out.write(f"==> {docs[0].id} <==\n{docs[0].text}\n\n")
                out.write(f"==> {item.id} <==\n{item.text}\n\n")
        if report:
            for r in item.removed:
                excerpt = r.text if len(r.text) <= 100 else r.text[:97] + "..."
                err.print(f"[dim]{item.id}[/dim] removed ({r.reason}): {excerpt!r}", markup=True, soft_wrap=True)
    if not jsonl and len(docs) == 1:
        out.write(docs[0].text + "\n")
    if report and reasons:
        table = Table(title="removed, by reason")
        table.add_column("reason")
        table.add_column("pieces", justify="right")
        for reason, n in reasons.most_common():
            table.add_row(reason, str(n))
        err.print(table)
    out.flush()
    if failed:
        raise typer.Exit(1)


@app.command()
def run(
    inputs: List[str] = typer.Argument(..., help=INPUTS_HELP, metavar="INPUT"),
    db: str = typer.Option(DEFAULT_DB, "--db", metavar="PATH_OR_URL", help=DB_HELP),
    max_doc_mb: float = MAX_DOC,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    workers: int = typer.Option(0, "--workers", "-w", metavar="N", callback=at_least(0),
                                help="Processes for cleaning and extraction (0, the default: one per CPU core). "
                                     "The output is the same for any number."),
    text_column: Optional[str] = TEXT_COLUMN,
    url_column: Optional[str] = URL_COLUMN,
    id_column: Optional[str] = ID_COLUMN,
    date_column: Optional[str] = DATE_COLUMN,
    lang: str = LANG,
) -> None:
    """Ingest, clean, extract claims and store them in the database.

    Re-running on the same input adds nothing; a run that was killed is completed by running
    it again. Prints one line per bad input and a summary table; exits 1 if any input failed.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from . import runner
    from .store import StoreError, display_url
    from .store.db import database_error

    _set_lang(lang)
    try:  # `kill`: stop like Ctrl-C, so the run's row is closed as interrupted
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    except (AttributeError, ValueError):  # no SIGTERM here, or not the main thread
        pass
    try:
        summary = runner.run_inputs(inputs, db, max_doc_bytes=int(max_doc_mb * 1_000_000), console=err,
                                    progress=not quiet, on_item=_report, workers=workers or os.cpu_count() or 1,
                                    columns=_columns(text_column, url_column, id_column, date_column))
    except StoreError as exc:
        err.print(f"[red]error[/red]: {exc}", markup=True, soft_wrap=True)
        raise typer.Exit(2)
    except SQLAlchemyError as exc:
        err.print(f"[red]error[/red]: {database_error(exc, db)}", markup=False, soft_wrap=True)
        raise typer.Exit(2)
    print_summary(f"sitrep run -> {display_url(db)}", summary,
                  ("documents read", "new", "updated", "unchanged", "not in English (no claims)", "claims stored",
                   "linked as duplicates", "claim clusters updated", "contradictions", "warnings", "failures"),
                  "stored", summary.other_languages)


def print_summary(title: str, summary, keys, kept: str, languages=None) -> None:
    """A run's counts as a table; exit 1 when any input failed (the rest were ``kept``)."""
    table = Table(title=title)
    table.add_column("what")
    table.add_column("count", justify="right")
    for key in keys:
        table.add_row(key, str(summary.counts.get(key, 0)))
    table.add_row("seconds", f"{summary.elapsed:.1f}")
    Console().print(table)
    _warn_languages(languages or [])
    if summary.counts.get("failures"):
        err.print(f"[red]{summary.counts['failures']} input(s) failed[/red]; the rest were {kept}.", markup=True)
        raise typer.Exit(1)


@app.command()
def export(
    table: str = typer.Argument(..., metavar="TABLE", help="What to export: documents, claims, clusters, contradictions or events."),
    db: str = typer.Option(DEFAULT_DB, "--db", metavar="PATH_OR_URL", help=DB_HELP),
    fmt: str = typer.Option("jsonl", "--format", "-f", metavar="FORMAT", help="jsonl, csv, parquet, or geojson (claims with coordinates)."),
    out: Optional[str] = typer.Option(None, "--out", "-o", metavar="FILE", help="Output file (default: standard output; required for parquet)."),
    schema: Optional[str] = typer.Option(None, "--schema", metavar="SCHEMA", help="For `events`: acled (default) or ucdp."),
    since: Optional[str] = typer.Option(None, "--since", metavar="DATE", help="Claims: only those dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)."),
    until: Optional[str] = typer.Option(None, "--until", metavar="DATE", help="Claims: only those dated on or before this day."),
    place: Optional[str] = typer.Option(None, "--place", metavar="NAME", help="Claims: only those at this place (its name; with --radius-km, within that distance of it)."),
    radius_km: Optional[float] = typer.Option(None, "--radius-km", metavar="KM", help="Claims: with --place, the distance from the place in kilometres."),
    category: Optional[str] = typer.Option(None, "--category", metavar="CATEGORY", help="Claims: only this category: " + ", ".join(CATEGORIES) + "."),
    claimant: Optional[str] = typer.Option(None, "--claimant", metavar="TEXT", help="Claims: only those whose claimant contains this text (any case)."),
    claimant_side: Optional[str] = typer.Option(None, "--side", metavar="SIDE", help="Claims: only those whose claimant is of this side (ukraine, russia, other, ...)."),
    min_precision: Optional[str] = typer.Option(None, "--min-precision", metavar="PRECISION", help="Claims: only places at least this precise: point, settlement, region or country."),
) -> None:
    """Export documents, claims, clusters, contradictions or events as jsonl, csv, parquet or geojson.

    `export events --schema acled|ucdp`: one row per incident in ACLED's or UCDP GED's layout.

    JSON Lines keeps the spec's nested record; CSV and Parquet flatten place and evidence into
    place_* and evidence_* columns; GeoJSON holds the claims that have coordinates.
    """
    from .export import ExportError, export as do_export
    from .export_filters import ClaimFilter, FilterError
    from .store import Store, StoreError

    try:
        wanted = ClaimFilter(since, until, place, radius_km, category, claimant, claimant_side, min_precision)
    except FilterError as exc:
        err.print(f"[red]error[/red]: {exc}", markup=True, soft_wrap=True)
        raise typer.Exit(2)
    if wanted.active and table != "claims":
        err.print("[red]error[/red]: the filters (--since, --place, --category, ...) apply to `export claims` only",
                  markup=True, soft_wrap=True)
        raise typer.Exit(2)

    if "://" not in db and not Path(db).exists():
        err.print(f"[red]error[/red]: database {db!r} does not exist (run `sitrep run` first)", markup=True)
        raise typer.Exit(2)
    try:
        with Store(db) as store:
            n = do_export(store, table, fmt, out, schema, keep=wanted.keep if wanted.active else None)
    except (ExportError, StoreError) as exc:
        err.print(f"[red]error[/red]: {exc}", markup=True, soft_wrap=True)
        raise typer.Exit(2)
    if out not in (None, "-"):
        err.print(f"wrote {n} {table} to {out}")


@app.command()
def contradictions(
    db: str = typer.Option(DEFAULT_DB, "--db", metavar="PATH_OR_URL", help=DB_HELP),
    category: Optional[str] = typer.Option(None, "--category", metavar="CATEGORY", help="Only this category: " + ", ".join(CATEGORIES) + "."),
    limit: int = typer.Option(100, "--limit", metavar="N", callback=at_least(1), help="Show at most this many rows."),
) -> None:
    """Print figures from different claimants that cannot both be true.

    Same category, subject, place and time window; each row shows both claimants and sources.
    """
    from .link.commands import print_contradictions

    _valid("--category", category, CATEGORIES)
    _with_links(db, lambda engine: print_contradictions(engine, Console(), category, limit))


@app.command()
def tally(
    category: str = typer.Option(..., "--category", metavar="CATEGORY", help="A category with running totals (materiel_lost, killed, ...)."),
    item: Optional[str] = typer.Option(None, "--item", metavar="ITEM", help="For materiel_lost: tank, aircraft, ..."),
    side: Optional[str] = typer.Option(None, "--claimant-side", metavar="SIDE", help="Only claimants of this side (ukraine, russia, other, ...: the sides the database holds)."),
    db: str = typer.Option(DEFAULT_DB, "--db", metavar="PATH_OR_URL", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", "-f", metavar="FORMAT", help="table, jsonl or csv."),
) -> None:
    """Running totals (cumulative claims) per claimant over time, ready to plot.

    Columns: date, value, claimant, claimant_side, doc_id, evidence; a figure repeated by many
    outlets is one point.
    """
    from .choices import claimant_sides
    from .link.commands import print_tally

    _valid("--category", category, CATEGORIES)

    def action(engine):
        check("--claimant-side", side, claimant_sides(engine), " (the sides of the claims in this database)")
        print_tally(engine, Console(), category, item, side, fmt)

    _with_links(db, action)


def _valid(option: str, value, valid) -> None:
    try:
        check(option, value, valid)
    except ChoiceError as exc:
        err.print(f"[red]error[/red]: {exc}", markup=True, soft_wrap=True)
        raise typer.Exit(2)


def _with_links(db: str, action) -> None:
    """Open the database, bring claim links up to date, run the action; errors exit with 2."""
    from sqlalchemy.exc import SQLAlchemyError

    from .link.clusters import refresh
    from .link.tally import TallyError
    from .store import Store, StoreError, display_url

    if "://" not in db and not Path(db).exists():
        err.print(f"[red]error[/red]: database {db!r} does not exist (run `sitrep run` first)", markup=True)
        raise typer.Exit(2)
    try:
        with Store(db) as store:
            refresh(store.engine)
            action(store.engine)
    except (StoreError, TallyError, ChoiceError) as exc:
        err.print(f"[red]error[/red]: {exc}", markup=True, soft_wrap=True)
        raise typer.Exit(2)
    except SQLAlchemyError as exc:
        err.print(f"[red]error[/red]: database {display_url(db)!r}: {type(exc).__name__}", markup=True, soft_wrap=True)
        raise typer.Exit(2)


@app.command()
def geocode(
    query: str = typer.Argument(..., metavar="QUERY", help='A place name ("Kozarovychi, Kyiv Oblast"), or - to read one query per line from stdin.'),
) -> None:
    """Resolve place names to coordinates: one JSON object per query (nulls when not found)."""
    from .geo import GeoDataError, Geocoder

    try:
        gc = Geocoder.default()
    except GeoDataError as exc:
        err.print(f"[red]error[/red]: {exc}", markup=True)
        raise typer.Exit(2)
    queries = (line.rstrip("\r\n") for line in sys.stdin) if query == "-" else [query]
    for q in queries:
        try:
            result = gc.resolve(q)
        except Exception as exc:  # a malformed query gets a null answer and a reason
            err.print(f"[yellow]warning[/yellow]: query {q[:80]!r}: {exc}", markup=True)
            result = None
        sys.stdout.write(json.dumps(gc.to_json(q, result), ensure_ascii=False) + "\n")
    sys.stdout.flush()


@app.command()
def serve(
    db: str = typer.Option(DEFAULT_DB, "--db", metavar="PATH_OR_URL", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", metavar="ADDRESS", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, "--port", metavar="PORT", callback=_port, help="Port to listen on (1 to 65535)."),
    tiles: Optional[str] = typer.Option(None, "--tiles", metavar="URL_TEMPLATE", help="Optional raster tile URL template "
                                        "(https://host/{z}/{x}/{y}.png) drawn under the bundled basemap."),
) -> None:
    """Serve the web page at / (map, timeline, claims, contradictions, tallies) and a read-only
    JSON API under /api/ (docs at /docs); everything works with no internet.
    """
    import uvicorn

    from .serve import create_app
    from .store import StoreError

    if "://" not in db and not Path(db).exists():
        err.print(f"[red]error[/red]: database {db!r} does not exist (run `sitrep run` first)", markup=True)
        raise typer.Exit(2)
    if tiles is not None and not (tiles.startswith(("http://", "https://")) and "{z}" in tiles):
        err.print(f"[red]error[/red]: --tiles {tiles!r}: write an http(s) URL with {{z}}, {{x}} and {{y}}", markup=False)
        raise typer.Exit(2)
    from sqlalchemy.exc import SQLAlchemyError

    from .store import display_url

    try:
        api = create_app(db, tile_url=tiles)
    except StoreError as exc:
        err.print(f"[red]error[/red]: {exc}", markup=True, soft_wrap=True)
        raise typer.Exit(2)
    except SQLAlchemyError as exc:  # tables it cannot read (not a sitrep database, an older one)
        err.print(f"[red]error[/red]: database {display_url(db)!r}: {type(exc).__name__}", markup=True, soft_wrap=True)
        raise typer.Exit(2)
    uvicorn.run(api, host=host, port=port, log_level="info")


from . import cli_show, cli_spark, cli_watch  # noqa: E402,F401 - register `sitrep show`, `spark`, `load`, `watch`

if __name__ == "__main__":  # `python -m sitrep.cli`: the module's own app, with every command registered
    from sitrep.cli import app as _app

    _app()
