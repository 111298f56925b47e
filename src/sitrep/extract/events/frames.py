"""Event frames on the dependency parse: a trigger and the places its roles reach.

The frames are data (``data/extract/frames.yaml``): per category, trigger lemmas (verbs and
event nouns) and dependency paths from the trigger to the noun that names where it happened.
From that noun, ``reach`` follows "the town of X", "a school in X", "the X camp", "X's market",
coordination ("A, B and C") and apposition down to the names themselves. What a name is (a
town, a region, a person) is decided later by the gazetteer, not here.

Works on any spaCy ``Doc`` or ``Span`` with a dependency parse and lemmas; offsets returned are
character offsets in that ``Doc`` plus ``base``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token

from ..vocab import _load as load_yaml, vocab

_PARTICLES = {"al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ed", "er", "es", "us", "ul", "bin", "ibn", "abu",
              "de", "du", "la", "le", "da", "do", "dos", "das", "van", "von"}


_LOCATIVE = {"in", "at", "near", "outside", "inside", "around"}
_ANAPHORS = frozenset({"town", "city", "village"})
_GROUND_PREPS = {"toward", "towards", "from", "into", "of", "to", "on"}  # a located verb's ground, not "along X Street"
_OF_NAMES = {"gulf", "bay", "strait", "straits", "sea", "isle", "cape", "port", "republic", "gulf"}


@dataclass(frozen=True)
class PlaceRole:
    start: int  # character offsets (with ``base``)
    end: int
    name: str
    labelled: bool  # the structure says it is a place ("the town of X", "a school in X", "seized X")
    within: tuple[int, int] | None = None  # the role this one contains ("X Square in Kyiv": Kyiv)
    the: bool = False  # named with "the" ("the Dnipro"): a river or area, never a town
    area: bool = False  # named with an area noun ("the Bekaa valley"): never a town
    anaphor: bool = False  # "the town", "the city": the settlement named before it in the sentence


@dataclass(frozen=True)
class FrameHit:
    category: str
    start: int  # the trigger's character offsets (with ``base``)
    end: int
    lemma: str
    places: tuple[PlaceRole, ...]


def _step(spec: str) -> tuple[str, frozenset[str]]:
    dep, _, words = spec.partition(":")
    return dep, frozenset(w.lower() for w in words.split("|") if w)


@dataclass(frozen=True)
class Frame:
    category: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    located_nouns: frozenset[str]
    located_verbs: dict
    phrasal: dict
    light: dict
    subject_is_place: frozenset[str]
    subject_needs: dict
    verb_paths: tuple
    noun_paths: tuple
    weak: frozenset[str]
    object_only: frozenset[str]
    not_objects: frozenset[str]
    movers: frozenset[str]
    people_objects: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    modified_nouns: dict = None  # noun -> the words before it that make it an event ("offensive operations")
    next_nouns: frozenset[str] = frozenset()  # "X would be its next target": a threat against X


@dataclass(frozen=True)
class Frames:
    frames: tuple[Frame, ...]
    of_nouns: frozenset[str]
    in_preps: frozenset[str]
    name_deps: frozenset[str]
    list_preps: frozenset[str]
    facility_nouns: frozenset[str]
    via_of: frozenset[str]
    area_nouns: frozenset[str]
    light_nouns: dict
    not_place_heads: frozenset[str]
    weapons: frozenset[str]
    not_names: frozenset[str]
    talked_about: frozenset[str]
    vessel_nouns: frozenset[str] = frozenset()
    vessel_marks: frozenset[str] = frozenset()
    support_verbs: frozenset[str] = frozenset()
    compass: frozenset[str] = frozenset()
    held_sites: frozenset[str] = frozenset()
    city_parts: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()

    @cached_property
    def places_nouns(self) -> frozenset[str]:
        """Nouns that name ground or a site: settlements, areas and facilities."""
        return self.of_nouns | self.facility_nouns

    @cached_property
    def lemmas(self) -> frozenset[str]:
        out: set[str] = set()
        for f in self.frames:
            out |= f.verbs | f.nouns | f.located_nouns | set(f.located_verbs) | set(f.light) | set(f.modified_nouns or ())
        return frozenset(out)

    @cached_property
    def next_lemmas(self) -> frozenset[str]:
        """"X would be the next city they take": read only in sentences with "next" (``next_nouns``)."""
        return frozenset(n for f in self.frames for n in f.next_nouns)


def _paths(raw) -> tuple:
    return tuple(tuple(_step(s) for s in path) for path in raw or [])


@lru_cache(maxsize=1)
def frames() -> Frames:
    data = load_yaml("frames.yaml")
    out = []
    for category, f in data["frames"].items():
        low = lambda xs: frozenset(str(x).lower() for x in xs or [])  # noqa: E731
        out.append(Frame(
            category, low(f.get("verbs")), low(f.get("nouns")), low(f.get("located_nouns")),
            {k: low(v) for k, v in (f.get("located_preps") or {}).items() if k in set(f.get("located_verbs") or [])},
            {k: low(v) for k, v in (f.get("phrasal") or {}).items()},
            {k: low(v) for k, v in (f.get("light") or {}).items()},
            low(f.get("subject_is_place")), {k: low(v) for k, v in (f.get("subject_needs") or {}).items()},
            _paths(f.get("verb_paths")), _paths(f.get("noun_paths")), low(f.get("weak")), low(f.get("object_only")),
            low(f.get("not_objects")), low(f.get("movers")), low(f.get("people_objects")), low(f.get("people")),
            {k: low(v) for k, v in (f.get("modified_nouns") or {}).items()}, low(f.get("next_nouns"))))
    r = data["reach"]
    low = lambda xs: frozenset(str(x).lower() for x in xs or [])  # noqa: E731
    return Frames(tuple(out), low(r["of_nouns"]), low(r["in_preps"]), low(r["name_deps"]), low(r["list_preps"]),
                  low(r["facility_nouns"]), low(r.get("via_of")), low(r["area_nouns"]), {k: low(v) for k, v in (r.get("light_nouns") or {}).items()},
                  low(data.get("not_place_heads")), low(data.get("weapons")), low(data.get("not_names")),
                  low(data.get("talked_about")), low(r.get("vessel_nouns")), low(r.get("vessel_marks")),
                  low(r.get("support_verbs")), low(r.get("compass")), low(r.get("held_sites")),
                  low(r.get("city_parts")), low(r.get("unit_words")))


# -- following paths -----------------------------------------------------------------------
def _follow(tok: Token, path: tuple) -> list[Token]:
    """The tokens reached from ``tok`` along ``path`` (``prep`` steps end on their object)."""
    level = [tok]
    for dep, words in path:
        nxt = []
        for t in level:
            for c in t.children:
                if c.dep_ != dep or (words and c.lower_ not in words):
                    continue
                nxt.extend(_objects(c) if dep in ("prep", "prt") else [c])
        level = nxt
    return level


def _objects(prep: Token) -> list[Token]:
    """The object of a preposition, through a stacked one ("out of X", "from near X")."""
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if objs:
        return objs
    return [o for c in prep.children if c.dep_ == "prep" for o in _objects(c)]


def _proper(t: Token) -> bool:
    """A proper name, also when the tagger mistook a rare one for a verb ("Sagaing region")."""
    if t.pos_ in ("PRON", "DET", "ADP", "CCONJ", "AUX", "PART", "NUM", "ADJ"):
        return False
    return t.pos_ == "PROPN" or (t.is_title and t.dep_ in ("compound", "poss", "pobj", "dobj", "conj", "appos",
                                                          "nsubj", "nsubjpass"))


def _after_particle(tok: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the listed prepositions, also behind a particle ("driven back from X")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "prt", "advmod", "agent") and c.lower_ in preps:
            out += _objects(c)
        elif c.dep_ in ("prt", "advmod"):
            out += [o for p in c.children if p.dep_ == "prep" and p.lower_ in preps for o in _objects(p)]
    return out


_MODALS = {"would", "could", "might", "may", "can", "will", "should", "must", "shall"}
_INTENT = {"try", "attempt", "aim", "seek", "plan", "want", "threaten", "intend", "vow", "hope", "prepare",
           "fail", "need", "expect", "aim", "bid", "effort", "push"}


_ASPECT = frozenset({"continue", "keep", "begin", "start", "resume", "go"})  # "continued to shell X": it happens
# "claimed to have taken X", "is said to control X": a report of the event, not a purpose
_REPORTED = frozenset({"claim", "say", "report", "appear", "seem", "allege", "believe", "know", "understand"})


@lru_cache(maxsize=1)
def _unreal_nouns() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    data = load_yaml("frames.yaml").get("unreal_nouns") or {}
    return (frozenset(str(w).lower() for w in data.get("modifiers") or ()),
            tuple(" " + str(w).lower() for w in data.get("before") or ()),
            frozenset(str(w).lower() for w in data.get("for_verbs") or ()))


def _unreal_noun(tok: Token) -> bool:
    """An event noun that has not happened: "a possible assault on X", "ahead of further raids",
    "massing troops for an assault on X"."""
    if tok.pos_ != "NOUN":
        return False
    modifiers, before, for_verbs = _unreal_nouns()
    if any(c.dep_ in ("amod", "compound") and c.lower_ in modifiers for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in for_verbs:
        return True  # "massing troops for an assault on X"
    left = tok.left_edge.i
    said = " " + " ".join(t.lower_ for t in tok.doc[max(0, left - 4):left])
    return said.endswith(before)


def _unreal(tok: Token, purpose: bool = True) -> bool:
    """A trigger that did not happen (yet): under a modal ("could take Kyiv"), meant or tried
    ("tried to enter X", "plans to storm X"), the subject of a hypothesis ("Capturing X would
    ..."), or a noun of a possible or coming event ("a possible assault on X", "ahead of raids")."""
    if _unreal_noun(tok):
        return True
    if purpose and tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
            and not (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _ASPECT) \
            and not any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children) \
            and not (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REPORTED):
        return True  # "to hit a depot", "sent to seize X": a purpose, not an event ("continue to besiege X" is one)
    head = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
            return True
        if purpose and head.dep_ in ("xcomp", "acl") and head.head.lemma_.lower() in _INTENT:
            return True
        if head.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.head.children):
            return True
        if head.dep_ not in ("conj", "xcomp", "csubj", "advcl") or head.head.i == head.i:
            break
        head = head.head
    return False


