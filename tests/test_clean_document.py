"""clean_document / clean_step over Document records."""
import pickle
from pathlib import Path

import pytest

from sitrep.clean import clean_document, clean_step
from sitrep.records import Document

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def test_html_document_gets_text_removed_title_and_date():
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    doc = Document(id="a1", url="https://example.org/a1", html=html)
    out = clean_document(doc)
    assert out.text.startswith("Shelling cuts power") or "Artillery fire knocked out" in out.text
    assert out.title == "Shelling cuts power to river town of Dalmora"
    assert out.published == "2024-03-12T09:14:00+00:00"
    assert any(r.reason == "html_boilerplate" for r in out.removed)
    assert doc.text == "" and doc.removed == []  # the input record is left as it was


def test_title_and_date_already_given_are_kept():
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    out = clean_document(Document(id="a1", html=html, title="Given", published="2024-03-13"))
    assert (out.title, out.published) == ("Given", "2024-03-13")


def test_text_document_and_empty_document():
    raw = (FIXTURES / "full_page.txt").read_text(encoding="utf-8")
    out = clean_document(Document(id="t1", raw_text=raw))
    assert out.text.startswith("Artillery fire knocked out")
    assert out.removed
    empty = clean_document(Document(id="e1"))
    assert empty.text == "" and empty.removed == []


def test_clean_step_is_lazy_ordered_and_picklable():
    docs = [Document(id=str(n), raw_text=f"Line number {n} of a short report, said officials.")
            for n in range(3)]
    step = clean_step(iter(docs))
    assert [d.id for d in step] == ["0", "1", "2"]
    # steps travel to Spark workers: the functions and their results pickle
    assert pickle.loads(pickle.dumps(clean_document)) is clean_document
    cleaned = list(clean_step(docs))
    assert pickle.loads(pickle.dumps(cleaned))[0].text == cleaned[0].text


def test_wrong_record_type_is_a_clear_error():
    with pytest.raises(TypeError, match="clean_document expects a Document"):
        clean_document({"id": "x", "text": "hello"})
