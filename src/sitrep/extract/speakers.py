"""The speakers of a document: who "he", "they" or "the official" is, and full names.

A surname resolves to the fullest name the document gives ("Zelensky" -> "Volodymyr
Zelensky", also after a title: "President Zelensky"); names come from runs of two or three
capitalised words that are not titles, organisations, common words or places.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .tokens import Token
from .vocab import Vocab, vocab


@dataclass
class Speakers:
    """Speakers seen so far in a document, for pronouns and definite descriptions."""

    full_names: dict[str, str] = field(default_factory=dict)
    history: list[tuple[int, str | None, str]] = field(default_factory=list)  # (sentence, name, kind)

    def kind_of(self, name: str, v: Vocab) -> str:
        words = name.split()
        last = words[-1].lower()
        if last in v.person_roles or (words[-1][:1].isupper() and last not in v.claimant_heads):
            return "person"
        if last.endswith("s") and last in v.claimant_heads:
            return "plural"
        return "org"

    def add(self, sent: int, name: str | None, kind: str) -> None:
        self.history.append((sent, name, kind))

    def last(self, sent: int, kinds: tuple[str, ...], reach: int = 6) -> str | None:
        for s, name, kind in reversed(self.history):
            if sent - s > reach:
                return None
            if kind in kinds:
                return name
        return None

    def by_head(self, head: str) -> str | None:
        for _, name, _ in reversed(self.history):
            if name and head in name.lower().split():
                return name
        return None

    def fullest(self, name: str) -> str:
        """"Zelensky" or "President Zelensky" -> "Volodymyr Zelensky"; longer names stay."""
        words = name.split()
        full = self.full_names.get(words[-1]) if words else None
        if not full or name.endswith(full):
            return name
        if len(words) == 1 or all(w.rstrip(".") in _titles() for w in words[:-1]):
            return full
        return name


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in vocab().not_places)


def person_names(runs: list[list[Token]], v: Vocab | None = None, is_place=lambda name: False) -> dict[str, str]:
    """Surname -> fullest name, from runs of capitalised words ("Volodymyr Zelensky") that
    are not places (``is_place``)."""
    from .lexicon import is_common_word

    v = v or vocab()
    out: dict[str, str] = {}
    for run in runs:
        if any(not t.is_word for t in run):
            continue  # hyphenated or abbreviated runs are not plain names
        words = [t.text for t in run]
        while words and (words[0] in v.not_places or words[0].lower() in v.claimant_heads
                         or words[0].lower() in v.gram.lead_trim):
            words = words[1:]
        if len(words) < 2 or len(words) > 3 or any(w in v.not_places or w.isupper() for w in words):
            continue
        if any(w.lower() in v.claimant_heads or w.lower() in v.region_words for w in words):
            continue
        if is_common_word(words[-1]) or is_place(" ".join(words)):
            continue
        full = " ".join(words)
        if len(full) > len(out.get(words[-1], "")):
            out[words[-1]] = full
    return out
