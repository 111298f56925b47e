"""The extractor's vocabularies, loaded once from ``sitrep/data/extract/*.yaml``.

Nothing here is tuned to documents: every list is a general word list of the domain. Users
extend the actor (claimant) vocabulary with a YAML file of the same shape as ``actors.yaml``,
named by the ``SITREP_ACTORS`` environment variable or passed as ``actors_file``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .text.tokens import PhraseIndex

ACTORS_ENV = "SITREP_ACTORS"


class VocabularyError(ValueError):
    """A vocabulary file is missing or malformed; the message names the file and the reason."""


def _load(name: str) -> dict[str, Any]:
    return _read_yaml(resources.files("sitrep") / "data" / "extract" / name, "vocabulary", "a mapping at top level")


def _read_yaml(path, what: str, shape: str, empty_ok: bool = False) -> dict[str, Any]:
    """A YAML mapping from ``path``; any problem is a VocabularyError naming the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise VocabularyError(f"{path}: cannot read {what} ({exc})") from exc
    if data is None and empty_ok:
        data = {}
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected {shape}")
    where = _bare_boolean(data)
    if where:
        raise VocabularyError(f"{path}: {where} is read by YAML as true/false; quote the word "
                              "(a bare on, off, no or yes in a list is a boolean)")
    return data


def _bare_boolean(data: Any, path: str = "") -> str | None:
    """Where a list holds a boolean: a word list with a bare ``on`` or ``no`` would silently
    lose the word."""
    if isinstance(data, dict):
        for k, x in data.items():
            found = _bare_boolean(x, f"{path}.{k}" if path else str(k))
            if found:
                return found
    elif isinstance(data, list):
        for n, x in enumerate(data):
            if isinstance(x, bool):
                return f"{path}[{n}]"
            found = _bare_boolean(x, f"{path}[{n}]")
            if found:
                return found
    return None


def _strs(values: Any) -> list[str]:
    return [str(v) for v in (values or []) if v is not None]


def _index(mapping: dict[str, Any]) -> PhraseIndex:
    return PhraseIndex({str(k): v for k, v in mapping.items()})


