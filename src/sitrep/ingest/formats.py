"""Which reader an input needs: from its name (extension) and from its first bytes."""
from __future__ import annotations

import codecs
import re
from pathlib import Path, PurePath

from sitrep.ingest.options import formats_config

TEXT, HTML, JSONL, JSON, WARC, FEED = "text", "html", "jsonl", "json", "warc", "feed"
CSV, TSV, PARQUET, URLS = "csv", "tsv", "parquet", "urls"
#: Formats that a name or the content can select.
FORMATS = (TEXT, HTML, JSONL, JSON, WARC, FEED, CSV, TSV, PARQUET, URLS)

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_LETTERS_ONLY = re.compile(r"\.[A-Za-z]{1,6}$")
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>/]")
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html[\s>])", re.I)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>)", re.I)
_MARKUP_START = re.compile(rb"<(?:!--|!doctype|[a-z][a-z0-9]*[\s>/])", re.I)
_JSON_OBJECT = re.compile(rb'\{\s*["}]')
_JSON_LIST = re.compile(rb'\[\s*[{\]]')
_HTML_TAGS = re.compile(rb"<(?:div|p|span|article|section|a|br|table|h[1-6]|script|style)[\s>/]", re.I)


def _suffix_map() -> dict[str, str]:
    cfg = formats_config()
    return {ext: fmt for fmt, exts in cfg["extensions"].items() for ext in exts}


def split_compression(name: str) -> tuple[str, str | None]:
    """``"a.html.gz"`` -> ``("a.html", ".gz")``; names without a compression suffix unchanged."""
    lower = name.lower()
    for suffix in formats_config()["compression_suffixes"]:
        if lower.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix
    return name, None


def format_from_name(path: str | PurePath) -> str | None:
    """The format an extension names (``x.warc.gz`` -> ``"warc"``), or None if unknown."""
    base, _ = split_compression(PurePath(path).name)
    suffix = PurePath(base).suffix.lower()
    return _suffix_map().get(suffix) if suffix else None


def has_known_extension(path: str | PurePath) -> bool:
    """True if the name has an input extension, or no extension at all (directory walking)."""
    base, compressed = split_compression(PurePath(path).name)
    suffix = PurePath(base).suffix
    if not suffix:
        return compressed is not None or bool(formats_config()["directory_takes_extensionless"])
    return suffix.lower() in _suffix_map()


def doc_id_from_path(path: str | PurePath) -> str:
    """The document id for a file: its name without extensions.

    ``"abc.html.gz"`` -> ``"abc"``, ``"x/y/report.txt"`` -> ``"report"``. Compression
    suffixes and then one alphabetic extension are removed, so ``"report.v2.txt"`` keeps
    ``"report.v2"`` and ``"2022.03.05"`` stays whole.
    """
    name = PurePath(str(path)).name
    if not name:
        raise ValueError(f"cannot make a document id from {str(path)!r}: it has no file name")
    base, _ = split_compression(name)
    match = _LETTERS_ONLY.search(base)
    if match and match.start() > 0:
        base = base[: match.start()]
    return base


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` names, or None."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    return None


def is_binary(head: bytes) -> bool:
    """True if the first bytes look like a binary file rather than text."""
    if not head or bom_encoding(head) in ("utf-16", "utf-32"):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > formats_config()["binary_control_share"]


def _ascii_head(head: bytes) -> bytes:
    """The sniff window as ASCII-compatible bytes, without BOM and leading whitespace."""
    encoding = bom_encoding(head)
    if encoding in ("utf-16", "utf-32"):
        head = head.decode(encoding, errors="ignore").encode("utf-8", errors="ignore")
    elif encoding:
        head = head[len(codecs.BOM_UTF8):]
    return head.lstrip()


def sniff_format(head: bytes) -> str | None:
    """The format the first bytes prove, or None when they carry no signature."""
    if head.startswith(b"PAR1"):
        return PARQUET
    head = _ascii_head(head)
    if head.startswith((b"WARC/1.", b"WARC/0.", b"filedesc://")):
        return WARC
    if head.startswith(b"<?xml") or head.startswith(b"<!--") or head.startswith(b"<"):
        feed, page = _FEED_ROOT.search(head), _HTML_ROOT.search(head)
        if feed and (not page or feed.start() < page.start()):
            return FEED
        if _HTML_START.search(head) or (
            _MARKUP_START.match(head) and len(_HTML_TAGS.findall(head)) >= 2
        ):
            return HTML
        return None
    if _JSON_OBJECT.match(head):
        return JSONL
    if _JSON_LIST.match(head):
        return JSON
    return None


def choose_format(path: str | Path, head: bytes) -> str:
    """Content signature first, then the extension, then plain text."""
    sniffed = sniff_format(head)
    named = format_from_name(path)
    if sniffed == JSONL and named == JSON:
        return JSON  # a .json file may hold one (pretty-printed) object
    return sniffed or named or TEXT
