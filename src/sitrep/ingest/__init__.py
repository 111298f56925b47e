"""Readers: input files (text, HTML, JSON Lines, WARC, RSS/Atom, gzip of any) to Documents.

    from sitrep.ingest import read_inputs, ReadOptions
    for item in read_inputs(["examples/"], ReadOptions(max_doc_bytes=5_000_000)):
        ...  # a Document, or a Failure / Warning_ naming the input and the reason
"""
from sitrep.ingest.formats import doc_id_from_path
from sitrep.ingest.options import ReadOptions
from sitrep.ingest.reader import read_file, read_inputs

__all__ = ["ReadOptions", "doc_id_from_path", "read_file", "read_inputs"]
