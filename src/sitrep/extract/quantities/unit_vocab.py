"""Vocabularies of the unit rules that the shared ``Vocab`` does not carry, loaded once.

From ``categories.yaml``: event triggers that need a place attached by a preposition
("fighting in X"), words that join the items of a list, verbs that link a loss noun to its
figure ("losses include 790 tanks"). From ``topic.yaml``: what tells a conflict document
from a sports, business, election or weather story that borrows its words.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..text.tokens import PhraseIndex
from ..vocab import VocabularyError, _load


@dataclass(frozen=True)
class UnitVocab:
    located: PhraseIndex  # phrase -> category: counts only with "<trigger> in/at/for <place>"
    located_preps: frozenset[str]
    list_links: PhraseIndex  # "along with", "as well as": the next item of a list
    loss_links: PhraseIndex  # "include", "stood at": loss noun ... <figure>
    adjacent_loss_links: frozenset[str]  # "losses at 127 aircraft": only right after the noun
    anaphoric: frozenset[str]  # "30 of them": the counted noun is an earlier one
    meta_before: frozenset[str]  # "did not comment on the attack": the event is talked about
    conflict: PhraseIndex  # words of armed conflict (weapons, armed actors, war)
    frames: PhraseIndex  # phrase -> the frames it belongs to (sport, business, gaming, ...)
    borrowed: PhraseIndex  # "price war", "trade war": conflict words used as metaphor
    count_nouns: frozenset[str]  # "the number of civilians killed ... passed 900"
    more_words: frozenset[str]  # "three more died": words between a bare number and its verb
    carriers: frozenset[str]  # "a train left with 400 people": people carried by a vehicle
    list_continuations: PhraseIndex  # "It also listed 11 tanks": a list goes on in a new sentence
    not_targets_after: frozenset[str]  # "the Bakhmut front": a place naming a front line
    destination_preps: frozenset[str]  # "fled towards Kharkiv": a destination, not a target
    motion_verbs: frozenset[str]  # "fled to Lviv", "headed for Lviv"
    gap_adverbs: frozenset[str]  # "destroyed there: 11 tanks": words before a list's colon
    war_causes: frozenset[str]  # "the war killed 377,000 through fighting, hunger and disease"
    scene_preps: frozenset[str]  # "In X, ...", "killed in X when ...": where a whole scene is
    scene_subordinators: frozenset[str]  # "... when a shell hit a house": the scene's event
    toll_rises: PhraseIndex  # "has risen to": a toll named far back in the sentence reaches the figure
    interceptions: PhraseIndex  # "shot down", "air defences": weak attack words count materiel there
    total_bringers: frozenset[str] = frozenset()  # "bringing the total to N": N counts the figure before
    total_words: frozenset[str] = frozenset()


def _strs(values: Any, source: str, key: str) -> list[str]:
    if values is None:
        return []
    if not isinstance(values, list):
        raise VocabularyError(f"{source}: `{key}` must be a list of phrases, not {type(values).__name__}")
    return [str(v) for v in values if v is not None]


@lru_cache(maxsize=1)
def unit_vocab() -> UnitVocab:
    cat, topic = _load("categories.yaml"), _load("topic.yaml")
    located: dict[str, str] = {}
    for category, spec in (cat.get("event_triggers") or {}).items():
        for p in _strs((spec or {}).get("located"), "categories.yaml", f"event_triggers.{category}.located"):
            located[p] = str(category)
    frames: dict[str, tuple[str, ...]] = {}  # a word may belong to several frames ("game")
    for frame, words in (topic.get("frames") or {}).items():
        for p in _strs(words, "topic.yaml", f"frames.{frame}"):
            frames[p] = frames.get(p, ()) + (str(frame),)
    words = lambda data, key: frozenset(w.lower() for w in _strs(data.get(key), "categories.yaml", key))  # noqa: E731
    phrases = lambda data, key, src: PhraseIndex({p: True for p in _strs(data.get(key), src, key)})  # noqa: E731
    return UnitVocab(
        located=PhraseIndex(located),
        located_preps=frozenset(w.lower() for w in _strs(cat.get("located_preps"), "categories.yaml", "located_preps")),
        list_links=phrases(cat, "list_links", "categories.yaml"),
        loss_links=phrases(cat, "loss_links", "categories.yaml"),
        adjacent_loss_links=words(cat, "adjacent_loss_links"),
        anaphoric=frozenset(w.lower() for w in _strs(cat.get("anaphoric_partitives"), "categories.yaml",
                                                      "anaphoric_partitives")),
        meta_before=frozenset(w.lower() for w in _strs(cat.get("meta_before"), "categories.yaml", "meta_before")),
        conflict=phrases(topic, "conflict", "topic.yaml"),
        frames=PhraseIndex(frames),
        borrowed=phrases(topic, "borrowed", "topic.yaml"),
        count_nouns=words(cat, "count_nouns"),
        more_words=words(cat, "more_words"),
        carriers=words(cat, "carriers"),
        total_bringers=words(cat, "total_bringers"),
        total_words=words(cat, "total_words"),
        list_continuations=phrases(cat, "list_continuations", "categories.yaml"),
        not_targets_after=words(cat, "not_targets_after"),
        destination_preps=words(cat, "destination_preps"),
        motion_verbs=words(cat, "motion_verbs"),
        gap_adverbs=words(cat, "gap_adverbs"),
        scene_preps=words(cat, "scene_preps"),
        war_causes=words(cat, "war_causes"),
        scene_subordinators=words(cat, "scene_subordinators"),
        toll_rises=phrases(cat, "toll_rises", "categories.yaml"),
        interceptions=phrases(cat, "interceptions", "categories.yaml"),
    )
