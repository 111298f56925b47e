"""Reader for WARC (and ARC) web archives: one Document per HTML response record."""
from __future__ import annotations

import logging
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator

from sitrep.ingest.decoding import content_type_charset
from sitrep.ingest.files import Item, decode_html, html_document
from sitrep.ingest.formats import doc_id_from_path
from sitrep.ingest.options import ReadOptions, formats_config, too_big_reason
from sitrep.ingest.streams import CHUNK, InputStream
from sitrep.records import Failure, Warning_

log = logging.getLogger(__name__)


def _drain(stream) -> None:
    while stream.read(CHUNK):
        pass


def _is_html_response(record) -> bool:
    cfg = formats_config()
    if record.rec_type not in cfg["warc_record_types"]:
        return False
    headers = record.http_headers
    if headers is not None:
        status = headers.get_statuscode() or ""
        if record.rec_type == "response" and not status.startswith("2"):
            return False
        content_type = headers.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    media = (content_type or "").split(";")[0].strip().lower()
    return media in cfg["warc_html_types"]


def read_warc(stream: InputStream, source: str, path: str, options: ReadOptions) -> Iterator[Item]:
    """HTML response records -> Documents (id and url = WARC-Target-URI, source ``path#record-N``).

    Other records are skipped silently (counted in the log). A WARC cut mid-record yields the
    complete records, then one Failure "truncated WARC after record N".
    """
    limit, stem = options.max_doc_bytes, doc_id_from_path(path)
    number = complete = html_count = skipped = 0
    problem = None
    try:
        records = ArchiveIterator(stream, arc2warc=True)
        for record in records:
            number += 1
            where = f"{source}#record-{number}"
            uri = record.rec_headers.get_header("WARC-Target-URI")
            label = f"{where} {uri}" if uri else where
            item: Item | None = None
            warning = None
            if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
                problem = f"truncated WARC after record {complete}"  # header block cut short
                break
            if not _is_html_response(record):
                skipped += 1
            elif record.length is not None and record.length > limit:
                item = Failure(label, too_big_reason(record.length, limit))
            else:
                payload = record.content_stream().read(limit + 1)
                if len(payload) > limit:
                    item = Failure(label, too_big_reason(len(payload), limit, at_least=True))
                elif not payload.strip():
                    item = Failure(label, "empty HTML payload")
                else:
                    headers = record.http_headers
                    charset = content_type_charset(headers.get_header("Content-Type")) if headers else None
                    decoded = decode_html(payload, charset, options)
                    warning = Warning_(label, decoded.note) if decoded.note else None
                    meta = {"format": "warc", "encoding": decoded.encoding, "warc_record": number}
                    if record.rec_headers.get_header("WARC-Date"):
                        meta["crawled"] = record.rec_headers.get_header("WARC-Date")
                    item = html_document(uri or f"{stem}#record-{number}", where, decoded.text, meta, url=uri)
            _drain(record.raw_stream)
            if getattr(record.raw_stream, "limit", 0) > 0:
                problem = f"truncated WARC after record {complete}"
                break
            complete = number
            if warning:
                yield warning
            if item is not None:
                html_count += not isinstance(item, Failure)
                yield item
        if not problem and (getattr(records, "next_line", None) or b"").strip():
            problem = f"truncated WARC after record {complete}"  # a record start, then the end
    except Exception as exc:  # warcio raises many kinds on damaged input
        at_end = stream.peek(1) == b""
        problem = (
            f"truncated WARC after record {complete}" if at_end
            else f"invalid WARC after record {complete} ({type(exc).__name__}: {exc})"
        )
    if stream.error:
        problem = f"{stream.error}; {problem or f'truncated WARC after record {complete}'}"
    if number == 0 and not problem:
        problem = "truncated WARC after record 0"
    log.info("%s: %d HTML documents, %d other records skipped", source, html_count, skipped)
    if problem:
        yield Failure(source, problem)
