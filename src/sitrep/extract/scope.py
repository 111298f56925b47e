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
from .vocab import _load, vocab

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
    bringing: frozenset[str]
    period_breakers: frozenset[str]
    states: frozenset[str]
    holding: frozenset[str]
    lasting: frozenset[str]
    summaries: frozenset[str]
    summing: frozenset[str]


@lru_cache(maxsize=1)
def words() -> ScopeWords:
    d = _load("scope.yaml")
    phrases = lambda key: tuple(tuple(str(p).lower().split()) for p in d.get(key) or [])  # noqa: E731
    low = lambda key: frozenset(str(w).lower() for w in d.get(key) or [])  # noqa: E731
    return ScopeWords(phrases("cumulative_phrases"), low("toll_nouns"), low("record_verbs"), low("loss_verbs"),
                      phrases("event_words"), low("modals"), low("conditions"), low("intents"),
                      phrases("period_phrases"), float(d.get("large_figure") or 100), low("ongoing_subjects"),
                      low("stock_verbs"), low("incident_nouns"), low("bringing_verbs"), low("period_breakers"),
                      low("state_categories"), low("holding_verbs"), low("lasting_verbs"),
                      low("summary_nouns"), low("summary_verbs"))


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


def _has(tokens: list[Token], phrases: tuple[tuple[str, ...], ...], breakers: frozenset[str] = frozenset()) -> bool:
    """A phrase in the clause, as whole words in a row; not one that only determines a noun after
    it ("in all directions") or is followed by a breaker ("a day after")."""
    low = [t.lower_ for t in tokens]
    for p in phrases:
        n = len(p)
        for k in range(len(low) - n + 1):
            if low[k:k + n] != list(p) or not all(tokens[k + j].i == tokens[k].i + j for j in range(n)):
                continue
            last = tokens[k + n - 1]
            after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
            if last.dep_ in ("det", "predet") and last.head.i > last.i:
                continue
            if after is not None and after.lower_ in breakers:
                continue
            return True
    return False


def scope_at(doc: Doc, base: int, char: int, is_party: Callable[[str], bool] = lambda s: False,
             value: float | None = None, figure: int | None = None, category: str | None = None) -> str | None:
    """"cumulative", "event", or None when the clause says nothing either way. ``value``: the
    figure, when there is one (a large figure in the perfect is a running total); ``figure``: its
    character offset (its own clause decides before the trigger's: "seized 251 hostages, 111 of
    whom are still held"); ``category``: a count of people trapped, sheltering or missing at a
    place is a state of that place, not a running total, unless its clause says so.

    A verb that shares its subject with the verb it hangs from ("have captured 173 soldiers and
    seized 2 vessels since ...", "have attacked 100 ships since ..., killing 6 seafarers") takes
    that verb's scope when its own clause says nothing."""
    fig = token_at_char(doc, figure - base) if figure is not None else None
    for at in ((figure, char) if figure is not None and figure != char else (char,)):
        tok = token_at_char(doc, at - base)
        if tok is None:
            continue
        if fig is not None and tok.i != fig.i and _verb_of(tok).dep_ == "relcl" \
                and fig.i not in {t.i for t in _verb_of(tok).subtree}:
            continue  # "seized 251 hostages, 111 of whom are still held": the relative clause is the 111's
        found = _scope_from(tok, is_party, value, category)
        if found is not None:
            return found
    return None


def _scope_from(tok: Token, is_party: Callable[[str], bool], value: float | None, category: str | None) -> str | None:
    verb = _verb_of(tok)
    found = _clause_scope(verb, clause_tokens(tok), is_party, value, category)
    if found is None and verb.dep_ == "acl" and verb.head.i != verb.head.head.i:
        verb = _verb_of(verb.head)  # "bringing the number of soldiers killed in the operation to 11"
        found = _marked(clause_tokens(verb), value)
    for _ in range(3):  # the words that date the verb it shares its subject with ("since ...", "on Monday")
        if found is not None or not _shares_subject(verb):
            break
        verb = verb.head
        found = _marked(clause_tokens(verb), value)
    return found


def _marked(clause: list[Token], value: float | None = None) -> str | None:
    """The scope a clause says in so many words (a since-phrase, a toll, a day), for a figure
    that hangs on it."""
    w = words()
    if _has(clause, w.cumulative):
        return "cumulative"
    if _has(clause, w.events) or _day_span(clause):
        return "event"
    return _toll_scope(clause, value)