_THREATS = frozenset({"threaten", "vow", "warn", "swear"})
_FUTURE = frozenset({"will", "would", "shall", "'ll"})


def _threat(tok: Token) -> bool:
    """A trigger a speaker threatens: under a verb of threat ("warned that they would strike X if
    ...", "vowed to hit X") or under "will/would" with no condition ("El Obeid would be the next
    city his forces would take"), not a plan, an attempt or a condition's outcome ("If the talks
    fail, the RSF would take X")."""
    head, future, condition = tok, False, False
    for _ in range(4):
        future = future or (head.i == tok.i and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in head.children)
                            and any(c.dep_ == "nsubj" for c in head.children))  # "his forces would take X", not "would be freed"
        condition = condition or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children) or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in head.children)
        if head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() in _THREATS:
            return True
        if head.dep_ not in ("conj", "xcomp", "relcl", "ccomp") or head.head.i == head.i:
            break
        head = head.head
    return future and not condition


def _ground(tok: Token, fr: Frames) -> bool:
    """An object that can be ground: a name, a settlement or facility noun, "control of", "it"."""
    return _proper(tok) or tok.pos_ == "PRON" or tok.lemma_.lower() in fr.places_nouns \
        or tok.lemma_.lower() in ("control", "ground", "territory", "position", "positions", "area", "areas",
                                  "village", "villages", "town", "towns", "city", "hill", "heights", "road")


