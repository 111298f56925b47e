"""Expanding input paths: files as given, directories recursively in sorted order."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Iterator

from sitrep.ingest.formats import has_known_extension
from sitrep.ingest.options import ReadOptions
from sitrep.ingest.streams import open_error_reason
from sitrep.records import Failure, Warning_, printable

NOT_UTF8 = "file name is not valid UTF-8 (rename it to read it)"


def _name_problem(path: Path) -> Failure | None:
    """A Failure for a path that cannot be stored or printed as text (not UTF-8), else None."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return Failure(printable(str(path)), NOT_UTF8)
    return None


def _check_file(path: Path) -> Failure | None:
    """None for a readable-looking regular file, else the Failure to report."""
    try:
        info = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Failure(str(path), "symlink loop")
        if path.is_symlink():
            return Failure(str(path), f"dangling symlink (target {os.readlink(path)!r} is missing)")
        return Failure(str(path), open_error_reason(exc))
    if not stat.S_ISREG(info.st_mode):
        return Failure(str(path), "not a regular file (device, socket or pipe)")
    return None


def _outside(path: Path, root: Path) -> bool:
    """True when the symlink ``path`` leads outside the input folder ``root`` (resolved)."""
    try:
        target = path.resolve(strict=False)
    except (OSError, RuntimeError):  # a loop: reported where it is read
        return False
    return not target.is_relative_to(root)


def _walk_dir(
    directory: Path, options: ReadOptions, seen: set[tuple[int, int]], root: Path | None = None
) -> Iterator[Path | Failure | Warning_]:
    """Inputs under ``directory``; a symlink that leads outside ``root`` (the folder named on
    the command line) is skipped with a warning, so a folder cannot smuggle in /etc/passwd."""
    root = root or directory.resolve()
    try:
        info = directory.stat()
        key = (info.st_dev, info.st_ino)
        if key in seen:
            yield Warning_(str(directory), "directory already read (symlink loop?); skipped")
            return
        seen.add(key)
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield Failure(str(directory), open_error_reason(exc))
        return
    skipped: dict[str, int] = {}
    for entry in entries:
        if entry.name.startswith(".") and not options.include_hidden:
            continue
        path = directory / entry.name
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        bad_name = _name_problem(path) if is_dir or has_known_extension(path) else None
        if bad_name:
            yield bad_name
        elif entry.is_symlink() and (is_dir or has_known_extension(path)) and _outside(path, root):
            yield Warning_(str(path), f"symlink to {os.readlink(path)!r}, outside the input folder; skipped")
        elif is_dir:
            yield from _walk_dir(path, options, seen, root)
        elif has_known_extension(path):
            problem = _check_file(path)
            yield problem if problem else path
        else:
            ext = path.suffix.lower()
            skipped[ext] = skipped.get(ext, 0) + 1
    if skipped:
        total = sum(skipped.values())
        kinds = ", ".join(sorted(skipped))
        yield Warning_(str(directory), f"skipped {total} file(s) that are not inputs ({kinds})")


def iter_input_files(
    paths: list[str | Path], options: ReadOptions
) -> Iterator[Path | str | Failure | Warning_]:
    """Each file to read (a Path), or a Failure/Warning_ for paths that cannot be read; a URL
    and ``-`` (standard input) are passed on as given (a str)."""
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        if isinstance(raw, str) and (raw == "-" or raw[:8].lower().startswith(("http://", "https://"))):
            yield raw
            continue
        path = Path(raw)
        bad_name = _name_problem(path)
        if bad_name:
            yield bad_name
        elif path.is_dir():
            found = False
            for item in _walk_dir(path, options, seen):
                found = found or not isinstance(item, Warning_)
                yield item
            if not found:
                yield Failure(str(raw), "no input files in this folder (nothing to read)")
        elif not os.path.lexists(path):
            yield Failure(str(raw), "no such file or directory")
        else:
            problem = _check_file(path)
            yield problem if problem else path
