"""`sitrep run`: read, clean, extract and store, with progress and a summary."""
from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .language import is_extracted
from .pipeline import RunSummary, Skipped, clean_and_extract, process, skip_current
from .records import Document, Failure, Warning_
from .store import Store


def _progress(console: Console | None, enabled: bool):
    if not enabled or console is None:
        return nullcontext(None)
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} documents"),
        TextColumn("{task.fields[claims]} claims"),
        TextColumn("{task.fields[failures]} failures"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


def run_inputs(
    inputs: list[str],
    db: str,
    *,
    max_doc_bytes: int = 20_000_000,
    console: Console | None = None,
    progress: bool = True,
    on_item: Callable[[object], None] | None = None,
    workers: int = 1,
    columns=None,
) -> RunSummary:
    """Run the whole pipeline over the inputs into the database; never raises for bad input
    (StoreError only when the database itself cannot be used)."""
    summary = RunSummary()
    c = summary.counts
    with Store(db) as store:
        store.start_run([str(i) for i in inputs])
        try:
            _run(store, inputs, summary, max_doc_bytes, console, progress, on_item, workers, columns)
        except BaseException:  # an exception or Ctrl-C: the row says so (kill -9: the next run does)
            try:
                store.finish_run(dict(c), status="interrupted")
            except Exception:  # the database itself failed: the first error is the one to show
                pass
            raise
        store.finish_run(dict(c))
    return summary


def _run(store, inputs, summary, max_doc_bytes, console, progress, on_item, workers, columns=None) -> None:
    from .ingest import ReadOptions, read_inputs

    items = read_inputs(inputs, ReadOptions(max_doc_bytes=max_doc_bytes, columns=columns))
    store_items(store, items, summary, console, progress, on_item, workers)
    link_stored(store, summary)


def store_items(store, items, summary: RunSummary, console=None, progress: bool = False, on_item=None,
                workers: int = 1) -> None:
    """Clean, extract and store the documents among ``items``, counting everything in ``summary``."""
    c = summary.counts
    pipeline = clean_and_extract(process(items, [skip_current(store)]), workers)
    with _progress(console, progress) as bar:
        task = bar.add_task("sitrep run", total=None, claims=0, failures=0) if bar else None
        for item in pipeline:
            if isinstance(item, Failure):
                c["failures"] += 1
                summary.failures.append(item)
            elif isinstance(item, Warning_):
                c["warnings"] += 1
                summary.warnings.append(item)
            elif isinstance(item, Skipped):
                c["documents read"] += 1
                c["unchanged"] += 1
            elif isinstance(item, Document):
                c["documents read"] += 1
                result = store.save(item)
                c[result.status] += 1
                c["claims stored"] += result.claims
                language = item.meta.get("language")
                if not is_extracted(language):
                    c["not in English (no claims)"] += 1
                    summary.other_languages.append((item.id, language))
            if on_item is not None and isinstance(item, (Failure, Warning_)):
                on_item(item)
            if bar is not None:
                bar.update(task, completed=c["documents read"], claims=c["claims stored"], failures=c["failures"])


def link_stored(store, summary: RunSummary) -> None:
    """Link what was stored: duplicates, claim clusters, contradictions (counted in ``summary``)."""
    from .link import link_pending, update_clusters

    c = summary.counts

    c["linked as duplicates"] += link_pending(store.engine)
    linked = update_clusters(store.engine)
    c["claim clusters updated"] += linked.clusters
    c["contradictions"] = linked.contradictions