_WHEN_PREPS = frozenset({"in", "on", "after", "within", "during", "last"})


def _fell_when(tok: Token) -> bool:
    """"Avdiivka fell in February 2024 after a four-month assault": a named place that fell, with
    only its time told (not "Gaza fell into chaos", "prices fell")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN":
        return False
    preps = [c for c in tok.children if c.dep_ in ("prep", "acomp", "oprd", "prt", "dobj")]
    return bool(preps) and all(c.dep_ == "prep" and c.lower_ in _WHEN_PREPS and any(_when(o) for o in _objects(c))
                               for c in preps)


def _when(o: Token) -> bool:
    """A time ("in February 2024", "on Monday", "last week") or a fight that takes time ("after a siege")."""
    return o.ent_type_ in ("DATE", "TIME") or o.like_num or o.lower_ in _TIME_NOUNS or o.lower_ in frames().not_names \
        or o.lemma_.lower() in ("assault", "siege", "battle", "offensive", "fighting")


_TIME_NOUNS = frozenset({"week", "weeks", "month", "months", "day", "days", "year", "years", "spring", "summer",
                         "autumn", "winter", "weekend", "night", "morning"})


def _district(tok: Token, fr: Frames) -> bool:
    """An area wider than a village ("Masisi territory", "Depayin township", "North Kivu province")."""
    return tok.lemma_.lower() in fr.area_nouns or tok.lemma_.lower() in ("district", "township", "governorate")


def _building(tok: Token, fr: Frames) -> bool:
    """A building or site that is no held ground (a hotel, a school, a church; not a base, an
    outpost or a town)."""
    lemma = tok.lemma_.lower()
    return lemma in fr.facility_nouns and lemma not in fr.of_nouns and lemma not in fr.held_sites


def _listed(tok: Token, other: Token) -> bool:
    """``other`` is the next item of a list with ``tok`` ("A, B and C"), not a far clause's noun."""
    lo, hi = sorted((tok.i, other.i))
    gap = [t for t in tok.doc[lo + 1:hi] if not (_proper(t) or t.text == "-" or t.pos_ == "PROPN")]
    return len(gap) <= 4 and all(t.lower_ in (",", "and", "or", "the", "as", "well", "&") for t in gap)


_PAST = ("ago", "last year", "years", "previous year", "earlier this year", "last spring", "last summer",
         "last autumn", "last winter", "last decade")


def _background(tok: Token) -> bool:
    """A trigger dated to an earlier time by its own clause ("two years ago", "last year"):
    history recalled, not news. Relative clauses inside it ("who seized power in 2022") and a
    running state ("since 2022") do not count."""
    branch, node = None, tok
    for _ in range(3):
        for c in node.children:
            if (branch is None or c.i != branch.i) and any(_earlier(t) for t in _own_clause(c)):
                return True
        if node.head.i == node.i or node.dep_ in ("ccomp", "parataxis", "relcl") or node.head.lemma_ in _SPEECH:
            break
        branch, node = node, node.head
    return False


def _own_clause(tok: Token):
    """``tok`` and its descendants, not entering relative or other subordinate clauses."""
    if tok.dep_ in _OTHER_CLAUSES:
        return
    yield tok
    for c in tok.children:
        yield from _own_clause(c)


_OTHER_CLAUSES = ("relcl", "acl", "ccomp", "advcl", "csubj")
_SPEECH = {"say", "tell", "add", "report", "claim", "announce", "declare", "state"}
_LAST = {"year", "decade"}


def _earlier(t: Token) -> bool:
    """"ago", "last year", "the previous year"."""
    if t.lower_ == "ago":
        return True
    return t.lower_ in _LAST and any(c.lower_ in ("last", "previous") for c in t.children)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


