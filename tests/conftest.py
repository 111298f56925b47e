"""Shared builders for tests: files written under tmp_path, gzip and WARC bytes."""
from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import Callable

import pytest


def gzip_bytes(data: bytes) -> bytes:
    """``data`` gzip-compressed with a fixed header (mtime 0)."""
    return gzip.compress(data, mtime=0)


def warc_bytes(records: list[tuple[str, str, bytes]], *, compress: bool = False,
               status: str = "200 OK") -> bytes:
    """A WARC of ``response`` records, each ``(uri, content_type, body)``."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for n, (uri, content_type, body) in enumerate(records, 1):
        http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        headers = {"WARC-Date": f"2023-04-0{n % 9 + 1}T08:00:00Z",
                   "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"}
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                           http_headers=http, warc_headers_dict=headers)
        writer.write_record(record)
    return buffer.getvalue()


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[..., Path]:
    """``write_file("a/b.txt", "text" or b"bytes", gz=False)`` -> the written path."""

    def write(name: str, content: str | bytes, *, gz: bool = False) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(gzip_bytes(data) if gz else data)
        return path

    return write


@pytest.fixture
def make_warc() -> Callable[..., bytes]:
    """The ``warc_bytes`` builder as a fixture."""
    return warc_bytes


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """An empty database on each backend: a SQLite file, then a fresh PostgreSQL database on
    the server named by SITREP_TEST_POSTGRES (see tests/backends.py)."""
    from backends import drop, new_database

    url = new_database(request.param, tmp_path)
    yield url
    drop(url)
