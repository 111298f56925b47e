"""Normalise place names so that the romanisations used in news match the gazetteer.

``norm(text)`` lower-cases, folds accents, transliterates Cyrillic, drops apostrophes and soft
signs and turns punctuation into single spaces. ``key(text)`` then applies the ordered fold
rules of ``data/geo/normalise.yaml`` (kh/h, g/h, zh/z, y/i/j, -oye/-e, doubled letters ...), so
that Shchastia, Shchastya and Shchast'ia share one key. All rules are data; this module only
applies them.
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from importlib import resources
from typing import Any

import yaml

MAX_NAME_CHARS = 200  # longer inputs are not place names; callers treat them as not found


def _data_dir():
    return resources.files("sitrep").joinpath("data/geo")


def data_text(name: str) -> str:
    """The text of one bundled data file under ``sitrep/data/geo``."""
    return _data_dir().joinpath(name).read_text(encoding="utf-8")


def load_yaml(name: str) -> Any:
    return yaml.safe_load(data_text(name))


def data_hash() -> str:
    """Hash of every bundled geo data file: part of the gazetteer cache key."""
    h = hashlib.sha256()
    for entry in sorted(_data_dir().iterdir(), key=lambda p: p.name):
        if entry.name.endswith((".yaml", ".yml", ".csv")):
            h.update(entry.name.encode())
            h.update(entry.read_bytes())
    return h.hexdigest()[:16]


class _Rules:
    def __init__(self) -> None:
        spec = load_yaml("normalise.yaml")
        table: dict[int, str] = {}
        for src, dst in {**spec["cyrillic"], **spec["latin"]}.items():
            table[ord(src)] = dst
            if len(src.upper()) == 1:
                table[ord(src.upper())] = dst
        for ch in spec["drop"]:
            table[ord(ch)] = ""
        self.table = table
        self.fold = [(re.compile(p), r) for p, r in spec["fold"]]


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules()


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def norm(text: str) -> str:
    """Lower-case ASCII form of a name: 'Mariupol\u2019' -> 'mariupol', 'Київ' -> 'kyiv'."""
    if not isinstance(text, str):
        raise TypeError(f"place name must be a string, got {type(text).__name__}")
    text = text[: MAX_NAME_CHARS * 2].translate(_rules().table)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.translate(_rules().table)  # letters revealed by decomposition (rare)
    return _NON_ALNUM.sub(" ", text).strip()


def fold(normed: str) -> str:
    """Apply the fold rules to an already normalised string."""
    for pattern, repl in _rules().fold:
        normed = pattern.sub(repl, normed)
    return normed


@functools.lru_cache(maxsize=200_000)
def key(text: str) -> str:
    """Matching key of a name: norm + fold. Empty when the text has no letters or digits."""
    return fold(norm(text))