# -- from a reached noun to place names -------------------------------------------------------
def _vessel(tok: Token, fr: Frames) -> bool:
    """"the Greek-operated Magic Seas", "the Liberian-flagged X": a ship's name, not a place."""
    marks = tuple("-" + m for m in fr.vessel_marks)
    return any(c.dep_ in ("amod", "compound") and c.lower_.endswith(marks) for c in tok.children) \
        or any(t.lower_ in fr.vessel_marks and t.nbor(-1).text == "-"
               for t in tok.doc[max(0, tok.i - 4):tok.i] if t.i > 0)


def _speaker(tok: Token) -> bool:
    """A phrase followed by a speech verb ("..., which sits south of Pokrovsk, the Institute for the
    Study of War said"): the parser hung the speaker on the place, which it does not name."""
    nxt = tok.right_edge.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].lemma_.lower() in _SPEECH


def _name_span(tok: Token) -> tuple[int, int]:
    """Token range of the proper name headed by ``tok`` ("El Fasher", "Maroun al-Ras")."""
    lo = hi = tok.i
    doc = tok.doc
    while lo > 0 and _name_part(doc[lo - 1], tok) and doc[lo - 1].head.i in range(lo - 1, tok.i + 1):
        lo -= 1
    while lo > 1 and doc[lo - 1].text == "-" and doc[lo - 1].idx + 1 == doc[lo].idx \
            and doc[lo - 2].idx + len(doc[lo - 2].text) == doc[lo - 1].idx and doc[lo - 2].is_alpha:
        lo -= 2  # "Pétion-Ville" read with "Ville" as the head: the glued part before it
    while True:
        while hi + 1 < len(doc) and (doc[hi + 1].idx == doc[hi].idx + len(doc[hi].text)) and doc[hi + 1].text != "'s" \
                and (doc[hi + 1].is_alpha or doc[hi + 1].text == "-"):
            hi += 1  # glued parts: "al-Ras", "Port-au-Prince"
        if hi + 3 < len(doc) and doc[hi + 1].lower_ in _PARTICLES and doc[hi + 2].text == "-" \
                and doc[hi + 2].idx == doc[hi + 1].idx + len(doc[hi + 1].text) \
                and doc[hi + 3].idx == doc[hi + 2].idx + 1 and doc[hi + 3].is_title:
            hi += 3  # "Aita al-Shaab", "Maroun al-Ras": a particle joined to the next word
            continue
        break
    while doc[hi].text == "-":
        hi -= 1
    if doc[hi].lower_ in _OF_NAMES and hi + 2 < len(doc) and doc[hi + 1].lower_ == "of" and _proper(doc[hi + 2]):
        hi = _name_span(doc[hi + 2])[1] - 1  # "the Gulf of Aden", "the Strait of Hormuz"
    return lo, hi + 1


def _name_part(t: Token, head: Token) -> bool:
    if t.dep_ in ("compound", "flat", "nmod") and (t.pos_ == "PROPN" or t.is_title):
        return True
    return t.text == "-" or (t.lower_ in _PARTICLES and t.nbor(1).idx == t.idx + len(t.text) + (t.nbor(1).text == "-"))


