"""`sitrep run`: read, clean, extract and store, with progress and a summary."""
from __future__ import annotations

import gc
import time
from collections.abc import Callable

from rich.console import Console

from .language import is_extracted
from .pipeline import Lookahead, RunSummary, Skipped, clean_and_extract, process, skip_current
from .progress import InputSizes, gazetteer_ready, link_with_progress, run_bar
from .records import Document, Failure, Warning_
from .store import PIPELINE_VERSION, Store


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

    sizes = InputSizes(inputs) if progress and console is not None else None
    if progress:
        gazetteer_ready(console)
    items = read_inputs(inputs, ReadOptions(max_doc_bytes=max_doc_bytes, columns=columns))
    store_items(store, items, summary, console, progress, on_item, workers, sizes)
    link_stored(store, summary, console, progress)


def store_items(store, items, summary: RunSummary, console=None, progress: bool = False, on_item=None,
                workers: int = 1, sizes: InputSizes | None = None) -> None:
    """Clean, extract and store the documents among ``items``, counting everything in ``summary``;
    with ``sizes``, the bar shows the share of the input bytes done and an ETA."""
    c = summary.counts
    lookahead = Lookahead()
    pipeline = clean_and_extract(process(items, [skip_current(store)]), workers, lookahead)
    total = sizes.total if sizes is not None else None
    unlinked = 0
    link_seconds = LINK_EVERY / 1000  # a guess at a pass's time, until one is measured
    with run_bar(console, progress, total) as bar:
        task = bar.add_task("reading", total=total, docs=0, claims=0, failures=0) if bar else None
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
                if item.signature is not None and result.status != "unchanged":
                    summary.signatures[item.id] = (f"{item.input_hash}:{PIPELINE_VERSION}", item.signature)
                unlinked += result.status != "unchanged"
                if unlinked >= LINK_EVERY:  # link as the run goes on: a killed run keeps what it linked
                    # the worker processes go on extracting while this one links (about as
                    # long as the pass before)
                    lookahead.keep_busy(1.5 * link_seconds + 0.5)  # a margin: passes grow with the database
                    started = time.monotonic()
                    link_stored(store, summary)
                    link_seconds = time.monotonic() - started
                    unlinked = 0
                language = item.meta.get("language")
                if not is_extracted(language):
                    c["not in English (no claims)"] += 1
                    summary.other_languages.append((item.id, language))
            if on_item is not None and isinstance(item, (Failure, Warning_)):
                on_item(item)
            if bar is not None:
                done = sizes.advance(item.source) if sizes is not None and isinstance(item, (Document, Skipped)) else None
                bar.update(task, docs=c["documents read"], claims=c["claims stored"], failures=c["failures"],
                           **({"completed": done} if done is not None else {}))
        if bar is not None and total:
            bar.update(task, completed=total)


#: Documents stored between two linking passes of a run (linking gives the same result
#: whatever the passes: clusters do not depend on how documents were split into them).
LINK_EVERY = 2000


def link_stored(store, summary: RunSummary, console: Console | None = None, progress: bool = False) -> None:
    """Link what was stored: duplicates, claim clusters, contradictions (counted in ``summary``)."""
    c = summary.counts
    known, summary.signatures = summary.signatures, {}
    # the cyclic garbage collector waits for the end of the pass: a pass keeps many objects
    # alive until it ends (rows, claims, regions), so the collector's full sweeps of this
    # process (the parser's model, the gazetteer) came often and cost about 7% of linking;
    # what little cyclic garbage a pass leaves is collected after it
    collecting = gc.isenabled()
    gc.disable()
    try:
        duplicates, linked = link_with_progress(store, console, progress, known)
    finally:
        if collecting:
            gc.enable()
    c["linked as duplicates"] += duplicates
    c["claim clusters updated"] += linked.clusters
    c["contradictions"] = linked.contradictions
