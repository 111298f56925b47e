"""Bytes to text: byte-order mark, declared charset, UTF-8, then a fallback with a warning."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from sitrep.ingest.formats import bom_encoding
from sitrep.ingest.options import formats_config

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)


@dataclass
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # a message for a Warning_, when the text was not clean UTF-8


def normalise_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label (WHATWG aliases applied), or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = formats_config()["charset_aliases"].get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def html_declared_charset(head: bytes) -> str | None:
    """The charset a ``<meta charset>`` or ``<meta http-equiv content=...>`` declares."""
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def content_type_charset(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header value."""
    match = _CT_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _latin1_for_undefined(err: UnicodeError) -> tuple[str, int]:
    """Decode error handler: bytes the codec leaves undefined become their Latin-1 character."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("sitrep-latin1", _latin1_for_undefined)


def _fallback_encoding(data: bytes, chosen: str | None) -> str:
    if chosen:
        return chosen
    cfg = formats_config()
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    letters = ascii_letters + high
    if letters >= cfg["non_latin_min_letters"] and high / letters >= cfg["non_latin_share"]:
        return cfg["non_latin_fallback"]
    return cfg["text_fallback"]


def decode_bytes(data: bytes, declared: str | None = None, fallback: str | None = None) -> Decoded:
    """Decode ``data``: BOM, then UTF-8, then the ``declared`` charset, then a fallback.

    Valid UTF-8 wins over a declared charset: pages often declare Latin-1 but are UTF-8, and
    non-ASCII text in a legacy encoding is almost never valid UTF-8 by chance.

    The fallback (``fallback`` or one picked from the bytes: cp1252, or cp1251 when most
    letters are non-ASCII) never fails: bytes it leaves undefined are decoded as Latin-1.
    """
    bom = bom_encoding(data)
    if bom:
        try:
            return Decoded(data.decode(bom), bom)
        except UnicodeDecodeError:
            text = data.decode(bom, errors="replace")
            return Decoded(text, bom, f"invalid {bom} after its byte-order mark, bad bytes replaced")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    notes = ["not UTF-8"]
    codec = normalise_charset(declared)
    if declared and not codec:
        notes.append(f"unknown charset {declared!r} declared")
    if codec and codec != "utf-8":
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            notes.append(f"not valid {codec} as declared")
    enc = _fallback_encoding(data, fallback)
    text = data.decode(enc, errors="sitrep-latin1")
    return Decoded(text, enc, ", ".join(notes) + f", decoded as {enc}")