class _Reader:
    def __init__(self, fr: Frames, base: int):
        self.fr, self.base = fr, base
        self.out: dict[tuple[int, int], PlaceRole] = {}

    def add(self, tok: Token, labelled: bool, within: tuple[int, int] | None = None,
            area: Token | None = None) -> tuple[int, int] | None:
        lo, hi = _name_span(tok)
        if area is not None and area.i >= hi:
            hi = area.i + 1  # "the Bekaa valley", "North Kivu province": the area noun is part of the name
        doc = tok.doc
        span = doc[lo:hi]
        if not span.text[:1].isupper():
            return None
        key = (span.start_char + self.base, span.end_char + self.base)
        old = self.out.get(key)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        the = the or area is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in area.children)
        self.out[key] = PlaceRole(key[0], key[1], span.text, labelled or (old.labelled if old else False),
                                  within if old is None else old.within, the, area is not None)
        return key

    def reach(self, tok: Token, depth: int = 0, cue: bool = False) -> None:
        if depth > 3 or tok.lower_ in self.fr.not_place_heads:
            return
        fr = self.fr
        if tok.pos_ == "PRON" and tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "Bakhmut, which troops encircled": the noun the clause is about
        if tok.like_num or tok.lower_ in self.fr.not_names:
            return  # "in March", "on Monday", "in 2022"
        if _proper(tok):
            owner = next((c for c in tok.children if c.dep_ == "poss" and _proper(c)), None)
            if owner is not None:  # "Gaza City's Shejaiya": the city the district belongs to
                self.reach(owner, depth + 1, cue)
                return
            key = self.add(tok, cue)
            for c in tok.children:
                if key and c.dep_ == "prep" and c.lower_ in ("in", "at") and depth < 3:
                    for o in _objects(c):  # "Independence Square in Kyiv": Kyiv, if the square is not known
                        if _proper(o):
                            self.add(o, True, within=key)
                if (c.dep_ == "conj" and _listed(tok, c)) or (c.dep_ == "appos" and _proper(c) and not _speaker(c)):
                    self.reach(c, depth, cue)  # "A, B and C"; a descriptor ("X, a port on ...") is not the place
                elif c.dep_ == "prep" and c.lower_ in fr.list_preps:
                    for o in _objects(c):
                        self.reach(o, depth + 1, cue)
                elif c.dep_ == "prep" and c.lower_ == "near" and tok.head.lower_ == "of" \
                        and tok.head.head.lower_ in fr.compass:
                    for o in _objects(c):  # "northeast of Kupiansk near Radkivka": the nearer village
                        self.reach(o, depth + 1, True)
            return
        if tok.lower_ in fr.compass:  # "west of Pokrovsk", "north of Kupiansk; and east of it"
            if not (tok.head.pos_ == "VERB" or tok.head.lower_ in fr.compass
                    or (tok.head.pos_ == "PROPN" and tok.dep_ == "conj")):
                return  # "the port north of Hodeidah", "Udachne (southwest of Pokrovsk)": a description
            named = [c for c in tok.children if c.dep_ == "compound" and lemma_of(c) not in fr.lemmas]
            if named:  # the parser's "[the Ras Isa fuel port] north": the port is what was hit
                for c in named:
                    self.reach(c, depth + 1, cue)
                return
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in _objects(c):
                        self.reach(o, depth + 1, cue)
                elif c.dep_ == "conj":
                    self.reach(c, depth, cue)
            return
        lemma = tok.lemma_.lower()
        if lemma in fr.via_of:  # "a row of warehouses in X": what the row is of
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in _objects(c):
                        self.reach(o, depth + 1, cue)
        settlement = lemma in fr.of_nouns or tok.lower_ in fr.of_nouns
        if lemma in _ANAPHORS and depth == 0 and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in ("prep", "compound", "amod", "poss", "appos", "relcl", "acl") for c in tok.children):
            key = (tok.idx + self.base, tok.idx + len(tok.text) + self.base)  # "struck the town": the town named before
            self.out.setdefault(key, PlaceRole(key[0], key[1], tok.text, True, anaphor=True))
            return
        facility = settlement or lemma in fr.facility_nouns
        located = facility and not settlement and any(  # "the Sabreen market in the Karari area": placed by "in"
            c.dep_ == "prep" and c.lower_ in _LOCATIVE and any((_proper(o) or any(_proper(x) for x in o.children))
                                                               and not _district(o, fr) for o in _objects(c))
            for c in tok.children)  # (not "the Kitshanga market in Masisi territory": the village names it)
        owner = any(c.dep_ == "poss" and _proper(c) for c in tok.children)  # "Kharkiv's X district": Kharkiv
        if lemma in vocab().gram.port_words and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(_proper(x) for o in _objects(c) for x in o.subtree)
                for c in tok.children):
            located = True  # "the Danube port of Izmail": the town after "of" is the place, the river only describes
        if lemma in fr.city_parts and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(_proper(x) for o in _objects(c) for x in o.subtree)
                for c in tok.children):
            located = True  # "the Kyivskyi district of Kharkiv": the city after "of" is the place
        vessel = lemma in fr.vessel_nouns  # "the landing ship Orsk": a ship's name is no place
        for c in tok.children:
            if vessel and (c.dep_ in fr.name_deps or c.dep_ == "appos"):
                continue
            if c.dep_ in fr.name_deps and facility and _proper(c) and not located and (c.dep_ == "poss" or not owner) \
                    and c.lemma_.lower() not in fr.unit_words:  # not "the Light Infantry Battalion 47 base"
                area = tok if lemma in fr.area_nouns and c.dep_ == "compound" else None
                self.add(c, True, area=area)  # "the Zamzam camp", "Omdurman's market" (not "the Antonov airport in X")
            elif c.dep_ == "prep" and c.lower_ == "of" and settlement:
                for o in _objects(c):
                    self.reach(o, depth + 1, True)  # "the town of X", "the villages of A and B"
            elif c.dep_ == "prep" and c.lower_ == "of" and facility and lemma in fr.held_sites:
                for o in _objects(c):  # "the headquarters of the 22nd Division in X": where the unit's site is
                    for p in o.children:
                        if p.dep_ == "prep" and p.lower_ in _LOCATIVE:
                            for x in _objects(p):
                                self.reach(x, depth + 1, True)
            elif c.dep_ == "prep" and lemma in fr.light_nouns and c.lower_ in fr.light_nouns[lemma]:
                for o in _objects(c):
                    self.reach(o, depth + 1, cue)  # "took control of X"
            elif c.dep_ == "prep" and c.lower_ in fr.in_preps and c.lower_ != "of" and facility and (
                    not settlement or not any((x.dep_ in fr.name_deps and _proper(x)) or x.lower_ == "of"
                                              for x in tok.children)):
                # "a school in Kuriga"; an unnamed "village near Kyauktaw" or "army camp in X": placed by the town
                for o in _objects(c):
                    self.reach(o, depth + 1, cue or c.lower_ in _LOCATIVE)  # "a school in Kuriga"
            elif c.dep_ in ("conj", "appos"):
                self.reach(c, depth + (c.dep_ == "appos"), cue)  # "the capital, Kyiv"
            elif c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and facility and not settlement:
                for p in c.children:  # "a ship moored in the port of Odesa", "a camp located near X"
                    if p.dep_ == "prep" and p.lower_ in fr.in_preps and p.lower_ != "of":
                        for o in _objects(p):
                            self.reach(o, depth + 1, cue or p.lower_ in _LOCATIVE)
            elif c.dep_ == "prep" and c.lower_ in fr.list_preps:
                for o in _objects(c):
                    self.reach(o, depth + 1, cue or settlement)  # "settlements including A and B"


