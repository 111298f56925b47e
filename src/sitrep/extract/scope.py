"""Scope (one incident or a running total) and hypothetical modality, read on the parse in the
clause that governs a figure or trigger. The words are data (``data/extract/scope.yaml``).

The clause of a token is its verb (the count verb it is the object or subject of, else its
nearest verbal ancestor) with everything that hangs on it, except coordinated verbs and
relative clauses, which are clauses of their own. A figure's own noun phrase ("1,417 civilian
deaths since February 24") belongs to it too.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Token

from .events.frames import governing_verb, lemma_of, token_at_char
from .vocab import _load

_OWN = ("relcl", "parataxis")


@dataclass(frozen=True)
class ScopeWords:
    cumulative: tuple[tuple[str, ...], ...]
    tolls: frozenset[str]
    records: frozenset[str]
    losses: frozenset[str]
    events: tuple[tuple[str, ...], ...]
    modals: frozenset[str]
    conditions: frozenset[str]
    intents: frozenset[str]
    periods: tuple[tuple[str, ...], ...]
    large: float
    ongoing: frozenset[str]
    stock: frozenset[str]
    incidents: frozenset[str]


@lru_cache(maxsize=1)
def words() -> ScopeWords:
    d = _load("scope.yaml")
    phrases = lambda key: tuple(tuple(str(p).lower().split()) for p in d.get(key) or [])  # noqa: E731
    low = lambda key: frozenset(str(w).lower() for w in d.get(key) or [])  # noqa: E731
    return ScopeWords(phrases("cumulative_phrases"), low("toll_nouns"), low("record_verbs"), low("loss_verbs"),
                      phrases("event_words"), low("modals"), low("conditions"), low("intents"),
                      phrases("period_phrases"), float(d.get("large_figure") or 100), low("ongoing_subjects"),
                      low("stock_verbs"), low("incident_nouns"))


def _verb_of(tok: Token) -> Token:
    if tok.dep_ in ("aux", "auxpass", "neg", "prt", "advmod") and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head  # a trigger phrase that starts on an auxiliary: "been displaced"
    verb = governing_verb(tok) if tok.like_num or tok.pos_ == "NUM" else None
    node = verb or tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def clause_tokens(tok: Token) -> list[Token]:
    """The tokens of the clause that governs ``tok``, in order."""
    verb = _verb_of(tok)
    out: list[Token] = []

    def walk(t: Token) -> None:
        out.append(t)
        for c in t.children:
            if c.dep_ in _OWN or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _own_subject(c)) \
                    or (c.dep_ in ("ccomp", "advcl") and not _since(c)):
                continue
            walk(c)

    walk(verb)
    if tok.i not in {t.i for t in out}:  # the figure's own phrase, when the parse hung it elsewhere
        head = tok
        while head.dep_ in ("nummod", "quantmod", "compound", "pobj", "prep") and head.head.i != head.i:
            head = head.head
        for t in head.subtree:
            if t.i not in {o.i for o in out}:
                out.append(t)
    return sorted(out, key=lambda t: t.i)


def _own_subject(verb: Token) -> bool:
    """A coordinated verb with a subject of its own is a clause of its own ("... and 500
    surrendered yesterday"); one that shares the subject shares the modifiers ("have killed
    2,367 and wounded 10,992 since October")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _since(t: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children)


def _has(tokens: list[Token], phrases: tuple[tuple[str, ...], ...]) -> bool:
    low = [t.lower_ for t in tokens]
    for p in phrases:
        n = len(p)
        if any(low[k:k + n] == list(p) and all(tokens[k + j].i == tokens[k].i + j for j in range(n))
               for k in range(len(low) - n + 1)):
            return True
    return False


def scope_at(doc: Doc, base: int, char: int, is_party: Callable[[str], bool] = lambda s: False,
             value: float | None = None) -> str | None:
    """"cumulative", "event", or None when the clause says nothing either way. ``value``: the
    figure, when there is one (a large figure in the perfect is a running total)."""
    tok = token_at_char(doc, char - base)
    if tok is None:
        return None
    w = words()
    clause = clause_tokens(tok)
    verb = _verb_of(tok)
    if _has(clause, w.cumulative) or any(t.pos_ == "NOUN" and t.lemma_.lower() in w.tolls for t in clause):
        return "cumulative"
    if any(lemma_of(v) in w.records for v in _up(verb, 2)) and not _has(clause, w.events):
        return "cumulative"  # "has confirmed 1,417 deaths", "DTM has recorded 106,000 people displaced"
    if _has(clause, w.events):
        return "event"
    if _has(clause, w.periods) or _year_in(clause):
        return "cumulative"  # "killed across Haiti last year", "in 2024"
    subj = _subject_of(verb)
    if _incident(subj, w) or any(_incident(t, w) and t.dep_ == "pobj" and t.head.lower_ in ("in", "by")
                                 for t in clause):
        return "event"  # "a strike killed 5", "killed in an attack on X"
    if _perfect(verb):
        if lemma_of(verb) in w.losses and subj is not None and is_party(doc[subj.left_edge.i:subj.i + 1].text):
            return "cumulative"  # "Russia has lost 18,000 soldiers"
        if (value is not None and value >= w.large) or (subj is not None and subj.lemma_.lower() in w.ongoing):
            return "cumulative"  # "41,118 people have been killed", "the war has displaced ..."
    if lemma_of(verb) in w.stock or (verb.dep_ in ("acomp", "xcomp", "oprd") and lemma_of(verb.head) in w.stock) \
            or (verb.tag_ in ("VBP", "VBZ") and lemma_of(verb) == "displace") \
            or any(c.dep_ == "auxpass" and c.lower_ in ("are", "is", "remain") for c in verb.children):
        return "cumulative"  # "are displaced", "hosts 650,000 displaced people"
    return None


def _up(verb: Token, n: int) -> list[Token]:
    out, node = [verb], verb
    for _ in range(n):
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def _subject_of(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":  # "have killed 2,367 and wounded 10,992": the first verb's
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def _incident(t: Token | None, w: ScopeWords) -> bool:
    """One incident named by a singular noun with an article ("a strike", "the attack")."""
    return t is not None and t.lemma_.lower() in w.incidents and t.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that") for c in t.children)


def _year_in(clause: list[Token]) -> bool:
    return any(t.like_num and len(t.text) == 4 and t.text.isdecimal() and 1990 <= int(t.text) <= 2100
               and t.head.lower_ in ("in", "during", "throughout", "between", "from") for t in clause) \
        or any(t.lower_ == "between" and any(c.dep_ == "pobj" and c.lower_ in _MONTHS for c in t.children) for t in clause)


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})


