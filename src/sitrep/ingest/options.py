"""Options of the readers, and the format vocabulary loaded from ``data/input_formats.yaml``."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read.

    ``max_doc_bytes``: a document (a file, a JSONL line, a WARC payload, a feed file) larger
    than this is reported as a Failure instead of being read.
    ``include_hidden``: also read hidden files and directories (names starting with ".")
    when walking a directory.
    ``fallback_encoding``: encoding for text that is not UTF-8; None picks cp1252, or cp1251
    when the bytes look like a non-Latin script (see data/input_formats.yaml).
    ``max_text_chars``: of a plain-text file, only this many characters are read (cut at a
    line end), with a Warning_; the rest is skipped unread, so memory stays bounded. It is
    the cleaning step's own cap (``sitrep.clean.normalize.MAX_TEXT_CHARS``).
    """

    max_doc_bytes: int = 20_000_000
    include_hidden: bool = False
    fallback_encoding: str | None = None
    max_text_chars: int = 1_000_000
    #: How URLs are fetched (a ``sitrep.ingest.fetch.Fetcher``); None: a default one.
    fetcher: Any = None
    #: Which columns of a CSV, TSV or Parquet table hold what.
    columns: "TableColumns | None" = None

    def __post_init__(self) -> None:
        if isinstance(self.max_doc_bytes, bool) or not isinstance(self.max_doc_bytes, int):
            raise ValueError(f"max_doc_bytes must be an integer, got {self.max_doc_bytes!r}")
        if self.max_doc_bytes <= 0:
            raise ValueError(f"max_doc_bytes must be positive, got {self.max_doc_bytes}")
        if self.fallback_encoding is not None:
            import codecs

            try:
                codecs.lookup(self.fallback_encoding)
            except LookupError:
                raise ValueError(
                    f"fallback_encoding {self.fallback_encoding!r} is not an encoding Python knows"
                ) from None


@dataclass(frozen=True)
class TableColumns:
    """Column names of a table of articles; None picks the first of the usual names present
    (``text``, ``content``, ``body``, ...; ``url``, ``link``, ...). A row needs a text or a
    URL; a URL without text is fetched."""

    text: str | None = None
    url: str | None = None
    id: str | None = None
    date: str | None = None
    title: str | None = None


@functools.lru_cache(maxsize=1)
def formats_config() -> dict[str, Any]:
    """The parsed ``data/input_formats.yaml`` (loaded once per process)."""
    text = resources.files("sitrep").joinpath("data/input_formats.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _size(n: float, exact: bool) -> str:
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:g} {unit}" if exact else f"{n / scale:.1f} {unit}"
    return f"{int(n)} bytes"


def too_big_reason(size: int, limit: int, *, at_least: bool = False, what: str = "document") -> str:
    """The Failure reason for an input over the size limit.

    ``too_big_reason(50_000_000, 20_000_000)`` ->
    ``"document is 50.0 MB, over the 20 MB limit (--max-doc-mb)"``.
    """
    more = "more than " if at_least else ""
    return f"{what} is {more}{_size(size, False)}, over the {_size(limit, True)} limit (--max-doc-mb)"