# -- triggers -------------------------------------------------------------------------------
def talked_about(tok: Token, fr: Frames | None = None) -> bool:
    """An event noun that a verb talks about rather than tells: "condemned the attack on X",
    "marched to protest against the settler attacks"."""
    fr = fr or frames()
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in fr.talked_about:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("against", "over") and tok.head.head.lemma_.lower() in fr.talked_about


def lemma_of(tok: Token) -> str:
    """The token's lemma, with irregular forms the lemmatizer does not know ("retook")."""
    return _irregular().get(tok.lower_) or tok.lemma_.lower()


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    data = load_yaml("frames.yaml")
    return {str(w).lower(): str(lemma).lower() for lemma, words in (data.get("irregular") or {}).items() for w in words}


def _roles(tok: Token, f: Frame, fr: Frames) -> list[Token] | None:
    lemma = lemma_of(tok)
    gerund = tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "dobj", "pobj") and tok.lower_ in (f.nouns | f.located_nouns)
    if gerund:  # "Fighting continued near X": a noun the tagger read as a verb
        lemma = tok.lower_
    if not gerund and (tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma in f.verbs)):
        if lemma in f.verbs:
            if lemma in f.people_objects and not any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in f.people for c in tok.children):
                return None  # "seized 18 worshippers" abducts; "seized the town" does not
            paths = f.verb_paths[:2] if lemma in f.object_only else f.verb_paths
            if f.category == "territory" and any(c.dep_ == "dobj" and not _ground(c, fr) for c in tok.children):
                return None  # "captured 30 soldiers in X", "seized two tanks": people or things, not ground
            if f.category == "territory" and any(c.dep_ == "dobj" and _building(c, fr) for c in tok.children):
                return None  # "stormed a hotel in Mogadishu": an attack on a building, no ground changes hands
            if lemma in f.object_only and f.category == "attack":
                return [t for p in paths for t in _follow(tok, p)
                        if t.pos_ == "PROPN" or t.lemma_.lower() in fr.places_nouns]
            found = [t for p in paths for t in _follow(tok, p) if t.lemma_.lower() not in f.not_objects]
            found += [c for c in tok.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in fr.compass]
            if lemma in f.object_only and any(c.dep_ == "dobj" and c.lemma_.lower() in f.not_objects for c in tok.children):
                return None  # "took place in X", "took part"

            if lemma in f.phrasal:
                found += _after_particle(tok, f.phrasal[lemma])
            if lemma in f.subject_is_place and any(c.dep_ == "prep" and c.lower_ in f.subject_needs.get(lemma, ())
                                                   for c in tok.children):
                found += [c for c in tok.children if c.dep_ == "nsubj"]
            return found
        if lemma in f.located_verbs:
            preps = f.located_verbs[lemma]
            if any(c.dep_ == "dobj" and c.lemma_.lower() not in f.movers for c in tok.children):
                return None  # "drove 60 people out of X", "pull resources away from X"
            found = [o for o in _after_particle(tok, preps)  # "advanced in X", not "advancing in Kachin State"
                     if not (o.head.lower_ == "in" and o.lower_ in fr.area_nouns)]
            if lemma not in f.subject_is_place:  # "shells fell ... west of Goma": no one moved there
                found += [c for c in tok.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in fr.compass]
            if lemma in f.subject_is_place and (any(c.dep_ == "prep" and c.lower_ in f.subject_needs.get(lemma, ())
                                                    for c in tok.children) or _fell_when(tok)):
                found += [c for c in tok.children if c.dep_ == "nsubj"]
            return found
        return None
    if tok.pos_ == "NOUN" and lemma in f.next_nouns:  # "Jowhar would be its next target"
        if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and any(c.lower_ == "next" for c in tok.children) \
                and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.head.children):
            return [c for c in tok.head.children if c.dep_ == "nsubj"]
        return None
    if tok.pos_ in ("NOUN", "PROPN") or gerund:
        if lemma in f.light:
            return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in f.light[lemma] for o in _objects(c)]
        if lemma in f.nouns:
            found = [t for p in f.noun_paths for t in _follow(tok, p)]
            if tok.dep_ == "compound" and tok.head.lower_ in fr.compass:
                found.append(tok.head)  # "made a confirmed advance west of Pokrovsk"
            if f.category == "attack" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":  # "a strike cut the road at X"
                found += [o for c in tok.head.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE
                          for o in _objects(c)]
                found += [c for c in tok.head.children if c.dep_ == "dobj"]
            return found + (_supported(tok, fr) if f.category == "attack" else [])
        if lemma in f.located_nouns or (f.modified_nouns and lemma in f.modified_nouns and any(
                c.dep_ in ("amod", "compound") and c.lower_ in f.modified_nouns[lemma] for c in tok.children)):
            return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in _AROUND
                    for o in _objects(c)] + (_supported(tok, fr) if f.category == "attack" else [])
    return None