def _perfect(verb: Token) -> bool:
    """In the present perfect ("has lost", "have been killed"), also through a coordinated verb."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux and verb.dep_ == "conj":
        aux = [c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return any(a in ("has", "have", "'ve") for a in aux)


def hypothetical_at(doc: Doc, base: int, char: int) -> bool:
    """The figure or trigger at ``char`` sits under a modal ("could be killed"), inside a
    condition ("if they raze the city"), up to the nearest speech verb; an epistemic "may have
    been killed" is a claim, not a hypothesis."""
    tok = token_at_char(doc, char - base)
    if tok is None:
        return False
    w = words()
    node = _verb_of(tok)
    for _ in range(4):
        aux = [c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")]
        if any(a in w.modals for a in aux) and "have" not in aux:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in w.conditions for c in node.children):
            return True
        if node.dep_ in ("xcomp", "ccomp") and lemma_of(node.head) in w.intents \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            return True  # "plans to evacuate", "aims to capture"
        if node.dep_ not in ("xcomp", "conj", "advcl", "acl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def clause_chars(doc: Doc, base: int, char: int) -> list[tuple[int, int]]:
    """Character ranges (with ``base``) of the clause that governs the token at ``char``."""
    tok = token_at_char(doc, char - base)
    if tok is None:
        return []
    return [(t.idx + base, t.idx + len(t.text) + base) for t in clause_tokens(tok)]


def outside_chars(doc: Doc, base: int, char: int) -> list[tuple[int, int]]:
    """Character ranges (with ``base``) of the clauses of the sentence that are not the
    figure's own clause, its dependents or the clauses it hangs from: a coordinated statement,
    another speech verb's content, a relative clause about something else. A place named there
    is not where this figure was counted."""
    tok = token_at_char(doc, char - base)
    if tok is None:
        return []
    verb = _verb_of(tok)
    keep = {a.i for a in tok.ancestors} | {tok.i} | {t.i for t in verb.subtree}
    out = []
    for t in doc:
        if t.dep_ in ("ccomp", "conj", "parataxis", "relcl", "advcl", "xcomp") and t.pos_ in ("VERB", "AUX") \
                and t.i not in keep:
            out.extend((s.idx + base, s.idx + len(s.text) + base) for s in t.subtree)
    return out