def _toll_scope(clause: list[Token], value: float | None) -> str | None:
    """"The death toll rose to 57": a running count, unless it is one incident's."""
    w = words()
    summing = any(lemma_of(t) in w.summing and t.tag_ not in ("VBD", "VBN") for t in clause)  # "amounted to": a day's report
    toll = next((t for t in clause if _toll(t, w)
                 or (summing and (t.lemma_.lower() in w.summaries or t.lower_ in w.summaries))), None)
    if toll is None:
        return None
    if _has(clause, w.events) or _toll_of_incident(toll, clause, w):
        return "event"  # "the toll from the shelling", "the toll there", "the death toll from last night's strike"
    if any(lemma_of(t) in w.bringing for t in clause) or (value is not None and value >= w.large):
        return "cumulative"  # "bringing the number killed to 11", "the toll stands at 2,141"
    return "event" if value is not None else "cumulative"  # "a toll of 57 dead": one attack's toll


def _shares_subject(verb: Token) -> bool:
    """A coordinated verb or a participle with no subject of its own ("..., killing 6"), or an
    absolute "with" clause ("has risen to 59,000, with 140,000 people wounded")."""
    if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "prep") and c.lower_ == "with" for c in verb.children):
        return True
    if _own_subject(verb):
        return False
    return verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG")


def _clause_scope(verb: Token, clause: list[Token], is_party: Callable[[str], bool], value: float | None,
                  category: str | None) -> str | None:
    w = words()
    if _has(clause, w.cumulative):
        return "cumulative"
    toll = _toll_scope(clause, value)
    if toll is not None:
        return toll
    record = next((v for v in _up(verb, 2) if lemma_of(v) in w.records), None)
    if record is not None and not _narrative(record) and not _has(clause, w.events):
        return "cumulative"  # "has confirmed 1,417 deaths", "DTM has recorded 106,000 people displaced"
    if _month_span(clause) and not _has(clause, w.events):
        return "cumulative"  # "killed in Kadugli between 1 June and 31 August": a period's total
    if _has(clause, w.events) or _day_span(clause):
        return "event"  # "yesterday", "between 13 and 19 May"
    subj = _subject_of(verb)
    if _incident(subj, w) or any(_incident(t, w) and t.dep_ == "pobj" and t.head.lower_ in ("in", "by")
                                 for t in clause):
        return "event"  # "a strike killed 5", "killed in an attack on X" (also "last month")
    if _has(clause, w.periods, w.period_breakers) or _year_in(clause):
        return "cumulative"  # "killed across Haiti last year", "in 2024"
    ongoing = subj is not None and (subj.lemma_.lower() in w.ongoing or subj.lower_ in w.ongoing)
    party = subj is not None and lemma_of(verb) in w.losses and is_party(verb.doc[subj.left_edge.i:subj.i + 1].text)
    if party and _perfect(verb, ("had",)) and verb.dep_ == "ccomp":
        return "cumulative"  # "the General Staff said Russia had lost 18,600 troops": reported "has lost"
    if _perfect(verb):
        if party:
            return "cumulative"  # "Russia has lost 18,000 soldiers"
        if (value is not None and value >= w.large) or ongoing:
            return "cumulative"  # "41,118 people have been killed", "the war has displaced ..."
    elif ongoing and _perfect(verb, ("had",)):
        return "cumulative"  # "the fighting had killed 594 people by Thursday"
    elif ongoing and verb.tag_ == "VBD" and subj.lemma_.lower() in vocab().gram.whole_wars and value is not None and value >= w.large:
        return "cumulative"  # "That war killed more than 4,000 people": a whole war's toll
    if category in w.states:
        return None  # "150 villagers were sheltering", "five aid workers remain missing": the place's state
    if lemma_of(verb) in w.stock or (verb.dep_ in ("acomp", "xcomp", "oprd") and lemma_of(verb.head) in w.stock) \
            or (verb.tag_ in ("VBP", "VBZ") and lemma_of(verb) == "displace") \
            or any(c.dep_ == "auxpass" and c.lower_ in ("are", "is", "remain") for c in verb.children) \
            or _held_now(verb):
        return "cumulative"  # "are displaced", "hosts 650,000 displaced people", "are being held"
    return None


def _toll(t: Token, w: ScopeWords) -> bool:
    """A toll word: "death toll", "tally", "the number of", "Total ... killed", "the enemy's
    losses amount to"."""
    low = t.lemma_.lower()
    if low == "number":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
    return low in w.tolls and (t.pos_ == "NOUN" or t.dep_ == "amod")


def _toll_of_incident(toll: Token, clause: list[Token], w: ScopeWords) -> bool:
    """A toll of one attack: "the toll from the shelling", "the toll there"."""
    for t in toll.subtree:
        if t.dep_ == "pobj" and t.lemma_.lower() in w.incidents and t.head.lower_ in ("from", "of", "in"):
            return True
    return any(t.lower_ == "there" and t.dep_ == "advmod" for t in clause)


def _day_span(clause: list[Token]) -> bool:
    """A span of days: "between 13 and 19 May", "from 2 to 5 March" (not one across months)."""
    for t in clause:
        if t.lower_ not in ("between", "from"):
            continue
        nxt = list(t.doc[t.i + 1:t.i + 6])
        days = [x for x in nxt if x.text.isdecimal() and 1 <= int(x.text) <= 31]
        if len(days) >= 2 and any(x.lower_ in _MONTHS for x in nxt) and not _month_span([t]):
            return True
    return False


