"""Opening an input: transparent decompression, streaming reads that never raise.

``InputStream`` reads chunk by chunk and records the first read error (a truncated gzip, an
I/O error) in ``error`` instead of raising, so a reader can yield what was complete and then
one Failure naming the reason.
"""
from __future__ import annotations

import bz2
import gzip
import lzma
import os
import zlib
from pathlib import Path

from sitrep.ingest.options import too_big_reason

CHUNK = 1 << 16

_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
)
_UNSUPPORTED = (
    (b"PK\x03\x04", "zip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!", "rar archive"),
    (b"\x28\xb5\x2f\xfd", "zstd stream"),
)


class InputError(Exception):
    """An input that cannot be opened; ``str()`` is the reason for the Failure."""


def open_error_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read ({exc.strerror or exc})"


def _read_error_reason(exc: BaseException, compression: str | None) -> str:
    if isinstance(exc, EOFError):
        return f"truncated {compression} (compressed stream ended before its end marker)"
    if isinstance(exc, (gzip.BadGzipFile, zlib.error, OSError, lzma.LZMAError)) and compression:
        if isinstance(exc, OSError) and exc.errno is not None:
            return f"read error ({exc.strerror})"
        return f"corrupt {compression} ({exc})"
    if isinstance(exc, OSError):
        return f"read error ({exc.strerror or exc})"
    return f"read error ({type(exc).__name__}: {exc})"


class InputStream:
    """A read-only binary stream over a file, decompressed if needed."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.error: str | None = None
        self._buf = bytearray()
        self._eof = False
        self.consumed = 0  # bytes handed out so far (decompressed)
        self._raw = open(path, "rb")  # noqa: SIM115 - closed in close()
        try:
            magic = self._raw.read(6)
            self._raw.seek(0)
            self.compression = next((n for m, n in _MAGIC if magic.startswith(m)), None)
            unsupported = next((n for m, n in _UNSUPPORTED if magic.startswith(m)), None)
            if unsupported:
                raise InputError(f"{unsupported}, not supported (unpack it first)")
            self.raw_size = os.fstat(self._raw.fileno()).st_size
        except BaseException:
            self._raw.close()
            raise
        opener = {"gzip": gzip.GzipFile, "bzip2": bz2.BZ2File, "xz": lzma.LZMAFile}
        self._src = opener[self.compression](fileobj=self._raw) if self.compression else self._raw

    # -- internal -------------------------------------------------------------------------
    def _fill(self, want: int) -> None:
        """Read chunks until the buffer holds ``want`` bytes or the input ends."""
        while len(self._buf) < want and not self._eof:
            try:
                chunk = self._src.read1(CHUNK) if self.compression else self._src.read(CHUNK)
            except (EOFError, OSError, zlib.error, lzma.LZMAError, ValueError) as exc:
                self.error = _read_error_reason(exc, self.compression)
                chunk = b""
            if not chunk:
                self._eof = True
            self._buf += chunk

    def _take(self, n: int) -> bytes:
        out = bytes(self._buf[:n])
        del self._buf[:n]
        self.consumed += len(out)
        return out

    # -- public ---------------------------------------------------------------------------
    def peek(self, n: int) -> bytes:
        """The next ``n`` bytes (fewer at the end), without consuming them."""
        self._fill(n)
        return bytes(self._buf[:n])

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            while not self._eof:
                self._fill(len(self._buf) + CHUNK)
            return self._take(len(self._buf))
        self._fill(n)
        return self._take(n)

    def readline(self, limit: int = -1) -> bytes:
        """One line with its newline; at most ``limit`` bytes when ``limit`` >= 0."""
        start = 0
        while True:
            end = self._buf.find(b"\n", start)
            if end >= 0:
                n = end + 1
                break
            if 0 <= limit <= len(self._buf) or self._eof:
                n = len(self._buf)
                break
            start = len(self._buf)
            self._fill(len(self._buf) + CHUNK)
        if 0 <= limit < n:
            n = limit
        return self._take(n)

    def skip_line(self) -> int:
        """Discard up to and including the next newline; returns the bytes skipped."""
        skipped = 0
        while True:
            part = self.readline(CHUNK)
            skipped += len(part)
            if not part or part.endswith(b"\n"):
                return skipped

    def drain(self, cap: int | None = None) -> tuple[int, bool]:
        """Discard the rest (up to ``cap`` bytes); returns (bytes skipped, reached the end)."""
        skipped = 0
        while cap is None or skipped < cap:
            part = self.read(CHUNK)
            if not part:
                return skipped, True
            skipped += len(part)
        return skipped, False

    def close(self) -> None:
        try:
            if self._src is not self._raw:
                self._src.close()
        finally:
            self._raw.close()

    def __enter__(self) -> "InputStream":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_whole(stream: InputStream, limit: int) -> tuple[bytes | None, str | None]:
    """All of a single-document input, or (None, reason) when it is over ``limit`` bytes.

    An uncompressed file is checked by its size before anything is read; a compressed one is
    read up to the limit and then only counted (up to 50 times the limit), never held whole.
    """
    if not stream.compression and stream.raw_size > limit:
        return None, too_big_reason(stream.raw_size, limit)
    data = stream.read(limit + 1)
    if len(data) <= limit:
        return data, None
    skipped, complete = stream.drain(cap=50 * limit)
    return None, too_big_reason(len(data) + skipped, limit, at_least=not complete)
