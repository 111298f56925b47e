"""The linking rules of ``data/link.yaml``, loaded once and validated."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


class RulesError(ValueError):
    """The rules file is missing a key or holds a value of the wrong kind."""


@dataclass(frozen=True)
class Rules:
    near_km: float
    cell_degrees: float
    date_slack_days: int
    undated_lag_days: int
    approx_share: float
    claimant_fuzzy: float
    modality_class: dict[str, str]
    claimant_generic: frozenset[str]
    claimant_side_words: frozenset[str]
    claimant_stopwords: frozenset[str]
    subject_classes: dict[str, str]  # word -> class
    vague_bounds: dict[str, tuple[float, float]]
    denial_lag_days: int = 14  # a denial without a date of its own: the event it denies happened this far back
    revision_days: int = 7  # one side's figures first reported this far apart: a later count, not a dispute
    targets: frozenset[str] = frozenset()  # what a strike hit: two sentences naming different ones tell of different strikes
    target_names: tuple[tuple[str, str], ...] = ()  # (another name, the target word): "air base" is an airfield
    partial_classes: frozenset[str] = frozenset()  # subject classes that count part of a toll (children)
    sided_categories: frozenset[str] = frozenset()  # one side's losses: never compared across sides unknown victims
    revision_words: frozenset[str] = frozenset()  # "the toll rose to": a figure brought up to date
    roles: frozenset[str] = frozenset()  # a role one source holds ("governor")
    place_kind_words: frozenset[str] = frozenset()  # "Kyaukphyu township" is Kyaukphyu, for a place with no point
    partial_count_words: frozenset[str] = frozenset()  # "treated at the hospital": a part of a toll, not another toll


def _words(data: dict[str, Any], key: str, source: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise RulesError(f"{source}: {key!r} must be a list of words")
    return frozenset(w.lower() for w in value)


def parse_rules(data: Any, source: str = "link.yaml") -> Rules:
    if not isinstance(data, dict):
        raise RulesError(f"{source}: expected a mapping at the top level")
    tol = data.get("tolerance")
    if not isinstance(tol, dict):
        raise RulesError(f"{source}: 'tolerance' must be a mapping")
    try:
        numbers = {k: float(tol[k]) for k in ("near_km", "cell_degrees", "date_slack_days",
                                                "undated_lag_days", "approx_share", "claimant_fuzzy")}
    except (KeyError, TypeError, ValueError) as exc:
        raise RulesError(f"{source}: tolerance needs numeric {exc}") from None
    if numbers["cell_degrees"] * 111.0 * 0.5 < numbers["near_km"]:
        raise RulesError(f"{source}: cell_degrees too small to find places within near_km")
    subjects: dict[str, str] = {}
    for cls, words in (data.get("subject_classes") or {}).items():
        for w in words or []:
            subjects[str(w).lower()] = str(cls)
    bounds: dict[str, tuple[float, float]] = {}
    for word, pair in (data.get("vague_bounds") or {}).items():
        if not (isinstance(pair, list) and len(pair) == 2):
            raise RulesError(f"{source}: vague_bounds[{word!r}] must be [low, high]")
        bounds[str(word).lower()] = (float(pair[0]), float(pair[1]))
    modality = data.get("modality_class")
    if not isinstance(modality, dict):
        raise RulesError(f"{source}: 'modality_class' must be a mapping")
    return Rules(
        near_km=numbers["near_km"],
        cell_degrees=numbers["cell_degrees"],
        date_slack_days=int(numbers["date_slack_days"]),
        undated_lag_days=int(numbers["undated_lag_days"]),
        approx_share=numbers["approx_share"],
        claimant_fuzzy=numbers["claimant_fuzzy"],
        modality_class={str(k): str(v) for k, v in modality.items()},
        claimant_generic=_words(data, "claimant_generic", source),
        claimant_side_words=_words(data, "claimant_side_words", source),
        claimant_stopwords=_words(data, "claimant_stopwords", source),
        subject_classes=subjects,
        vague_bounds=bounds,
        denial_lag_days=int(_number(tol, "denial_lag_days", 14, source)),
        revision_days=int(_number(tol, "revision_days", 7, source)),
        targets=_words(data, "targets", source) if "targets" in data else frozenset(),
        target_names=tuple((str(n).lower(), str(t).lower()) for t, ns in (data.get("target_names") or {}).items() for n in ns),
        partial_classes=_words(data, "partial_classes", source) if "partial_classes" in data else frozenset(),
        sided_categories=_words(data, "sided_categories", source) if "sided_categories" in data else frozenset(),
        revision_words=_words(data, "revision_words", source) if "revision_words" in data else frozenset(),
        roles=_words(data, "roles", source) if "roles" in data else frozenset(),
        place_kind_words=_words(data, "place_kind_words", source) if "place_kind_words" in data else frozenset(),
        partial_count_words=_words(data, "partial_count_words", source) if "partial_count_words" in data else frozenset(),
    )


def _number(table: dict[str, Any], key: str, default: float, source: str) -> float:
    try:
        return float(table.get(key, default))
    except (TypeError, ValueError):
        raise RulesError(f"{source}: tolerance {key!r} must be a number") from None


@lru_cache(maxsize=1)
def rules() -> Rules:
    text = resources.files("sitrep").joinpath("data/link.yaml").read_text(encoding="utf-8")
    return parse_rules(yaml.safe_load(text))
