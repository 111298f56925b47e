"""Speech frames read on the dependency parse, for claims the surface rules left unattributed.

A claim is attributed when a speech verb governs it ("X said [that] 12 were killed", "12 were
killed, X said": the claim sits in the verb's clausal complement or the verb is a parenthetical
beside it) or when "according to X" / "citing X" is attached inside the claim's own clause.
The speaker is the verb's subject (or the object of "according to") as a noun phrase, without
relative clauses, appositions and locating phrases ("Ziv Medical Center in the city of Safed"
is "Ziv Medical Center"). Pronouns are left to the surface rules, which resolve them across
sentences. The verbs and source phrases are the ones of ``actors.yaml`` (``speech_verbs``,
``source_intros``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..events.frames import token_at_char
from ..text.tokens import MONTH_NAMES
from ..vocab import _load, vocab

_CLAUSES = ("ccomp", "parataxis", "xcomp", "advcl", "conj", "dobj", "relcl")
_DROP = ("relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "parataxis")
_LOCATING = ("in", "at", "from", "near", "on", "inside", "outside")


@dataclass(frozen=True)
class Spoken:
    claimant: str
    modality: str  # claimed, denied, warned
    start: int  # character offsets of the claimant (with ``base``)
    end: int


@lru_cache(maxsize=1)
def _speech() -> tuple[dict[str, str], frozenset[str]]:
    data = _load("actors.yaml")
    verbs = {str(w).lower(): mod for mod, ws in (data.get("speech_verbs") or {}).items()
             for w in ws or [] if " " not in str(w)}
    verbs.pop("according", None)
    intros = frozenset(str(w).lower() for w in data.get("source_intros") or [] if " " not in str(w))
    return verbs, intros


@lru_cache(maxsize=1)
def _report_nouns() -> frozenset[str]:
    data = _load("actors.yaml")
    return frozenset(str(w).lower() for w in (data.get("report_nouns") or []) + ["statement", "update", "bulletin"])


@lru_cache(maxsize=1)
def _sourceless() -> tuple[frozenset[str], frozenset[str]]:
    data = _load("grammar.yaml")
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    return low("sourceless_words"), low("sourceless_heads")


@lru_cache(maxsize=1)
def _not_sources() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _load("actors.yaml").get("not_sources") or [])


def speaker_of(doc: Doc, base: int, char: int) -> Spoken | None:
    """The speech frame that governs the word at ``char``, if the parse shows one."""
    tok = token_at_char(doc, char - base)
    if tok is None:
        return None
    verbs, intros = _speech()
    according = _according(tok, intros)
    if according is not None:
        return _spoken(according, "claimed", base)
    node = tok
    for _ in range(8):
        if (node.lower_ in verbs or _puts_figure(node)) and node.i != tok.i and node.pos_ in ("VERB", "AUX"):
            if _apart(tok, node):
                return None  # "...; officials said": another sentence in all but the full stop
            subj = _subject(node)
            return _spoken(subj, verbs.get(node.lower_, "claimed"), base) if subj is not None else None
        for c in node.children:  # "..., X said": a parenthetical speech verb beside the claim
            if c.dep_ in ("parataxis", "ccomp") and c.lower_ in verbs and c.i > tok.i and not _apart(tok, c):
                subj = _subject(c)
                if subj is not None:
                    return _spoken(subj, verbs[c.lower_], base)
            if c.dep_ == "conj" and c.lower_ in verbs and c.i > tok.i and not _apart(tok, c) \
                    and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                subj = _hung_speaker(c, node)  # "12 were killed, a medic at the hospital ... told reporters"
                if subj is not None:
                    return _spoken(subj, verbs[c.lower_], base)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _puts_figure(verb: Token) -> bool:
    """"The ministry put the toll from the week's attacks at five dead": a figure given."""
    return verb.lemma_.lower() in ("put", "place") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in vocab().gram.toll_nouns for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The speaker of an active speech verb; None for a pronoun (the surface rules resolve it)
    and for a passive ("strikes were reported": the subject is what was said)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "X advanced ..., and [the ministry] ... claimed": a noun the parser hung on the first verb
        # as a conjunct, just before this one, is its own subject
        subj = next((c for c in verb.head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                     and c.i < verb.i and any(x.dep_ == "cc" and x.i < c.i for x in verb.head.children)), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "X blamed Y and said"
    if subj is None:
        subj = _hung_speaker(verb)
    if subj is None or subj.pos_ in ("PRON", "DET") or subj.is_stop:
        return None
    if subj.i == 0 and subj.text.isupper() and len(subj.text) >= 3:  # "SANAA, June 10 - The spokesman, ..., said"
        other = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != subj.i), None)
        appos = next((c for c in subj.children if c.dep_ == "appos" and c.lower_.rstrip(".") not in MONTH_NAMES
                      and not c.like_num), None)
        if other is not None or appos is not None:
            return other or appos  # the dateline's place is no speaker; the phrase the parse hung on it is
    return subj


def _hung_speaker(verb: Token, claim: Token | None = None) -> Token | None:
    """"..., a health official at the hospital that received them told CNN": the parser hung the
    speaker on the claim's last noun as an apposition; it is the noun phrase after the comma that
    runs up to the verb (the verb governs the claim's clause, or ``claim`` is the verb it is
    coordinated with)."""
    if verb.i < 2 or (claim is None and not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)):
        return None
    for t in verb.doc[:verb.i]:
        if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == verb.i - 1 \
                and t.left_edge.i > 0 and verb.doc[t.left_edge.i - 1].text == ",":
            return t
    return None


def _apart(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo:hi])


def _according(tok: Token, intros: frozenset[str]) -> Token | None:
    """The source of an "according to X" / "citing X" attached in the claim's own clause."""
    clause = tok
    while clause.dep_ not in ("ROOT", "ccomp", "parataxis") and clause.head.i != clause.i:
        clause = clause.head
    for t in clause.subtree:
        if t.lower_ == "according":
            to = next((c for c in t.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                return obj
        elif t.lower_ in intros and t.pos_ == "VERB":
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    return None


def _spoken(head: Token, modality: str, base: int) -> Spoken | None:
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if head.pos_ != "PROPN" and named is not None:
        head = named  # "the head of the regional administration, Oleh Synehubov": the name
    if head.lower_ in _not_sources() and not any(c.dep_ == "compound" for c in head.children):
        return None  # "according to footage": a medium, not a claimant ("Security Watch" is a name)
    if head.lower_ in _report_nouns() and all(c.dep_ == "det" for c in head.children):
        return None  # "the report said": which report is the surface rules' call
    words, heads = _sourceless()
    if head.lower_ in heads and all(c.lower_ in words for c in head.children):
        return None  # "according to preliminary data": no one named, the document's own voice
    keep = sorted(_phrase(head), key=lambda t: t.i)
    if not keep:
        return None
    lo, hi = keep[0].i, keep[-1].i + 1
    span = head.doc[lo:hi]
    text = span.text.strip(" ,.;:*\"'“”")
    if not any(t.pos_ in ("NOUN", "PROPN") for t in span) or len(text) < 2:
        return None
    if text.lower().startswith("the ") and len(text) > 8:
        text = text[4:]  # "the health ministry" -> "health ministry"; "the UN" stays whole
    return Spoken(text, modality, span.start_char + base, span.end_char + base)


def _joins(tok: Token) -> bool:
    """A token between two kept words that is no gap: a possessive "'s" or "'" ("the Prisoners'
    Society"), or the hyphen inside a word ("the Kharkiv operational-tactical grouping")."""
    attached = tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    return tok.text in ("'s", "’s") or (tok.text in ("'", "’") and attached) \
        or (tok.text == "-" and not tok.whitespace_ and attached)  # "the Prisoners' Society"


def _phrase(head: Token) -> list[Token]:
    """The head and its modifiers: compounds, adjectives, possessives, "of" phrases; not
    relative clauses, appositions or where the speaker is ("officials in Kherson")."""
    out = [head]
    for c in head.children:
        if c.dep_ in _DROP or c.dep_ == "prep" and c.lower_ in _LOCATING:
            continue
        if c.dep_ == "prep" and c.lower_ != "of":
            continue
        if c.i < head.i or c.dep_ in ("prep", "pobj"):
            out.extend(_phrase(c) if c.dep_ in ("poss", "prep", "pobj", "compound", "amod", "nmod") else [c])
    contiguous = sorted(out, key=lambda t: t.i)
    # keep the run that contains the head (a gap means a dropped clause)
    run, prev = [], None
    for t in contiguous:
        if prev is not None and t.i != prev.i + 1 and not (t.i == prev.i + 2 and _joins(head.doc[prev.i + 1])):
            if head.i > prev.i:
                run = []
            else:
                break
        run.append(t)
        prev = t
    return [t for t in run if t.text not in ("'s", "’s") or t.i != run[-1].i]
