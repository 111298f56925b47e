"""Language: documents not in English are stored with their language, without claims, and
listed in the run's summary, so "nothing happened" is never confused with "not read"."""
import json
import re

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.language import detect
from sitrep.store import Store

runner = CliRunner()
# written for this test: the same kind of report in four languages
TEXTS = {
    "report-en": "Regional officials said three civilians were killed when shells hit a market in Kharkiv on Tuesday.",
    "report-uk": "Обласна влада повідомила, що у вівторок троє цивільних загинули, коли снаряди влучили в ринок у Харкові.",
    "report-ru": "Областные власти сообщили, что во вторник три мирных жителя погибли, когда снаряды попали в рынок в Харькове.",
    "report-ar": "قال مسؤولون محليون إن ثلاثة مدنيين قتلوا يوم الثلاثاء عندما سقطت قذائف على سوق في مدينة خاركيف.",
}


@pytest.mark.parametrize("doc_id, code", [("report-en", "en"), ("report-uk", "uk"), ("report-ru", "ru"), ("report-ar", "ar")])
def test_each_language_is_detected(doc_id, code):
    assert detect(TEXTS[doc_id]) == code


def test_a_text_too_short_to_judge_has_no_language():
    assert detect("Kherson: 3 killed.") is None


def _write(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    with open(folder / "mixed.jsonl", "w", encoding="utf-8") as fh:
        for doc_id, text in TEXTS.items():
            fh.write(json.dumps({"id": doc_id, "text": text, "published": "2024-04-10"}, ensure_ascii=False) + "\n")
    return folder


def test_summary_lists_documents_not_in_english(tmp_path):
    db = str(tmp_path / "l.db")
    res = runner.invoke(app, ["run", str(_write(tmp_path)), "--db", db, "-q", "-w", "1"])
    assert res.exit_code == 0, res.output
    out = " ".join(res.output.split())
    assert re.search(r"not in English \(no claims\)\s*│\s*3\s*│", res.output)
    assert ("warning: 3 document(s) not in English were stored without claims" in out
            and "report-uk (uk), report-ru (ru), report-ar (ar)" in out)
    with Store(db) as store:
        languages = {d.id: d.meta.get("language") for d in store.iter_documents()}
        claims = {c.doc_id for c in store.iter_claims()}
    assert languages == {"report-en": "en", "report-uk": "uk", "report-ru": "ru", "report-ar": "ar"}
    assert claims == {"report-en"}


def test_lang_en_reads_every_document_as_english(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_LANG", "auto")  # restored after the test
    db = str(tmp_path / "e.db")
    res = runner.invoke(app, ["run", str(_write(tmp_path)), "--db", db, "-q", "-w", "1", "--lang", "en"])
    assert res.exit_code == 0 and "not in English were stored" not in res.output
    with Store(db) as store:
        assert {d.meta.get("language") for d in store.iter_documents()} == {"en"}
    res = runner.invoke(app, ["run", str(_write(tmp_path)), "--db", str(tmp_path / "f.db"), "--lang", "uk"])
    assert res.exit_code == 2 and "--lang 'uk': choose one of auto, en" in res.output
