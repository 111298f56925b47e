"""Readers for JSON Lines (one document per line) and JSON files (one object or a list)."""
from __future__ import annotations

import io
import json
from typing import Any, Iterator

from sitrep.ingest.decoding import decode_bytes
from sitrep.ingest.files import Item, html_document
from sitrep.ingest.formats import doc_id_from_path
from sitrep.ingest.html_meta import normalize_published
from sitrep.ingest.options import ReadOptions, too_big_reason
from sitrep.ingest.streams import InputStream, read_whole
from sitrep.records import Document, Failure, Warning_

#: Deepest nesting of arrays and objects accepted in one document (a document needs 2; deeper
#: values would only be carried in ``meta``, and Python's recursion limit is near 1,000).
MAX_DEPTH = 100
FIELDS = ("id", "url", "title", "published", "text", "html")
_TYPE_NAMES = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
               int: "a number", float: "a number", type(None): "null"}


def _type_name(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """True when brackets outside strings nest deeper than ``limit`` (checked before parsing,
    so a hostile line costs one linear scan, never a RecursionError)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def parse_json(text: str) -> tuple[Any, str | None]:
    """(value, None), or (None, the Failure reason) for invalid or too deeply nested JSON."""
    if _too_deep(text):
        return None, f"invalid JSON (arrays or objects nested more than {MAX_DEPTH} deep)"
    try:
        return json.loads(text), None
    except RecursionError:  # pragma: no cover - the scan above comes first
        return None, f"invalid JSON (arrays or objects nested more than {MAX_DEPTH} deep)"
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            return None, "Extra data"
        return None, f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
    except ValueError as exc:
        return None, f"invalid JSON ({exc})"


def document_from_object(
    obj: Any, source: str, default_id: str, meta: dict
) -> list[Item]:
    """The Document (after any Warning_) for one spec-format object, or one Failure."""
    if not isinstance(obj, dict):
        return [Failure(source, f"not a JSON object ({_type_name(obj)})")]
    for key in ("text", "html", "url", "title", "published"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return [Failure(source, f'field "{key}" must be a string, got {_type_name(obj[key])}')]
    text, markup = obj.get("text") or None, obj.get("html") or None
    if not (text and text.strip()) and not (markup and markup.strip()):
        present = [k for k in ("text", "html") if k in obj]
        why = f"{' and '.join(present)} empty" if present else 'no "text" or "html" field'
        return [Failure(source, f"document has no text ({why})")]
    doc_id = obj.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, type(None))):
        return [Failure(source, f'field "id" must be a string or an integer, got {_type_name(doc_id)}')]
    doc_id = str(doc_id).strip() if doc_id is not None else ""
    items: list[Item] = []
    extra = {k: v for k, v in obj.items() if k not in FIELDS}
    meta = {**meta, **({"fields": extra} if extra else {})}
    published = (obj.get("published") or "").strip() or None
    if published and not (iso := normalize_published(published)):
        items.append(Warning_(source, f"published {published!r} is not a date; ignored"))
        meta["published_raw"] = published
        published = None
    elif published:
        published = iso
    fields = dict(url=obj.get("url") or None, title=obj.get("title") or None, published=published)
    if markup:
        doc = html_document(doc_id or default_id, source, markup, meta, **fields)
        doc.raw_text = text
    else:
        doc = Document(id=doc_id or default_id, source=source, raw_text=text, meta=meta, **fields)
    return items + [doc]


def read_jsonl(stream: Any, source: str, path: str, options: ReadOptions) -> Iterator[Item]:
    """One Document per line; a bad line gives a Failure naming ``path:LINE`` and the rest go on.

    Lines are read one at a time (at most ``max_doc_bytes`` held); blank lines are skipped.
    """
    stem, limit, line_no = doc_id_from_path(path), options.max_doc_bytes, 0
    meta = {"format": "jsonl"}
    if getattr(stream, "compression", None):
        meta["compression"] = stream.compression
    while True:
        line = stream.readline(limit + 1)
        if not line:
            break
        line_no += 1
        where = f"{source}:{line_no}"
        if not line.endswith(b"\n") and getattr(stream, "error", None):
            line_no -= 1
            break  # the last, incomplete line of a truncated input
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line) + stream.skip_line()
            yield Failure(where, too_big_reason(size, limit))
            continue
        if line_no == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        decoded = decode_bytes(line, fallback=options.fallback_encoding)
        if decoded.note:
            yield Warning_(where, decoded.note)
        text = decoded.text.rstrip("\r\n")
        if _too_deep(text):
            yield Failure(where, f"invalid JSON (arrays or objects nested more than {MAX_DEPTH} deep)")
            continue
        try:
            obj = json.loads(text)
        except ValueError as exc:
            msg = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else exc
            yield Failure(where, f"invalid JSON ({msg})")
            continue
        yield from document_from_object(obj, where, f"{stem}:{line_no}", {**meta, "line": line_no})
    if getattr(stream, "error", None):
        yield Failure(source, f"{stream.error}; read {line_no} complete lines")


def read_json(stream: InputStream, source: str, path: str, options: ReadOptions) -> Iterator[Item]:
    """A ``.json`` file: one document object, or a list of them (``path#item-N``)."""
    data, too_big = read_whole(stream, options.max_doc_bytes)
    if stream.error or too_big:
        hint = "; use JSON Lines for large collections" if too_big else ""
        yield Failure(source, (stream.error or too_big.replace("document", "JSON file")) + hint)
        return
    decoded = decode_bytes(data, fallback=options.fallback_encoding)
    if decoded.note:
        yield Warning_(source, decoded.note)
    obj, problem = parse_json(decoded.text)
    if problem == "Extra data":  # several objects: it is JSON Lines after all
        buffer = io.BytesIO(decoded.text.encode("utf-8", "surrogatepass"))
        yield from read_jsonl(buffer, source, path, options)
        return
    if problem:
        yield Failure(source, problem)
        return
    stem, meta = doc_id_from_path(path), {"format": "json"}
    if isinstance(obj, list):
        if not obj:
            yield Failure(source, "JSON list is empty")
        for n, item in enumerate(obj, 1):
            yield from document_from_object(item, f"{source}#item-{n}", f"{stem}:{n}", meta)
    else:
        yield from document_from_object(obj, source, stem, meta)
