"""Huge documents: memory bounded before the expensive steps, and a `warning:` line naming the
document and what was cut."""
from __future__ import annotations

import gzip
import json
import tracemalloc

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.ingest import ReadOptions, read_inputs
from sitrep.link import update_clusters
from sitrep.pipeline import clean_step, text_parts
from sitrep.records import Claim, Document, Evidence, Place, Warning_
from sitrep.store import Store

runner = CliRunner()
LINE = "Residents described hearing several loud explosions shortly before dawn in the town.\n"


def peak_mb(fn):
    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def test_huge_text_file_is_read_only_up_to_the_cap_with_a_warning(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(LINE * (30_000_000 // len(LINE)))  # 30 MB
    options = ReadOptions(max_doc_bytes=100_000_000)
    items, peak = peak_mb(lambda: list(read_inputs([path], options)))
    (warning, doc) = items
    assert isinstance(warning, Warning_) and warning.source == str(path)
    assert "30.0 MB" in warning.message and "first" in warning.message and "cut" in warning.message
    assert isinstance(doc, Document) and len(doc.raw_text) <= options.max_text_chars
    assert doc.raw_text.endswith("\n")
    assert peak < 40, f"{peak:.0f} MB held to read a 30 MB file"


def test_huge_gzip_text_is_cut_the_same_way(tmp_path):
    path = tmp_path / "huge.txt.gz"
    path.write_bytes(gzip.compress((LINE * (8_000_000 // len(LINE))).encode(), mtime=0))
    items = list(read_inputs([path], ReadOptions(max_doc_bytes=100_000_000)))
    assert [type(i).__name__ for i in items] == ["Warning_", "Document"]
    assert "cut" in items[0].message


def test_gzip_over_the_document_limit_is_still_refused(tmp_path):
    path = tmp_path / "huge.txt.gz"
    path.write_bytes(gzip.compress((LINE * (8_000_000 // len(LINE))).encode(), mtime=0))
    (item,) = list(read_inputs([path], ReadOptions(max_doc_bytes=5_000_000)))
    assert "over the 5 MB limit" in item.reason


def test_text_cut_by_cleaning_gets_a_warning_naming_the_document(tmp_path):
    doc = Document(id="long", source="in.jsonl:3", raw_text=LINE * (1_500_000 // len(LINE)))
    warning, cleaned = list(clean_step([doc]))
    assert isinstance(warning, Warning_) and warning.source == "in.jsonl:3"
    assert "'long'" in warning.message and "dropped" in warning.message
    assert len(cleaned.text) <= 1_000_000


def test_cli_prints_the_warning_line_for_a_cut_document(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "long", "text": LINE * (1_100_000 // len(LINE))}) + "\n")
    res = runner.invoke(app, ["clean", "--jsonl", str(src)])
    assert res.exit_code == 0
    assert "warning" in res.stderr and "'long'" in res.stderr


def test_text_parts_cover_the_text_and_cut_at_line_ends():
    text = LINE * 10_000
    parts = list(text_parts(text, 100_000))
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 100_000 and p.endswith("\n") for _, p in parts)
    assert [o for o, _ in parts] == [sum(len(p) for _, p in parts[:i]) for i in range(len(parts))]


def test_linking_many_claims_of_one_huge_document_does_not_copy_its_text(tmp_path):
    text = "x" * 2_000_000
    doc = Document(id="big", source="big.txt", raw_text=text, text=text)
    for i in range(200):
        doc.claims.append(Claim(claim_id=f"c{i}", doc_id="big", category="materiel_lost", value=float(i + 1),
                                evidence=Evidence(text=f"{i + 1} tanks were destroyed.", start=i, end=i + 1),
                                item="tank", place=Place("Izium", 49.21, 37.25, "UA", 706524, "settlement")))
    with Store(str(tmp_path / "s.db")) as store:
        store.save(doc)
        result, peak = peak_mb(lambda: update_clusters(store.engine))
    assert result.claims == 200
    assert peak < 60, f"{peak:.0f} MB held to link 200 claims of a 2 MB document"


def test_huge_single_line_utf8_text_is_cut_without_splitting_a_character(tmp_path):
    path = tmp_path / "one-line.txt"
    path.write_text("Обстріл міста тривав усю ніч. " * 200_000, encoding="utf-8")  # no newline, 2-byte letters
    items = list(read_inputs([path], ReadOptions(max_doc_bytes=100_000_000, max_text_chars=100_000)))
    assert [type(i).__name__ for i in items] == ["Warning_", "Document"]  # no "not UTF-8" warning
    assert len(items[1].raw_text) == 100_000 and items[1].meta["encoding"] == "utf-8"
