"""Load the cleaning vocabularies (``sitrep/data/clean_*.yaml``) once, as compiled patterns.

The data files hold general vocabulary of web boilerplate (video-player controls, share and
cookie banners, donation appeals, ...), grouped by the removal reason they lead to. Loading
is lazy and cached; the cache only holds constants, so results never depend on what was
cleaned before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_FILES = ("clean_lines.yaml", "clean_inline.yaml", "clean_html.yaml")


class VocabularyError(ValueError):
    """A cleaning data file is missing or malformed."""


@dataclass(frozen=True)
class Vocab:
    """Compiled patterns, by name. ``lines[reason]`` match whole (normalised) lines."""

    lines: dict[str, re.Pattern[str]]
    patterns: dict[str, re.Pattern[str]]
    words: dict[str, tuple[str, ...]]  # in file order, lower case
    splitters: tuple[re.Pattern[str], ...]
    video_run: re.Pattern[str]  # a line made only of video-player control labels


def _union(name: str, items: list[Any], *, whole_line: bool) -> re.Pattern[str]:
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise VocabularyError(f"cleaning vocabulary {name!r}: expected a list of strings")
    body = "|".join(f"(?:{i})" for i in items) or r"(?!x)x"
    if whole_line:
        body = rf"^(?:{body})$"
    try:
        return re.compile(body, re.IGNORECASE)
    except re.error as exc:
        raise VocabularyError(f"cleaning vocabulary {name!r}: bad pattern ({exc})") from exc


def _splitter(item: Any) -> re.Pattern[str]:
    try:
        pattern = re.compile(str(item))
    except re.error as exc:
        raise VocabularyError(f"cleaning splitter {item!r}: bad pattern ({exc})") from exc
    if pattern.groups != 1:
        raise VocabularyError(f"cleaning splitter {item!r}: needs exactly one group")
    return pattern


def _read(name: str) -> dict[str, Any]:
    try:
        raw = resources.files("sitrep").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise VocabularyError(f"cleaning data file {name} is missing") from exc
    data = yaml.safe_load(raw)
    if not isinstance(data, dict):
        raise VocabularyError(f"cleaning data file {name}: expected a mapping at the top")
    return data


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The compiled cleaning vocabulary (loaded on first use)."""
    lines: dict[str, re.Pattern[str]] = {}
    patterns: dict[str, re.Pattern[str]] = {}
    words: dict[str, tuple[str, ...]] = {}
    splitters: list[re.Pattern[str]] = []
    video: list[str] = []
    for fname in _FILES:
        data = _read(fname)
        for key, items in (data.get("lines") or {}).items():
            lines[key] = _union(key, items, whole_line=True)
            if key == "video_player":
                video = list(items)
        for key, items in (data.get("patterns") or {}).items():
            patterns[key] = _union(key, items, whole_line=False)
        for key, items in (data.get("words") or {}).items():
            if not isinstance(items, list):
                raise VocabularyError(f"cleaning vocabulary {key!r}: expected a list")
            words[key] = tuple(str(i).lower() for i in items)
        for item in data.get("splitters") or []:
            splitters.append(_splitter(item))
    token = "|".join(f"(?:{i})" for i in video) or r"(?!x)x"
    video_run = re.compile(rf"^(?:(?:{token})(?:\s+|$)){{3,}}$", re.IGNORECASE)
    return Vocab(
        lines=lines, patterns=patterns, words=words, splitters=tuple(splitters), video_run=video_run
    )