_AROUND = ("in", "for", "at", "around", "near")


def _supported(tok: Token, fr: Frames) -> list[Token]:
    """The place a support verb gives its event noun: "launched an attack along the border at
    A and B", "fighting continued near A, B and C" (the verb's own locative phrases)."""
    head = tok.head
    if tok.dep_ not in ("dobj", "nsubj") or head.pos_ != "VERB" or lemma_of(head) not in fr.support_verbs:
        return []
    return [o for c in head.children if c.dep_ == "prep" and c.lower_ in _AROUND for o in _objects(c)]


def find_frames(doc: Doc, base: int = 0, fr: Frames | None = None) -> list[FrameHit]:
    """Event frames of a parsed sentence, trigger by trigger, with the places they reach."""
    fr = fr or frames()
    out = []
    armed = any(t.lemma_.lower() in fr.weapons or t.lower_ in fr.weapons for t in doc)
    for tok in doc:
        if (lemma_of(tok) not in fr.lemmas and tok.lower_ not in fr.lemmas and lemma_of(tok) not in fr.next_lemmas) \
                or _negated(tok) or _background(tok) \
                or (_unreal(tok) and not _threat(tok)):
            continue  # a threat ("vowed to strike X", "would take X next") is kept: its speaker warns
        if talked_about(tok, fr):
            continue  # "condemned the attack on X": an attack talked about, not a new one
        for f in fr.frames:
            heads = _roles(tok, f, fr)
            if not heads:
                continue
            if lemma_of(tok) in f.weak and not armed and not (tok.pos_ == "NOUN" and lemma_of(tok) in f.next_nouns):
                continue  # "a storm hit Kyiv", "the news hit the markets" (not "X would be its next target")
            reader = _Reader(fr, base)
            for h in heads:
                # "... in X", "seized X": the parse alone says X is a place
                sure = (h.dep_ == "pobj" and h.head.lower_ in _LOCATIVE) or \
                    (f.category == "territory" and h.dep_ in ("dobj", "nsubjpass")) or \
                    (f.category == "attack" and h.dep_ in ("dobj", "nsubjpass") and h.head.i == tok.i
                     and h.pos_ == "PROPN" and not _vessel(h, fr) and h.lemma_.lower() not in fr.facility_nouns) or \
                    (f.category == "attack" and tok.pos_ == "NOUN" and h.dep_ == "pobj" and h.head.lower_ == "on"
                     and h.head.head.i == tok.i and h.pos_ == "PROPN" and not _vessel(h, fr)
                     and h.lemma_.lower() not in fr.facility_nouns) or \
                    (f.category == "territory" and tok.pos_ == "NOUN" and h.dep_ == "pobj" and h.head.lower_ == "of"
                     and any(c.dep_ in ("det", "poss") for c in tok.children)) or \
                    (f.category == "territory" and tok.pos_ == "VERB" and lemma_of(tok) in f.located_verbs
                     and h.dep_ == "pobj" and h.pos_ == "PROPN" and h.head.lower_ in _GROUND_PREPS)  # "advanced toward X", "withdrew from X"
                reader.reach(h, cue=sure)
            if reader.out:
                out.append(FrameHit(f.category, tok.idx + base, tok.idx + len(tok.text) + base, lemma_of(tok),
                                    tuple(sorted(reader.out.values(), key=lambda p: p.start))))
    return out


# -- which sentences to parse ---------------------------------------------------------------
def _inflections(lemma: str) -> set[str]:
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        out |= {lemma[:-1] + "ing", lemma[:-1] + "ed"}
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouywx":
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


@lru_cache(maxsize=1)
def trigger_forms() -> frozenset[str]:
    """Lowercase word forms of every trigger lemma (regular inflections plus the irregular ones
    listed in frames.yaml): a sentence without one needs no parse for events."""
    data = load_yaml("frames.yaml")
    forms: set[str] = set()
    for lemma in frames().lemmas:
        forms |= _inflections(lemma)
    for words in (data.get("irregular") or {}).values():
        forms |= {str(w).lower() for w in words}
    return frozenset(forms)


# -- counts --------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def shelter_verbs() -> frozenset[str]:
    """Verbs of people sheltering ("were staying", "had been sleeping"): displaced people counted
    where they shelter are `affected`."""
    return frozenset(str(v).lower() for v in load_yaml("frames.yaml").get("shelter_verbs") or [])


@lru_cache(maxsize=1)
def count_verbs() -> dict[str, str]:
    data = load_yaml("frames.yaml")
    return {str(v).lower(): cat for cat, verbs in (data.get("count_verbs") or {}).items() for v in verbs or []}