def _month_span(clause: list[Token]) -> bool:
    """A period across months: "between 1 June and 31 August", "from the beginning of June to
    the end of August", "from March to May": a period's total."""
    for t in clause:
        if t.lower_ not in ("between", "from"):
            continue
        months = {x.lower_ for x in t.doc[t.i + 1:t.i + 10] if x.lower_ in _MONTHS}
        if len(months) >= 2:
            return True
    return False


def _narrative(verb: Token) -> bool:
    """A simple past ("identified 58 bodies in the footage", "were confirmed"): one finding told,
    not a count kept to date ("has confirmed", "counts", "have been identified")."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return not _perfect(verb) and (verb.tag_ == "VBD" or any(a in ("was", "were") for a in aux)
                                   or (verb.tag_ == "VBN" and not aux and verb.dep_ in ("ROOT", "ccomp", "conj")))


def _held_now(verb: Token) -> bool:
    """Held as of now: "are being held", "is still holding"."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return "being" in aux and any(a in ("are", "is") for a in aux)


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
    """A year or a span of years or months: "in 2024", "between 1985 and 2018", "between January and March"."""
    return any(t.like_num and len(t.text) == 4 and t.text.isdecimal() and 1900 <= int(t.text) <= 2100
               and t.head.lower_ in ("in", "during", "throughout", "between", "from") for t in clause) \
        or any(t.lower_ == "between" and any(c.dep_ == "pobj" and c.lower_ in _MONTHS for c in t.children) for t in clause)


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})


def _perfect(verb: Token, auxes: tuple[str, ...] = ("has", "have", "'ve")) -> bool:
    """In the present perfect ("has lost", "have been killed"), also through a coordinated verb."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux and verb.dep_ == "conj":
        aux = [c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return any(a in auxes for a in aux)


def ongoing_at(doc: Doc, base: int, char: int) -> bool:
    """A hold on a place that lasts to date: a siege, an encirclement or control told as going on
    ("has been besieging X since December", "continue to besiege X", "X remains surrounded",
    "now controls X"), not its start or its end ("encircled X on Monday", "broke the siege")."""
    tok = token_at_char(doc, char - base)
    if tok is None:
        return False
    w = words()
    verb = _verb_of(tok)
    if lemma_of(verb) not in w.holding and tok.lemma_.lower() not in w.holding:
        return False
    clause = clause_tokens(tok)
    if _has(clause, w.events) or _day_span(clause):
        return False
    if any(t.lower_ in ("still", "now") and t.dep_ == "advmod" for t in clause):
        return True
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if lemma_of(verb.head) in w.lasting and verb.dep_ in ("xcomp", "acomp", "oprd", "ccomp") \
            or any(lemma_of(c) in w.lasting for c in verb.children if c.dep_ in ("aux", "auxpass")) \
            or lemma_of(verb) in w.lasting:
        return True  # "continue to besiege", "remains surrounded"
    if verb.tag_ == "VBG" and "been" in aux:
        return True  # "has been besieging"
    if verb.tag_ == "VBN" and "been" in aux and any(a in ("has", "have", "'ve", "'s") for a in aux):
        return True  # "have been encircled for weeks": a hold that has lasted to date
    return verb.tag_ in ("VBZ", "VBP") and lemma_of(verb) != "be"  # "controls 14 of 17 townships"


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
        if (node.dep_ == "advcl" or (node.dep_ == "conj" and _own_subject(node))) and _past(node):
            return False  # "will strike ..., a day after it sank two boats", "may God ..., and 31 were wounded"
        node = node.head
    return False


def _past(verb: Token) -> bool:
    """Told in the past or the perfect: "sank", "had downed", "were killed", "have fled"."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in words().modals for a in aux):
        return False
    return verb.tag_ == "VBD" or any(a in ("had", "has", "have", "'ve", "was", "were") for a in aux)


def past_fact_at(doc: Doc, base: int, char: int) -> bool:
    """The figure or trigger at ``char`` is told as a past fact, not under a modal or a
    condition: a warning's speaker who says "after it sank two boats" or "claiming they had
    downed 12 drones" claims the boats and the drones; the warning is the other clause."""
    tok = token_at_char(doc, char - base)
    return tok is not None and not hypothetical_at(doc, base, char) and _past(_verb_of(tok))


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


def names_a_day(text: str) -> bool:
    """Whether a sentence names a day or a night of its own ("yesterday", "on Monday",
    "overnight"): then a figure beside a running total may be that day's."""
    low = " " + " ".join(text.lower().split()) + " "
    return any(f" {' '.join(p)} " in low for p in words().events)
