"""Progress of `sitrep run`: a line for the one-time gazetteer build, a bar with a total and an
ETA over the input bytes (known up front for files), and a bar for linking."""
from __future__ import annotations

import os
import time
from contextlib import nullcontext
from pathlib import Path

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)


def gazetteer_ready(console: Console | None) -> None:
    """Build the place gazetteer now, with a line saying so, when it is not cached yet (the
    first run on a machine: about 15 s), instead of inside the first document's cleaning."""
    from .geo import Geocoder
    from .geo.cache import cache_dir, cache_path

    dumps = tuple(p for p in os.environ.get("SITREP_GEO_DUMPS", "").split(os.pathsep) if p.strip())
    if console is None or cache_path(dumps).exists():
        return
    console.print(f"building the place gazetteer from GeoNames (once; cached in {cache_dir()}) ...",
                  markup=False, highlight=False)
    started = time.monotonic()
    Geocoder.default().resolve("Kyiv")
    console.print(f"gazetteer ready in {time.monotonic() - started:.0f} s", markup=False, highlight=False)


class InputSizes:
    """The byte size of each input file, known before reading, and which file a document came
    from (its source is the path, or the path with ``:LINE`` or ``#...`` after it)."""

    def __init__(self, inputs: list[str]):
        from .ingest.options import ReadOptions
        from .ingest.walk import iter_input_files

        self.sizes: dict[str, int] = {}
        self.unknown = False  # a URL or standard input: no total
        for item in iter_input_files(list(inputs), ReadOptions()):
            if isinstance(item, Path):
                try:
                    self.sizes[str(item)] = item.stat().st_size
                except OSError:
                    pass
            elif isinstance(item, str):
                self.unknown = True
        self.total = None if self.unknown or not self.sizes else sum(self.sizes.values())
        self._current: str | None = None
        self.done = 0

    def file_of(self, source: str) -> str | None:
        for key in (source, source.rsplit(":", 1)[0], source.split("#", 1)[0]):
            if key in self.sizes:
                return key
        return None

    def advance(self, source: str) -> int:
        """Bytes completed once a document from ``source`` arrives: the files before it are done."""
        path = self.file_of(source)
        if path is not None and path != self._current:
            if self._current is not None:
                self.done += self.sizes[self._current]
            self._current = path
        return self.done


def run_bar(console: Console | None, enabled: bool, total: int | None):
    """The bar of a run: bytes read of the total (with an ETA), documents, claims, failures."""
    if not enabled or console is None:
        return nullcontext(None)
    columns = [SpinnerColumn(), TextColumn("{task.description}")]
    if total:
        columns += [BarColumn(), TaskProgressColumn(), TextColumn("ETA"), TimeRemainingColumn()]
    columns += [TextColumn("{task.fields[docs]} documents, {task.fields[claims]} claims, "
                           "{task.fields[failures]} failures"), TimeElapsedColumn()]
    return Progress(*columns, console=console, transient=False)


def link_with_progress(store, console: Console | None, enabled: bool, known=None) -> tuple[int, object]:
    """Duplicates (a bar over the documents to link), then claim clusters and contradictions
    (a line while they are updated); returns (documents linked as duplicates, UpdateResult).
    ``known``: signatures the run made beside cleaning (link.duplicates.Known)."""
    from .link import update_clusters
    from .link.duplicates import link_documents, pending

    if not enabled or console is None:
        from .link import link_pending

        return link_pending(store.engine, known), update_clusters(store.engine)
    from .store.locks import link_lock

    linked = 0
    with link_lock(store.engine), Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                           MofNCompleteColumn(), TimeRemainingColumn(), console=console,
                                           transient=False) as bar:  # one linker at a time
        todo = pending(store.engine)
        task = bar.add_task("linking duplicates", total=len(todo))
        for i in range(0, len(todo), 200):
            linked += link_documents(store.engine, todo[i:i + 200], known=known)
            bar.update(task, completed=min(len(todo), i + 200))
    with console.status("linking claims into clusters and finding contradictions ..."):
        result = update_clusters(store.engine)
    return linked, result