def token_at_char(doc: Doc, char: int) -> Token | None:
    """The token covering character ``char`` of ``doc`` (None in white space or outside)."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # len(doc.text), without joining it
    span = doc.char_span(char, char + 1, alignment_mode="expand") if 0 <= char < end else None
    return span[0] if span is not None and len(span) else None


def governing_verb(num: Token) -> Token | None:
    """The verb a number counts for: "killing 7" (object), "250 others abducted", "more than
    30 were injured" (subject), "dozens of people were killed" (through "of"), one item of a
    list of counts ("7 soldiers and 3 civilians were killed")."""
    t = num
    while t.dep_ in ("quantmod", "compound") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "nummod":
        t = t.head
    for _ in range(3):
        if t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN", "NUM"):
            t = t.head  # a later item of a list of counted nouns
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.like_num:
            t = t.head.head  # "dozens of people"
        else:
            break
    if t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    return None


def _conj_linked(a: Token, b: Token) -> bool:
    """Two verbs joined by coordination ("killed ... and abducted ...")."""
    def chain(t: Token) -> set[int]:
        out = {t.i}
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
            out.add(t.i)
        return out | {c.i for c in t.subtree if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")}
    return a.i != b.i and b.i in chain(a)


def count_category(doc: Doc, base: int, num_char: int, trigger_char: int | None, category: str) -> str:
    """The category of a count, corrected by the parse where the count belongs to a coordinated
    verb of another category than the trigger the surface rules paired it with."""
    num = token_at_char(doc, num_char - base)
    if num is None or trigger_char is None:
        return category
    if category == "captured":
        found = count_of(doc, base, num_char)
        if found is not None and found[0] == "abducted":
            return "abducted"  # "seized 251 hostages": hostages are abducted, not prisoners of war
    verb = governing_verb(num)
    trig = token_at_char(doc, trigger_char - base)
    if category == "displaced" and verb is not None and trig is not None and trig.dep_ == "amod" \
            and trig.head.i in {num.head.i, num.i}:  # "150 displaced villagers were staying ..."
        noun = num.head if num.dep_ == "nummod" else num
        if lemma_of(verb) in shelter_verbs() and noun.dep_ in ("nsubj", "nsubjpass"):
            return "affected"  # people sheltering at a place, not people who fled ("a camp hosts ..." stays displaced)
        other = count_verbs().get(lemma_of(verb))
        if other and other != "displaced":
            return other  # "200 displaced people were seized": abducted
    trig = token_at_char(doc, trigger_char - base)
    if verb is None or trig is None:
        return category
    other = count_verbs().get(lemma_of(verb))
    if other and other != category and _conj_linked(trig, verb):
        return other
    return category


def unreal_at(doc: Doc, base: int, char: int, purpose: bool = True) -> bool:
    """The trigger at ``char`` is hypothetical ("would fall", "could take"); with ``purpose``,
    also tried, planned or a bare "to" infinitive ("tried to enter X", "sent to seize X")."""
    tok = token_at_char(doc, char - base)
    return tok is not None and _unreal(tok, purpose)


def count_of(doc: Doc, base: int, num_char: int, events: dict[int, str] | None = None) -> tuple[str, int, str | None] | None:
    """(category, verb offset, counted noun or None) when the number at ``num_char`` is what a count verb counts,
    directly: its object or subject ("kidnapped 250 others", "30 were injured", "dozens of
    people were killed"), not a number inside a phrase ("a 64-year-old", "3 of the 12").
    ``events``: verbs the sentence's frames read as an event, by offset ("31 pupils were taken",
    an abduction): they count too."""
    num = token_at_char(doc, num_char - base)
    if num is None or num.pos_ != "NUM" and num.dep_ not in ("nummod", "dobj", "nsubj", "nsubjpass"):
        return None
    t = num
    while t.dep_ in ("quantmod", "advmod", "compound") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "nummod":
        t = t.head  # "250 others"
    elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NUM", "NOUN") \
            and t.head.head.like_num:
        t = t.head.head  # "dozens of people" read from "people"
    if t.dep_ == "pobj" or t.dep_ not in ("dobj", "nsubj", "nsubjpass", "conj"):
        if not (t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass")):
            return None
    verb = t.head
    while verb.dep_ == "conj" and verb.pos_ not in ("VERB",) and verb.head.i != verb.i:
        verb = verb.head
    if t.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubjpass"):
        # "destroyed five boats in the Black Sea and 84 drones", "killed a father and his three children"
        verb = verb.head
    if verb.pos_ != "VERB" or t.dep_ == "nsubj" and not any(c.dep_ == "auxpass" for c in verb.children) \
            and lemma_of(verb) not in ("die",):
        return None  # "the 30 soldiers killed ..." as an active subject counts the killers
    category = count_verbs().get(lemma_of(verb)) or (events or {}).get(verb.idx + base)
    held = {c.lower_ for c in verb.children if c.dep_ in ("oprd", "xcomp", "advmod", "dobj", "attr", "npadvmod")}
    if t.lemma_.lower() in ("hostage", "captive") and lemma_of(verb) in ("take", "seize", "capture", "hold", "grab"):
        category = "abducted"  # "seized 251 hostages"
    elif lemma_of(verb) in ("take", "hold") and held & {"hostage", "hostages", "captive", "captives"}:
        category = "abducted"  # "took 251 people hostage"
    elif lemma_of(verb) in ("take", "hold") and held & {"prisoner", "prisoners"}:
        category = "captured"  # "taken four prisoner"
    noun = t.lower_ if t.i != num.i and t.pos_ in ("NOUN", "PROPN", "PRON") else None
    return (category, verb.idx + base, noun) if category else None
