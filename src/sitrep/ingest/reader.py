"""``read_inputs``: every input path to Documents, with Failures and Warnings instead of errors."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from sitrep.ingest import formats
from sitrep.ingest.feeds import read_feed
from sitrep.ingest.files import Item, read_html, read_text
from sitrep.ingest.jsonl import read_json, read_jsonl
from sitrep.ingest.options import ReadOptions, formats_config
from sitrep.ingest.sanitize import checked, shorten_id
from sitrep.ingest.streams import InputError, InputStream, open_error_reason
from sitrep.ingest.walk import iter_input_files
from sitrep.ingest.tables import read_delimited, read_parquet, read_url_list
from sitrep.ingest.urls import read_url
from sitrep.ingest.warc import read_warc
from sitrep.records import Document, Failure, Warning_

READERS: dict[str, Callable[..., Iterator[Item]]] = {
    formats.TEXT: read_text,
    formats.HTML: read_html,
    formats.JSONL: read_jsonl,
    formats.JSON: read_json,
    formats.WARC: read_warc,
    formats.FEED: read_feed,
    formats.CSV: read_delimited,
    formats.TSV: read_delimited,
    formats.PARQUET: read_parquet,
    formats.URLS: read_url_list,
}
SINGLE_DOCUMENT = (formats.TEXT, formats.HTML)


def read_file(path: str | Path, options: ReadOptions | None = None, source: str | None = None) -> Iterator[Item]:
    """Read one file (any format, compressed or not); never raises for bad input. ``source``
    names it in messages (default: the path)."""
    options = options or ReadOptions()
    source = source or str(path)
    try:
        stream = InputStream(path)
    except InputError as exc:
        yield Failure(source, str(exc))
        return
    except OSError as exc:
        yield Failure(source, open_error_reason(exc))
        return
    with stream:
        head = stream.peek(formats_config()["sniff_bytes"])
        if not head:
            after = f" (after {stream.compression} decompression)" if stream.compression else ""
            yield Failure(source, stream.error or f"empty file{after}")
            return
        fmt = formats.choose_format(path, head)
        # a WARC (by its signature) may carry binary payloads; anything else must be text
        if formats.sniff_format(head) not in (formats.WARC, formats.PARQUET) and formats.is_binary(head):
            yield Failure(source, "binary file, not text")
            return
        yield from READERS[fmt](stream, source, str(path), options)


def read_inputs(
    paths: Iterable[str | Path] | str | Path, options: ReadOptions | None = None
) -> Iterator[Document | Failure | Warning_]:
    """Documents from files and directories, lazily, in a deterministic order.

    Directories are read recursively in sorted order, skipping hidden entries and files
    that are not inputs by extension. Every problem is a Failure (not read) or a Warning_
    (read anyway) naming the input, and the run goes on with the rest.
    """
    options = options or ReadOptions()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    taken = _Taken()
    for item in iter_input_files(list(paths), options):
        if isinstance(item, str):
            produced_items = read_url(item, options) if item != "-" else read_stdin(options)
        elif not isinstance(item, Path):
            yield item
            continue
        else:
            produced_items = read_file(item, options)
        for produced in _checked(produced_items):
            if isinstance(produced, Document):
                warning, keep = taken.claim(produced)
                if warning is not None:
                    yield warning
                if not keep:
                    continue
                long_id = shorten_id(produced)
                if long_id is not None:
                    yield long_id
            yield produced


def read_stdin(options: ReadOptions) -> Iterator[Item]:
    """Standard input (``-``) as one input file named ``stdin`` (any format, sniffed)."""
    import shutil
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="sitrep-stdin-") as folder:
        path = Path(folder) / "stdin"
        with open(path, "wb") as fh:
            shutil.copyfileobj(sys.stdin.buffer, fh)
        yield from read_file(path, options, source="<stdin>")


class _Taken:
    """The ids handed out in one run. A second document with a taken id is either the same
    record again (same input hash: read once, with a warning) or another document, which gets
    a new id, deterministic for the same input, with a warning: never silently replaced."""

    def __init__(self) -> None:
        self.ids: dict[str, tuple[str, bytes]] = {}  # id -> (source, input hash digest)

    def claim(self, doc: Document) -> tuple[Warning_ | None, bool]:
        """(a warning or None, whether to keep ``doc``); ``doc.id`` is changed on a clash."""
        digest = bytes.fromhex(doc.input_hash)[:16]
        first = self.ids.setdefault(doc.id, (doc.source, digest))
        if first[0] == doc.source:
            return None, True
        if doc.meta.get("format") not in SINGLE_DOCUMENT and first[1] == digest:
            return Warning_(doc.source, f"repeats document {doc.id!r} of {first[0]} (same content); read once"), False
        new_id = self._unique_id(doc)
        self.ids[new_id] = (doc.source, digest)
        warning = Warning_(doc.source, f"document id {doc.id!r} is also the id of {first[0]}; stored as {new_id!r}")
        doc.id = new_id
        return warning, True

    def _unique_id(self, doc: Document) -> str:
        """A file whose name-derived id is taken gets its folder name in front ("y/report"),
        or else its whole path without extensions; a record of a JSONL, WARC or feed gets its
        place after an ``@`` ("7@in.jsonl:2"), or else its whole source. Deterministic, since
        folders are read sorted."""
        if doc.meta.get("format") in SINGLE_DOCUMENT:
            path = Path(doc.source)
            candidates = [f"{path.parent.name}/{doc.id}", str(path.parent / doc.id)]
        else:
            candidates = [f"{doc.id}@{Path(doc.source).name}", f"{doc.id}@{doc.source}"]
        for candidate in candidates:
            if candidate not in self.ids:
                return candidate
        n = 2
        while f"{candidates[-1]}~{n}" in self.ids:  # pragma: no cover - sources are unique
            n += 1
        return f"{candidates[-1]}~{n}"


def _checked(items: Iterable[Item]) -> Iterator[Item]:
    for item in items:
        if isinstance(item, Document):
            yield from checked(item)
        else:
            yield item
