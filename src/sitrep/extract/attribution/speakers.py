"""The speakers of a document: who "he", "they" or "the official" is, and full names.

A surname resolves to the fullest name the document gives ("Zelensky" -> "Volodymyr
Zelensky", also after a title: "President Zelensky"); names come from runs of two or three
capitalised words that are not titles, organisations, common words or places. "The
alliance" resolves to the last speaker with that head noun, else to the last capitalised
name ending with it in the sentences before ("the Three Brotherhood Alliance").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..text.lexicon import is_common_word
from ..text.tokens import Token
from ..vocab import Vocab, vocab


@dataclass
class Speakers:
    """Speakers seen so far in a document, for pronouns and definite descriptions."""

    full_names: dict[str, str] = field(default_factory=dict)
    history: list[tuple[int, str | None, str]] = field(default_factory=list)  # (sentence, name, kind)
    sides: dict[str, str] = field(default_factory=dict)  # name -> side, once known
    sentences: list[list[Token]] = field(default_factory=list)  # the document, for names by head

    def kind_of(self, name: str, v: Vocab) -> str:
        """person, plural or org, from the head noun ("defence ministry in Kyiv" -> org)."""
        words = name.split()
        head = words[_head_index(words, v)]
        low = head.lower()
        if low in v.person_roles:
            return "person"
        if low in v.claimant_heads:
            return "plural" if low.endswith("s") and low[:-1] in v.claimant_heads | v.person_roles else "org"
        if head.isupper() or (len(words) == 1 and words[0] not in self.full_names):
            return "org"  # "MNDAA", "Russia", "Oryx"
        if head not in self.full_names and is_common_word(head):
            return "org"  # "Northern Liberation Front": names of people end with a surname
        return "person" if head[:1].isupper() else "org"

    def add(self, sent: int, name: str | None, kind: str, side: str | None = None) -> None:
        self.history.append((sent, name, kind))
        if name and side and name not in self.sides:
            self.sides[name] = side

    def refresh(self, sent: int, name: str) -> None:
        """A speaker met again as a sentence's subject ("Kyrylenko urged ..."): the next
        "he said" may still refer to them, however long ago they last spoke."""
        words = name.split()
        for s, known, kind in reversed(self.history[-50:]):  # bounded: long documents stay linear
            if known and kind == "person" and words and known.split()[-1] == words[-1]:
                if s != sent:
                    self.history.append((sent, known, kind))
                return

    def last(self, sent: int, kinds: tuple[str, ...], reach: int = 6) -> str | None:
        for s, name, kind in reversed(self.history):
            if sent - s > reach:
                return None
            if kind in kinds:
                return name
        return None

    def by_head(self, head: str, sent: int | None = None, v: Vocab | None = None) -> str | None:
        v = v or vocab()
        for _, name, kind in reversed(self.history):
            if not name:
                continue
            words = name.split()  # a person's title counts ("Kyiv mayor Vitali Klitschko")
            if words[_head_index(words, v)].lower() == head or (kind == "person" and head in name.lower().split()):
                return name
        if sent is None or not self.sentences:
            return None
        from ..text.tokens import capital_runs

        for toks in reversed(self.sentences[max(0, sent - 12):sent]):
            for a, b in reversed(capital_runs(toks)):
                if b - a >= 2 and toks[b - 1].lower == head:
                    return " ".join(t.text for t in toks[a:b])  # "the alliance" -> "Three Brotherhood Alliance"
                if head in v.person_roles:  # "the mayor" -> "(Kyiv mayor) Vitali Klitschko"
                    if toks[a].lower == head and b - a >= 3:
                        a += 1
                    elif not (a > 0 and toks[a - 1].lower == head and b - a >= 2):
                        continue
                    return self.fullest(" ".join(t.text for t in toks[a:b]))
        if head in v.gram.collective_anaphors:  # "the group" -> the organisation named before
            for s, name, kind in reversed(self.history):
                if sent - s > 6:
                    break
                if name and kind == "org" and name[:1].isupper():
                    return name
            from ...extract.sides import names_party

            for toks in reversed(self.sentences[max(0, sent - 3):sent]):  # "JNIM ... issued a claim. The group said"
                for a, b in reversed(capital_runs(toks)):
                    name = " ".join(t.text for t in toks[a:b])
                    if names_party(name):
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


def _head_index(words: list[str], v: Vocab) -> int:
    """The head noun of a name: the last word, or the one before "in"/"for"/"of" when it
    is a head noun ("defence ministry in Kyiv", "spokesman for the group")."""
    lows = [w.lower() for w in words]
    cut = next((k for k in range(1, len(lows)) if lows[k] in v.gram.inside_source or lows[k] == "of"), None)
    return cut - 1 if cut is not None and lows[cut - 1] in v.claimant_heads else len(words) - 1


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in vocab().not_places)


def person_names(runs: list[list[Token]], v: Vocab | None = None, is_place=lambda name: False) -> dict[str, str]:
    """Surname -> fullest name, from runs of capitalised words ("Volodymyr Zelensky") that
    are not places (``is_place``)."""
    from ..text.lexicon import is_common_word

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


def introduced(tokens: list[Token], v: Vocab | None = None) -> list[tuple[str, str]]:
    """Names introduced by an apposition ("Olena, a 34-year-old military medic, ..."), with
    their kind: person when a person noun follows, org when only a head noun of a body
    does ("Oryx, a blog that ..."); a later "she said" / "it says" can refer to them."""
    from ..text.tokens import capital_runs

    v = v or vocab()
    out: list[tuple[str, str]] = []
    if not any(t.lower == "," and k + 1 < len(tokens) and tokens[k + 1].lower in ("a", "an")
               for k, t in enumerate(tokens)):
        return out
    for a, b in capital_runs(tokens):
        if b + 2 >= len(tokens) or tokens[b].lower != "," or tokens[b + 1].lower not in v.gram.indefinite_articles:
            continue
        if a == 1 and tokens[0].lower in v.locative_preps:
            continue  # "In Izium, a drone hit a man who ...": a fronted place, then the subject
        words = [t.text for t in tokens[a:b]]
        if words and words[0] == "The":
            words = words[1:]  # "The Sudan Doctors Network, a medical group ..."
        rest = tokens[b + 2:b + 12]
        stop = next((k for k, t in enumerate(rest) if t.lower in (",", "who", "which", "that", ".")), len(rest))
        rest = rest[:stop]
        after = [t.lower for t in rest]
        body = _body_noun(after, v)
        named = [(x, y) for x, y, _ in v.actors.find_all(tokens[a:b])]
        if body and named and all(y - x < b - a for x, y in named):
            named = []  # "Sudan Doctors Network, a medical group": a body named after a country
        if not words or len(words) > (5 if body else 3) or named \
                or (not body and any(w in v.not_places or w.lower() in v.claimant_heads for w in words)) \
                or any(w in v.settlement_cues or w in v.region_words for w in after):
            continue  # "Lashio, a town in ...": a place
        if not after:
            continue
        if body:
            out.append((" ".join(words), "org"))  # "a monitoring group (based in ...)"
        elif "year" in after or any(w in v.person_roles or v.persons.match_at(rest, k) for k, w in enumerate(after)):
            out.append((" ".join(words), "person"))  # "a 41-year-old army surgeon"
    return out


def _body_noun(after: list[str], v: Vocab) -> bool:
    """An apposition that describes a body: "a (medical) group", "a monitoring network based
    in ...": a head noun of an organisation, with only lowercase modifiers before it."""
    for w in after[:4]:
        if w in v.claimant_heads:
            return w not in v.person_roles
        if not w.isalpha() or w in ("based", "in", "of", "from", "for"):
            return False
    return False