def _actor_entries(data: dict[str, Any], source: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in data.get("actors") or []:
        if not isinstance(entry, dict) or "side" not in entry:
            raise VocabularyError(f"{source}: each actor needs `side` and `names`: {entry!r}")
        side = str(entry["side"]).lower()
        if side not in ("ukraine", "russia", "other"):
            raise VocabularyError(f"{source}: side must be ukraine, russia or other, not {side!r}")
        for name in _strs(entry.get("names")):
            out[name] = side
    return out


def _event_list(cat: dict[str, Any], key: str) -> set[str]:
    """A word list gathered over the event categories (``event_triggers.<cat>.<key>``)."""
    return {w.lower() for spec in (cat.get("event_triggers") or {}).values() for w in _strs((spec or {}).get(key))}


class Grammar:
    """Function-word lists of grammar.yaml as attributes: ``v.gram.clause_blockers``."""

    def __init__(self, data: dict[str, Any]):
        self._sets = {str(k): frozenset(w.lower() for w in _strs(ws)) for k, ws in data.items()}
        self.__dict__.update(self._sets)  # read as plain attributes (the rules read some 300,000 a minute)

    def __getattr__(self, name: str) -> frozenset[str]:  # only for a list grammar.yaml lacks
        try:
            return self.__dict__["_sets"][name]
        except KeyError:
            raise AttributeError(f"grammar.yaml has no list {name!r}") from None


@dataclass
class Vocab:
    gram: Grammar
    # numbers
    number_words: dict[str, float]
    scales: dict[str, float]
    vague: PhraseIndex
    qualifiers: PhraseIndex
    units_after: PhraseIndex
    cues_before: PhraseIndex
    # counted things
    persons: PhraseIndex  # noun -> implied victim side (or None)
    self_category: PhraseIndex
    victim_sides: PhraseIndex
    items: PhraseIndex
    np_breakers: set[str]
    # categories
    quantity_triggers: PhraseIndex  # phrase -> {"person"|"materiel": category}
    toll_phrases: PhraseIndex
    toll_links: set[str]
    cumulative: PhraseIndex
    event_triggers: PhraseIndex  # phrase -> [(category, strength)]
    event_ignore: PhraseIndex
    event_windows: dict[str, dict[str, int]]
    event_needs: dict[str, set[str]]
    people_objects: set[str]
    before_only: set[str]
    tight: set[str]
    single_victim: PhraseIndex
    single_links: PhraseIndex
    single_materiel: PhraseIndex
    hypothetical: PhraseIndex
    non_conflict: PhraseIndex
    negation: PhraseIndex
    negation_reversers: set[str]
    # actors
    actors: PhraseIndex  # name -> side
    claimant_sides: PhraseIndex
    claimant_heads: set[str]
    claimant_modifiers: set[str]
    person_roles: set[str]
    speech_verbs: PhraseIndex  # verb -> modality
    source_intros: PhraseIndex
    report_nouns: set[str]
    pronouns: dict[str, str]
    source_media: frozenset[str]
    not_sources: set[str]
    force_nouns: set[str]
    titles: PhraseIndex
    abbreviations: set[str]
    # places
    region_words: set[str]
    region_adjectives: set[str]
    bare_regions: set[str]
    settlement_cues: set[str]
    locative_preps: set[str]
    place_adjectives: set[str]
    non_place_before: set[str]
    maker_words: set[str]
    non_place_after: set[str]
    not_places: set[str]  # with the given names
    given_names: set[str]
    water_words: set[str]
    reference_cues: PhraseIndex
    cause_cues: PhraseIndex
    proximity_cues: PhraseIndex
    # dates
    relative_days: PhraseIndex
    relative_spans: PhraseIndex
    weekdays: list[str]
    months: dict[str, int]


def _build(actors_file: str | None) -> Vocab:
    num, cnt, cat, act, plc, dat = (
        _load(n) for n in ("numbers.yaml", "counted.yaml", "categories.yaml", "actors.yaml",
                           "places.yaml", "dates.yaml"))
    quantity: dict[str, dict[str, str]] = {}
    for category, spec in (cat.get("quantity_triggers") or {}).items():
        for applies, phrases in (spec or {}).items():
            for p in _strs(phrases):
                quantity.setdefault(p, {})[str(applies)] = str(category)
    tolls = {p: str(c) for c, ps in (cat.get("toll_phrases") or {}).items() for p in _strs(ps)}
    events: dict[str, list[tuple[str, str]]] = {}
    ignore: dict[str, bool] = {}
    windows: dict[str, dict[str, int]] = {}
    needs: dict[str, set[str]] = {}
    for category, spec in (cat.get("event_triggers") or {}).items():
        windows[category] = {k: int(v) for k, v in (spec.get("window") or {}).items()}
        needs[category] = {s.lower() for s in _strs(spec.get("needs"))}
        for strength in ("strong", "weak"):
            for p in _strs(spec.get(strength)):
                events.setdefault(p, []).append((str(category), strength))
        for p in _strs(spec.get("ignore")):
            ignore[p] = True
    actors = _actor_entries(act, "actors.yaml")
    user = actors_file or os.environ.get(ACTORS_ENV)
    if user:
        udata = _read_yaml(Path(user), "user actor file", "a mapping with an `actors` list", empty_ok=True)
        actors.update(_actor_entries(udata, user))
    lower = lambda xs: {x.lower() for x in _strs(xs)}  # noqa: E731
    speech = {p: str(mod) for mod, ps in (act.get("speech_verbs") or {}).items() for p in _strs(ps)}
    pronouns = {p: str(kind) for kind, ps in (act.get("pronouns") or {}).items() for p in _strs(ps)}
    return Vocab(
        gram=Grammar(_load("grammar.yaml")),
        number_words={str(k).lower(): float(v) for k, v in (num.get("words") or {}).items()},
        scales={str(k).lower(): float(v) for k, v in (num.get("scales") or {}).items()},
        vague=_index({k: (str(k), float(v)) for k, v in (num.get("vague") or {}).items()}),
        qualifiers=_index({p: str(q) for q, ps in (num.get("qualifiers") or {}).items() for p in _strs(ps)}),
        units_after=_index({p: True for p in _strs(num.get("units_after"))}),
        cues_before=_index({p: True for p in _strs(num.get("cues_before"))}),
        persons=_index({k: (None if v is None else str(v)) for k, v in (cnt.get("persons") or {}).items()}),
        self_category=_index({k: str(v) for k, v in (cnt.get("self_category") or {}).items()}),
        victim_sides=_index({p: str(s) for s, ps in (cnt.get("side_words") or {}).items() for p in _strs(ps)}),
        items=_index({p: str(i) for i, ps in (cnt.get("items") or {}).items() for p in _strs(ps)}),
        np_breakers=lower(cnt.get("np_breakers")),
        quantity_triggers=_index(quantity),
        toll_phrases=_index(tolls),
        toll_links=lower(cat.get("toll_links")),
        cumulative=_index({p: True for p in _strs(cat.get("cumulative_cues"))}),
        event_triggers=_index(events),
        event_ignore=_index(ignore),
        event_windows=windows,
        event_needs=needs,
        people_objects=_event_list(cat, "people_objects"),
        before_only=_event_list(cat, "before_only"),
        tight=_event_list(cat, "tight"),
        single_victim=_index({p: str(c) for c, ps in (cat.get("single_victim") or {}).items() for p in _strs(ps)}),
        single_links=_index({p: True for p in _strs(cat.get("single_links"))}),
        single_materiel=_index({p: True for p in _strs(cat.get("single_materiel"))}),
        hypothetical=_index({p: True for p in _strs(cat.get("hypothetical_cues"))}),
        non_conflict=_index({p: True for p in _strs(cat.get("non_conflict_cues"))}),
        negation=_index({p: True for p in _strs(cat.get("negation_cues"))}),
        negation_reversers=lower(cat.get("negation_reversers")),
        actors=_index(actors),
        claimant_sides=_index({p: str(s) for s, ps in (act.get("side_words") or {}).items() for p in _strs(ps)}),
        claimant_heads=lower(act.get("claimant_heads")),
        claimant_modifiers=lower(act.get("claimant_modifiers")),
        person_roles=lower(act.get("person_roles")),
        speech_verbs=_index(speech),
        source_intros=_index({p: True for p in _strs(act.get("source_intros"))}),
        report_nouns=lower(act.get("report_nouns")),
        pronouns=pronouns,
        source_media=frozenset(str(w).lower() for w in act.get("source_media") or []),
        not_sources=lower(act.get("not_sources")),
        force_nouns=lower(act.get("force_nouns")),
        titles=_index({p: True for p in _strs(act.get("titles"))}),
        abbreviations=lower(act.get("abbreviations")),
        region_words=lower(plc.get("region_words")),
        region_adjectives=lower(plc.get("region_adjectives")),
        bare_regions=set(_strs(plc.get("bare_regions"))),
        settlement_cues=lower(plc.get("settlement_cues")),
        locative_preps=lower(plc.get("locative_preps")),
        place_adjectives=lower(plc.get("place_adjectives")),
        non_place_before=lower(plc.get("non_place_before")),
        maker_words=lower(plc.get("maker_words")),
        non_place_after=lower(plc.get("non_place_after")),
        not_places=set(_strs(plc.get("not_places"))) | set(_strs(plc.get("given_names"))),
        given_names=set(_strs(plc.get("given_names"))),
        water_words=lower(plc.get("water_words")),
        reference_cues=_index({p: True for p in _strs(plc.get("reference_cues"))}),
        cause_cues=_index({p: True for p in _strs(plc.get("cause_cues"))}),
        proximity_cues=_index({p: True for p in _strs(plc.get("proximity_cues"))}),
        relative_days=_index({k: int(v) for k, v in (dat.get("relative_days") or {}).items()}),
        relative_spans=_index({k: (int(v[0]), str(v[1])) for k, v in (dat.get("relative_spans") or {}).items()}),
        weekdays=[w.lower() for w in _strs(dat.get("weekdays"))],
        months={str(k).lower(): int(v) for k, v in (dat.get("months") or {}).items()},
    )


@lru_cache(maxsize=8)
def vocab(actors_file: str | None = None) -> Vocab:
    """The vocabularies (cached). ``actors_file`` (or $SITREP_ACTORS) adds user actors."""
    if actors_file is None:
        actors_file = os.environ.get(ACTORS_ENV) or None
    return _build(actors_file)
