"""Denials as claims: "Kyiv denied that the town had fallen", "officials rejected this", "the
ministry dismissed the claim as propaganda", "called the report false", "said no aircraft were
lost", "said the airfield had not been hit".

Each denial makes a ``denied`` claim attributed to the denier, with the denied event's
category, place and date (and figure and item, when it denies a claim of the document):

- a denial that names what it denies ("denied that X had fallen", "rejected reports that ...",
  "said no jets were lost"): the claims extraction found in those words become the denier's
  ``denied`` claims (a reported claim inside a denial is its target, not an assertion of the
  denier); when it found none (a negated event yields no claim), one is made from the words:
  the category from the verb, the item from a materiel noun, the place from the place named;
- a denial that points back ("rejected this", "denied the claim"): copies of the claims it
  points to, the nearest earlier claims of another claimant in this or the two sentences
  before;
- a denial of a claim named by what it was about ("called the rebels' claim about X false",
  "rejected the militia's figure for the attack on X"), with no claim of the document to copy:
  a denied claim at that place, whose category is its noun's (a figure or toll counts the dead),
  else a materiel noun's, else that of the verbs about it, else of what the denier says after it
  ("..., saying officers remained in the town": a capture), else an attack; the linker then
  meets it with another claimant's claim of that category at that place; a claim named only by
  its owner ("dismissed the al-Shabaab toll as fabricated, saying the attack on X had been
  repulsed") takes its category from its noun or from what the denier says after it, and its
  place from there;
- a negated state said by a speaker: "X had not fallen", "the depot in X had not been hit" (the
  place is the clause's subject or the place it names), and a place still the speaker's ("'X
  remains under our control,' a spokesman said"): a denied capture (wording ``had_not``).

The wordings are in ``data/extract/denials.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml

from ..records import Claim, Evidence, Place
from .attribution.claimant_sides import claimant_side
from .claims import claim_id
from .dates import find_dates
from .text.tokens import dateline_end

_FACTS = ("asserted", "claimed")
_LOOKBACK = 2  # sentences a reference ("rejected this") may reach back
_OWN_CLAUSE = 8  # words before the cue that make a clause "this" may point to
_SUBJECT_WORDS = 10  # a denier named before the cue is at most this many words


@dataclass(frozen=True)
class Words:
    cues: dict[str, tuple[str, ...]]
    falsity: re.Pattern
    reference: frozenset[str]
    fillers: frozenset[str]
    speech: re.Pattern
    negated: list[tuple[str, re.Pattern]]  # (category, "not ... verb" / "no ... verb")
    verbs: list[tuple[str, re.Pattern]]  # (category, its verbs)
    not_events: re.Pattern
    people: re.Pattern
    held: re.Pattern
    items: list[tuple[str, re.Pattern]]
    held_by_speaker: re.Pattern
    held_by_name: re.Pattern  # "remained in army hands": the owner's name in a group n0, n1...
    about: re.Pattern  # "[the rebels'] claim about", "figure for": a claim named by what it was about
    about_nouns: dict[str, str | None]  # the category a claim's noun denies (a figure: killed)
    about_default: tuple[str, ...]
    clause_end: re.Pattern  # where the denied words end: "; ", ", saying ...", ", describing ..."
    bodies: re.Pattern  # "ministry", "army": the body a speaker speaks for
    no_truth: re.Pattern  # "there is no truth to the report that ...": what follows is called false


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def words() -> Words:
    root = resources.files("sitrep").joinpath("data/extract")
    data = yaml.safe_load(root.joinpath("denials.yaml").read_text(encoding="utf-8"))
    counted = yaml.safe_load(root.joinpath("counted.yaml").read_text(encoding="utf-8"))
    negated, verb_patterns = [], []
    for category, verbs in data["negated_verbs"].items():
        alt = _alternation(verbs)
        verb_patterns.append((category, re.compile(rf"\b(?:{alt})\b", re.I)))
        neg = _alternation(data["negators"])
        negated.append((category, re.compile(
            rf"\b(?:(?:{neg})\b(?:\s+\w+){{0,2}}?\s+(?P<v1>{alt})\b"
            rf"|\b(?:no|none\s+of\s+(?:the|its|their|our|his|her)?)\s+(?P<noun>[\w-]+(?:\s+[\w-]+){{0,3}}?)\s+"
            rf"(?:were|was|had\s+been|have\s+been|has\s+been|had\s+)\s*(?P<v2>{alt})\b"
            rf"|\b(?P<v3>{alt})\s+no\s+(?!(?:more|fewer|less)\s+than\b)[\w-]+"  # not "lost no more than five"
            rf"|\bthere\s+(?:were|had\s+been|was|has\s+been)\s+no\s+(?:[\w-]+\s+){{0,2}}?(?P<v4>{alt})\b"
            rf"|\bnone\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?P<v5>{alt})\b)", re.I)))
    happening = data["negated_happening"]  # "the attack on X never took place"
    negated.append(("attack", re.compile(
        rf"\b(?:{_alternation(happening['nouns'])})\b[^.;]{{0,100}}?\b(?:{_alternation(data['negators'])})\b"
        rf"(?:\s+\w+){{0,1}}?\s+(?P<v1>{_alternation(happening['verbs'])})\b", re.I)))
    items = [(item, re.compile(rf"\b(?:{_alternation(nouns)})\b", re.I))
             for item, nouns in counted["items"].items() if item != "other"]
    return Words(
        cues={k: tuple(v) for k, v in data["cues"].items()},
        falsity=re.compile(rf"\b(?:{_alternation(data['falsity'])})\b", re.I),
        reference=frozenset(data["reference_words"]),
        fillers=frozenset(data["reference_fillers"]),
        speech=re.compile(rf"\b(?:{_alternation(data['speech'])})\b", re.I),
        negated=negated,
        verbs=verb_patterns,
        not_events=re.compile(rf"\b(?:{_alternation(data['not_events'])})\b", re.I),
        people=re.compile(rf"\b(?:{_alternation(data['people'])})\b", re.I),
        held=re.compile(rf"\b(?:{_alternation(data['held'])})\b", re.I),
        items=items,
        held_by_speaker=_held_by_speaker(data["held_by_speaker"]),
        held_by_name=_held_by_name(data["held_by_name"], data["held_by_speaker"]["states"] + ["still"]),
        about=re.compile(rf"\b(?P<noun>{_alternation(data['about']['nouns'])})\s+(?:{_alternation(data['about']['links'])})\s+",
                         re.I),
        about_nouns={k.lower(): v for k, v in data["about"]["nouns"].items()},
        about_default=tuple(data["about"]["default"]),
        clause_end=re.compile(rf";|,\s+(?:{_alternation(data['clause_ends'])})\b|,?\s+and\s+(?:that|said)\b|\.\s*$"),
        bodies=re.compile(rf"\b(?:{_alternation(data['bodies'])})\b", re.I),
        no_truth=re.compile(rf"\b(?:{_alternation(data['no_truth'])})\s+(?:the\s+|these\s+|such\s+)?", re.I),
    )


def _held_by_speaker(data: dict) -> re.Pattern:
    return re.compile(rf"\b(?:(?:{_alternation(data['states'])})\s+(?:{_alternation(data['holders'])})"
                      rf"|(?:{_alternation(data['verbs'])})"
                      rf"|(?:{_alternation(data['owners'])})\s+(?:[\w-]+\s+)?(?:{_alternation(data['forces'])})\s+"
                      rf"(?:(?:{_alternation(data['holding'])})"
                      rf"|(?:{_alternation(data['holding_in'])})(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?-i:[A-Z]))))\b",
                      re.I)


def _held_by_name(data: dict, states: list[str]) -> re.Pattern:
    forms = "|".join(re.escape(f).replace(r"\ ", r"\s+").replace("NAME", r"(?P<{}>[\w-]+)".format(f"n{k}"))
                     for k, f in enumerate(data))
    return re.compile(rf"\b(?:{_alternation(states)})\s+(?:{forms})", re.I)


@dataclass
class Denial:
    wording: str
    cue: tuple[int, int]  # character span of the denying words, in the sentence
    target: tuple[int, int] | None  # the denied words; None when the denial points back
    denier: str | None  # as named before the cue, when it is
    held: bool = False  # the denied words say a place is still the speaker's: its capture is denied


_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_BOUNDARY = re.compile(r";|:|\bbut\b|\bwhile\b|\bwhereas\b|,\s+and\b|\bafter\b|\bhowever\b", re.I)
_LEAD = re.compile(r"^(?:\W+|and\s+|but\s+|however,?\s+|meanwhile,?\s+|later,?\s+|on\s+\w+,?\s+|in\s+a\s+statement,?\s+)+", re.I)
_PRONOUN = frozenset({"it", "he", "she", "they", "we", "i", "who", "which"})
# "GOMA/KINSHASA - ", "KYIV, Ukraine (AP) — ", "SANAA, Aug. 22 - ": a dateline before the denier
_DATELINE = re.compile(r"^[A-Z][A-Z/.'’-]+(?:\s+[A-Z][A-Z/.'’-]+)*(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([^)]*\)\s*)?[-–—]+\s+")
_MAY_DENY = re.compile(r"den[iy]|denounc|reject|dismiss|call|describ|brand|label|term|refut|\bno\b|\bnone\b|not\b|n't|still|remain"
                       r"|never|false|untrue|invent|fabricat|\blies?\b|propaganda|fake|baseless", re.I)
_PRONOUN_REFERENCES = frozenset({"this", "it", "that", "them", "these", "those"})
_OPENERS = re.compile(r"^(?:(?:the|these|those|such|any|an?)\s+)?(?:[\w'’-]+\s+){0,3}?(?:claims?|reports?|allegations?"
                      r"|suggestions?|assertions?|accusations?|statements?|accounts?|rumou?rs?)\s+(?:that|of|to)\s+|^that\s+",
                      re.I)


def _subject(text: str, cue_start: int) -> str | None:
    """The denier named just before the cue ("Ukraine's General Staff denied ...")."""
    head = text[:cue_start]
    cut = max([m.end() for m in _BOUNDARY.finditer(head)] + [0])
    name = _LEAD.sub("", _DATELINE.sub("", head[cut:].strip())).strip(" ,")
    name = re.split(r",\s+(?:which|who|whose)\b", name)[0].strip(" ,")  # "The RSF, which holds the city,"
    name = re.sub(r"\s+(?:has|have|had|also|quickly|flatly|strongly|immediately|later|swiftly|on\s+\w+)$", "", name, flags=re.I)
    name = re.sub(r"(?<=\w)\s+[a-z]+ly$", "", name)  # "The SDF categorically": a manner, not a name
    if name and len(name.split()) > _SUBJECT_WORDS and "," in name:  # "Asked about X, a spokesman called ..."
        name = name.rsplit(",", 1)[1].strip()
    if not name or len(name.split()) > _SUBJECT_WORDS or name.lower() in _PRONOUN:
        return None
    if not (name[0].isupper() or name.lower().startswith(("the ", "a ", "an "))):
        return None
    return name


def _clause_end(text: str, start: int) -> int:
    m = words().clause_end.search(text[start:])
    return start + m.start() if m else len(text)


def _points_back(text: str, start: int, w: Words) -> bool:
    """The words after a cue name no event, only a claim: "this", "the claim", "Russia's reports"."""
    toks = [t.lower() for t in _WORD.findall(text[start:start + 80])]
    k = 0
    while k < len(toks) and (toks[k] in w.fillers or toks[k].endswith(("'s", "’s"))):
        k += 1  # "the", "Russia's"
    if k + 1 < len(toks) and toks[k] not in w.reference and toks[k + 1] in w.reference - _PRONOUN_REFERENCES:
        k += 1  # "the casualty figures", "Moscow's death toll"
    if k >= len(toks) or toks[k] not in w.reference:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else "."
    if toks[k] in _PRONOUN_REFERENCES:  # "rejected this." / "denied it had struck ...": a clause follows
        return not nxt[0].isalnum() or nxt == "as" or bool(w.falsity.fullmatch(nxt)) or nxt in w.reference
    return nxt not in ("that", "of", "about", "by", "to")


def find_denials(text: str) -> list[Denial]:
    """The denials of one sentence."""
    w = words()
    out: list[Denial] = []
    lowered = [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[\w’'-]+", text)]
    for wording, cues in w.cues.items():
        for word, s, e in lowered:
            if word not in cues:
                continue
            after = text[e:]
            if wording in ("dismissed_as", "called_false"):
                window = after[:140]
                fal = w.falsity.search(window)
                if wording == "dismissed_as" and _points_back(after, 0, w) and (fal is None or fal.start() > 60):
                    out.append(Denial(wording, (s, e), None, _subject(text, s)))  # "Kyiv dismissed the claim."
                    continue
                if fal is None or (wording == "dismissed_as" and not re.search(r"\bas\b", window[:fal.start()])):
                    continue
                target_text = window[:fal.start()]
                if target_text.strip().lower() in ("as", ""):  # "dismissed as propaganda the claim that ..."
                    t_after = e + fal.end()
                    if _points_back(text, t_after, w):
                        out.append(Denial(wording, (s, e), None, _subject(text, s)))
                    else:
                        rest = text[t_after:]
                        opened = _OPENERS.search(rest.lstrip())
                        t0 = t_after + (len(rest) - len(rest.lstrip())) + (opened.end() if opened else 0)
                        out.append(Denial(wording, (s, e), (t0, _clause_end(text, t0)), _subject(text, s)))
                elif _points_back(after, 0, w):
                    out.append(Denial(wording, (s, e), None, _subject(text, s)))
                else:
                    opened = _OPENERS.search(target_text.lstrip())
                    t0 = e + (len(target_text) - len(target_text.lstrip())) + (opened.end() if opened else 0)
                    out.append(Denial(wording, (s, e), (t0, e + fal.start()), _subject(text, s)))
                continue
            if _points_back(after, 0, w):
                out.append(Denial(wording, (s, e), None, _subject(text, s)))
                continue
            stripped = after.lstrip()
            opened = _OPENERS.search(stripped)
            t0 = e + (len(after) - len(stripped)) + (opened.end() if opened else 0)
            out.append(Denial(wording, (s, e), (t0, _clause_end(text, t0)), _subject(text, s)))
    if not out and w.speech.search(text):
        said = _said_false(text, w)
        if said is not None:
            return [said]
        for category, pattern in w.negated:
            m = pattern.search(text)
            if m is None:
                continue
            wording = "had_not" if m.group("v1") else "said_no"
            start = _clause_start(text, m.start(), joined=wording == "had_not")
            out.append(Denial(wording, (m.start(), m.end()), (start, _clause_end(text, m.start())),
                              _said_by(text, m.start(), w)))
            break
        if not out:
            out.extend(_still_held(text, w))
    return sorted(out, key=lambda d: d.cue)[:1]  # one denial per sentence: its first


def _said_by(text: str, at: int, w: Words) -> str | None:
    """The speaker named before the sentence's verb of speech, when that verb comes before
    ``at`` ("Kyiv said no aircraft were lost"); else None."""
    speech = w.speech.search(text)
    return _subject(text, speech.start()) if speech is not None and speech.start() < at else None


def _still_held(text: str, w: Words) -> list[Denial]:
    """"'X remains under our control,' a spokesman said": the speaker denies X's capture."""
    m = w.held_by_speaker.search(text)
    speech = w.speech.search(text)
    if m is None:  # "X remained in army hands", said by an army spokesman
        m = w.held_by_name.search(text)
        if m is None or speech is None:
            return []
        owner = next(v for k, v in m.groupdict().items() if v).lower()
        speaker = text[:speech.start()] if speech.start() < m.start() else text[m.end():]
        if owner not in {t.lower() for t in re.findall(r"[\w-]+", speaker)}:
            return []
    start = _clause_start(text, m.start(), joined=True)
    return [Denial("had_not", (m.start(), m.end()), (start, m.end()), _said_by(text, m.start(), w), held=True)]


_COPULA = re.compile(r"\b(?:was|were|is|are)\s+['\"‘“]?")
_COPULA_ADVERB = re.compile(r"\b(?:was|were|is|are)\s+['\"‘“]?\w+\s+")
_CLAIM_NOUN = re.compile(r"\b(?:claims?|reports?|figures?|allegations?|accounts?|statements?|toll)\b", re.I)


def _said_false(text: str, w: Words) -> Denial | None:
    """"said the reports were false", "said claims that the town had fallen are untrue", "said
    there was no truth to the report that worshippers were abducted"."""
    m = w.no_truth.search(text)
    noun = _CLAIM_NOUN.match(text, m.end()) if m is not None else None
    if noun is not None:
        denier = _said_by(text, m.start(), w)
        clause = re.match(r"\s+that\s+", text[noun.end():])
        target = (noun.end() + clause.end(), _clause_end(text, noun.end() + clause.end())) if clause else None
        return Denial("called_false", (m.start(), noun.end()), target, denier)
    for noun in _CLAIM_NOUN.finditer(text):
        rest = text[noun.end():noun.end() + 120]
        verb, fal = None, None
        for pattern in (_COPULA, _COPULA_ADVERB):  # "was false and ...", "were 'completely untrue'"
            verb = pattern.search(rest)
            fal = w.falsity.match(rest, verb.end()) if verb is not None else None
            if fal is not None:
                break
        if fal is None or re.match(r"\s+(?:alarm|flag|positive|start)", rest[fal.end():]):
            continue  # "a false alarm" is no denial
        cue = (noun.start(), noun.end() + verb.end())
        denier = _said_by(text, noun.start(), w)
        clause = re.match(r"\s+that\s+", rest)
        target = (noun.end() + clause.end(), noun.end() + verb.start()) if clause else None
        if target is None and w.about.match(text, noun.start()):  # "said the claims about X were untrue"
            target = (noun.start(), noun.end() + verb.start())
        return Denial("called_false", cue, target, denier)
    return None


def _clause_start(text: str, at: int, joined: bool = False) -> int:
    """Where the negated clause begins ("said [the airfield had not been hit]"); ``joined``: a
    clause joined by "and" or "but" begins there ("repelled the assaults and [the town had not
    been taken]"), for a clause that names what it negates (not "... and [none] were lost")."""
    m = None
    joins = r"|and|but|while" if joined else ""
    for m in re.finditer(rf"\b(?:that|said|says|insisted|stated|told\s+\w+{joins})\b\s*|;\s*", text[:at]):
        pass
    return m.end() if m else 0


def negated_category(text: str, named: bool = False) -> tuple[str, str | None] | None:
    """(category, item) of a denied event named by its words, or None; ``named``: a materiel
    noun with no verb ("the statement on tanks") is a loss of it."""
    w = words()
    if w.not_events.search(text):
        return None  # "denied its troops were involved": who did it, not whether it happened
    item = next((name for name, pattern in w.items if pattern.search(text)), None)
    best = None
    for category, pattern in w.verbs:
        m = pattern.search(text)
        if m is not None and (best is None or m.start() < best[0]):
            best = (m.start(), category)
    if best is None:
        return ("materiel_lost", item) if named and item is not None else None
    category = best[1]
    verb = re.search(r"\b(?:(?:been|was|were|is|are|being)\s+)?(?:captured|taken|seized|held)\b", text, re.I)
    if category == "territory" and verb is not None and (
            w.people.search(text) if verb.group(0).lower().split()[0] in ("been", "was", "were", "is", "are", "being")
            else w.people.search(text, verb.end())):
        category = "captured"  # "that any soldier had been captured", "had taken 40 soldiers": people, not a place
    if category in ("attack", "killed") and item is not None and re.search(r"\b(?:destroyed|downed|shot\s+down|lost|sunk|sank)\b", text, re.I):
        category = "materiel_lost"
    if category == "materiel_lost" and item is None:
        return None
    return category, item if category == "materiel_lost" else None


def _denied_copy(c: Claim, ev: Evidence, denier: str, side: str | None, tag: str) -> Claim:
    out = replace(c, evidence=ev, modality="denied", claimant=denier, claimant_side=side, event_id="",
                  date_basis=None, source=None)
    out.claim_id = claim_id(c.doc_id, f"{c.category}:{tag}", ev.start, ev.end, c.value, c.item, c.place)
    return out


def apply_denials(d, claims: list[Claim]) -> list[Claim]:
    """The claims of document ``d`` (extract.pipeline's _Doc) with its denials as claims."""
    w = words()
    by_sentence: dict[int, list[int]] = {}
    starts = {s.start: i for i, s in enumerate(d.sents)}
    for k, c in enumerate(claims):
        if c.evidence.start in starts:
            by_sentence.setdefault(starts[c.evidence.start], []).append(k)
    drop: set[int] = set()
    added: list[Claim] = []
    for i, s in enumerate(d.sents):
        found = find_denials(s.text) if _MAY_DENY.search(s.text) else []
        if not found:
            continue
        den = found[0]
        mine = by_sentence.get(i, [])
        if den.target is not None and w.not_events.search(s.text[den.target[0]:den.target[1]]):
            for k in mine:  # "denied any involvement in the attack": who did it, not whether it happened
                if claims[k].modality == "denied":
                    claims[k] = replace(claims[k], modality="claimed")
            continue
        denier, side = _denier(d, i, s, den, claims, mine)
        if denier is None:
            continue
        ev = Evidence(s.text, s.start, s.end)
        if den.target is not None:
            t0, t1 = den.target
            inside = [k for k in mine if _inside(claims[k], s.text, t0, t1, den)]
            said = (negated_category(s.text[t0:t1]) or ("",))[0]
            if said in ("territory", "attack") and any(claims[k].category in ("territory", "attack") for k in inside):
                # "said Dilling had not fallen and that troops had repelled an attack": the fall is denied
                inside = [k for k in inside if claims[k].category not in ("territory", "attack")
                          or claims[k].category == said]
            elif said:  # "said no soldiers were killed in Sunday's attack on X": the attack is owned, the deaths denied
                inside = [k for k in inside if claims[k].category not in ("territory", "attack")]
            people = said == "captured"
            said_days, denied_days = _days(d, s, t0, t1)
            speech_day = bool(said_days) and not denied_days
            for k in inside:
                drop.add(k)
                copy = _denied_copy(claims[k], ev, denier, side, den.wording)
                if speech_day:  # "on Sunday called the claim that Marte had been overrun a lie": undated event
                    copy = replace(copy, date=None, date_precision=None)
                if people and copy.category == "territory":  # "that any soldier had been captured in X"
                    copy = replace(copy, category="captured", subject="", claim_id=claim_id(
                        copy.doc_id, f"captured:{den.wording}", ev.start, ev.end, None, None, copy.place))
                added.append(copy)
            if not inside:
                made = (_from_reference(d, i, s, t0, t1, ev, denier, side, den.wording, claims, mine)
                        or [_from_words(d, i, s, t0, t1, ev, denier, side, den.wording, claims, mine,
                                        held=den.held)])
                made = [c for c in made if c is not None]
                added.extend(made)
                # the denied event the extraction read with a place from outside the denied words
                # ("denied that the airport had been hit, describing ... defeats in Kordofan"): the made claim stands for it
                drop.update(k for k in mine if claims[k].modality == "denied"
                            and any(c.category == claims[k].category for c in made))
        else:
            held = w.held.search(s.text, den.cue[1])  # "..., saying troops remained in the town": a capture denied
            figures = _names_a_figure(s.text, den.cue[1])  # "rejected that figure": a count, not the capture beside it
            pointed = (_pointed_at(d, i, s, den, claims, by_sentence, denier, "territory") if held and not figures else []) \
                or _pointed_at(d, i, s, den, claims, by_sentence, denier, figures=figures)
            copies = [_denied_copy(c, ev, denier, side, den.wording) for c in pointed]
            if not copies:  # "Asked about the statement on tanks near X, a spokesman called the report false"
                made = _from_words(d, i, s, 0, den.cue[0], ev, denier, side, den.wording, claims, mine, named=True)
                copies = [made] if made is not None else []
                if not copies:  # "rejected the militia's figure for the attack on X"
                    copies = _from_reference(d, i, s, den.cue[1], _clause_end(s.text, den.cue[1]), ev, denier, side,
                                             den.wording, claims, mine)
                if not copies and w.held.search(s.text, den.cue[1]):  # "..., saying Sinja remained in army hands"
                    made = _from_words(d, i, s, den.cue[1], len(s.text), ev, denier, side, den.wording, claims, mine,
                                       held=True)
                    copies = [made] if made is not None else []
            added.extend(copies)
    kept = [c for k, c in enumerate(claims) if k not in drop]
    return kept + added


def _days(d, s, t0: int, t1: int) -> tuple[list, list]:
    """The days sentence ``s`` names (not a dateline's filing day), and those among the denied
    words ``t0:t1``. A day outside them dates the denial ("on Sunday called the claim that X had
    fallen a lie"), not the event it denies."""
    body = dateline_end(s.tokens)  # "KYIV, January 23 -": the filing day dates nothing
    said = [x for x in find_dates(s.tokens, d.published, d.v) if x.start >= body]
    return said, [x for x in said if t0 <= s.tokens[x.start].start - s.start < t1]


def _denier(d, i, s, den: Denial, claims, mine) -> tuple[str | None, str | None]:
    name = den.denier
    if name is None:  # a pronoun or a speaker named after the words: the sentence's attribution
        toks = s.tokens
        anchor = next((k for k, t in enumerate(toks) if t.start - s.start >= den.cue[0]), 0)
        try:
            att = d.attribution_at(i, anchor)
        except Exception:  # the attribution reader has nothing to say for this sentence
            att = None
        if att is not None and att.claimant:
            name = att.claimant
    if name is None:
        return None, None
    for cue in (c for cues in words().cues.values() for c in cues):  # "Ukrainian officials rejected"
        name = re.sub(rf"\s+{cue}$", "", name, flags=re.I)
    return name, claimant_side(name, d.v)


def _inside(c: Claim, text: str, t0: int, t1: int, den: Denial) -> bool:
    """A claim extraction found among the denied words."""
    if c.modality not in _FACTS + ("denied",):
        return False
    span = text[t0:t1]
    if c.subject and c.subject in span:
        return True
    if c.subject and c.subject in text and c.category not in ("territory", "attack"):
        return False  # what it counts is named outside the denied words ("..., and that it downed drones")
    if c.place is not None and c.place.name in span:
        return True
    cue = text[den.cue[0]:den.cue[1]].lower()
    return bool(c.claimant and cue in c.claimant.lower())  # the attribution took the cue for a name


def _from_reference(d, i, s, t0, t1, ev, denier, side, tag, claims, mine) -> list[Claim]:
    """A denied claim made from a claim named by what it was about ("called the rebels' claim
    about X false", "rejected the militia's figure for the attack on X"): the place it names; the
    category of its noun (a figure counts the dead), else of a materiel noun, of the verbs about
    it, of what the denier says after it (a place still held: a capture), else the default."""
    w = words()
    m = w.about.search(s.text, t0, t1)
    if m is None:  # "dismissed [the al-Shabaab toll] as fabricated, saying the attack on X ...": what it says after
        m = _NAMED_CLAIM.match(s.text[t0:t1])
        noun = m.group("noun").lower() if m is not None and m.group("noun").lower() in w.about_nouns else None
        if noun is None:
            return []
        return _from_named_claim(d, i, s, t1, ev, denier, side, tag, claims, mine, w.about_nouns[noun])
    if len(s.text[t0:m.start()].split()) > 4:  # "[the rebel group's] claim about"
        return []
    about, after = s.text[m.end():t1], s.text[t1:]
    item = next((name for name, pattern in w.items if pattern.search(about)), None)
    category = w.about_nouns.get(re.sub(r"\s+", " ", m.group("noun").lower()))
    if item is not None:
        category = "materiel_lost"
    elif category is None:
        got = negated_category(about)
        category = got[0] if got is not None else None
    if category is None and w.held.search(after):
        category = "territory"
    if category is None:
        got = negated_category(after)
        category = got[0] if got is not None and got[0] in ("territory", "attack") else None
    made = [_from_words(d, i, s, m.end(), t1, ev, denier, side, tag, claims, mine, got=(k, item), leading=True)
            for k in ([category] if category else w.about_default)]
    return [c for c in made if c is not None]


_NAMED_CLAIM = re.compile(r"^\W*(?:(?:the|its|their|this|that|these|those|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?"
                          r"(?P<noun>[\w-]+)(?:\s+as(?:\s+[\w-]+){0,2})?\W*$", re.I)


def _from_named_claim(d, i, s, t1, ev, denier, side, tag, claims, mine, category: str | None) -> list[Claim]:
    """A claim named only by its owner and noun ("the army's announcement", "the al-Shabaab toll"),
    made by another document: its category is the noun's (a toll counts the dead), else that of
    what the denier says after it (a place still held: a capture; an attack repulsed); its place
    is the one named there."""
    w = words()
    after = s.text[t1:]
    if category is None and w.held.search(after):
        category = "territory"
    if category is None:
        got = negated_category(after)
        category = got[0] if got is not None and got[0] in _EVENTS else None
    if category is None:
        return []
    made = _from_words(d, i, s, t1, len(s.text), ev, denier, side, tag, claims, mine, got=(category, None))
    return [made] if made is not None and made.place is not None else []


def _from_words(d, i, s, t0, t1, ev, denier, side, tag, claims, mine, named: bool = False,
                held: bool = False, got: tuple[str, str | None] | None = None, leading: bool = False) -> Claim | None:
    """A denied claim made from the denied words; ``named``: words that only name what the
    denied report was about ("the statement on tanks"): a materiel noun is a loss of it;
    ``held``: words saying a place is still held ("Sinja remained in army hands"): its capture;
    ``got``: the (category, item) when the caller knows it; ``leading``: the words may begin
    with the place's name ("[Boulkessi] false")."""
    got = got or (("territory", None) if held else negated_category(s.text[t0:t1], named))
    if got is None:
        return None
    category, item = got
    place, name = _place_in(d, i, s, t0, t1)
    own_place = place is not None
    if name is None:  # a place the gazetteer does not know: its name as written ("hold Walikale")
        m = re.search(r"\b(?:in|at|of|near|hold|holding|held|control|controlling|taken|captured|seized|fallen|hit|"
                      r"struck|saying|said|that|on)\s+(?:the\s+(?:(?:town|city|village|base|port)\s+of\s+)?)?"
                      rf"(?!{_CALENDAR})([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", s.text[t0:t1])
        m = m or _NEGATED_SUBJECT.match(s.text[t0:t1])  # "[Novoekonomichne] had not fallen"
        m = m or (_LEADING_NAME.match(s.text[t0:t1]) if leading else None)
        name = m.group(1) if m else None
        if name is not None and place is None:
            try:
                place = d.resolver.resolve(name)
                if place is None:  # "Novoekonomichne had not fallen", in a story about Ukraine: look there
                    home = d.ctx.story_country(i)
                    place = d.resolver.resolve(name, country_code=home.country_code) \
                        if home is not None and home.country_code else None
            except Exception:  # a name the resolver cannot read: the claim keeps the name as its subject
                place = None
            place = place if place is not None and place.precision != "country" else None
            if place is None and re.match(rf"{re.escape(name)}\s+(?:{_SITES})\b", s.text[t0 + m.start(1):t1]):
                place = Place(name, precision="settlement")  # "the Marinovka airfield": a site the gazetteer lacks
        own_place = place is not None
    if place is None and name is not None:  # "denied that Um Sumeima had fallen": where the claim of it is
        place = next((c.place for c in claims if c.place is not None and name in (c.place.name, c.subject)), None)
        own_place = place is not None
    elif place is not None and place.lat is None:  # a village the gazetteer lacks, placed by the claim of it
        place = next((c.place for c in claims if c.place is not None and c.place.lat is not None
                      and c.place.name == place.name), place)
    if place is None:  # "denied that the airport had been hit": the place of the claim it answers
        lo = d.sents[max(0, i - _LOOKBACK)].start
        place = next((c.place for c in reversed(claims) if c.place is not None and c.category == category
                      and lo <= c.evidence.start and c.evidence.end <= s.start and c.claimant != denier), None)
    if place is None:
        place = next((claims[k].place for k in mine if claims[k].place is not None), None)
    if place is None and i > 0:  # "the village": the place of the story just before
        place = next((c.place for c in reversed(claims) if c.place is not None and c.evidence.end <= s.start), None)
    if place is None:  # "said the Aegean Meridian had not been hit", under "... after Red Sea incident": the headline's
        place = d.ctx.title_site()
    said, own = _days(d, s, t0, t1)  # "... lost on Thursday": the event's own day
    dates = [claims[k] for k in mine if claims[k].date] if not said else []  # a day said elsewhere dates the denial
    figure = _denied_figure(claims, category, item, place if own_place else None, side, s.end, denier)
    return Claim(
        claim_id=claim_id(d.doc.id, f"{category}:{tag}", ev.start, ev.end, figure.value if figure else None, item, place),
        doc_id=d.doc.id, category=category, evidence=ev, item=item, claimant=denier, claimant_side=side,
        modality="denied", scope="event", place=place,
        date=dates[0].date if dates else (own[0].iso if own else None),
        date_precision=dates[0].date_precision if dates else (own[0].precision if own else None), confidence=0.5,
        subject=_denied_subject(category, name, s.text[t0:t1]),
        value=figure.value if figure else None, value_high=figure.value_high if figure else None,
        qualifier=figure.qualifier if figure else "exact",
    )


def _denied_figure(claims: list[Claim], category: str, item: str | None, place: Place | None,
                   denier_side: str | None, end: int, denier: str | None = None) -> Claim | None:
    """The figure a denial that restates none denies ("said no aircraft had been lost" after
    "shot down three Su-27s"): the one figure of that category (and item) another side gave
    before it in the document, at the denial's place when it names one; None when there are
    several figures or none."""
    if category not in _COUNTED:
        return None
    found = [c for c in claims if c.category == category and c.value is not None and c.evidence.end <= end
             and c.modality in _FACTS and c.scope == "event"
             and (denier_side is None or c.claimant_side != denier_side)
             and not (denier_side is None and _same_body(denier, c.claimant))]
    found = [c for c in found if item is None or c.item == item] or found  # "no aircraft lost" after "three drones"
    if place is not None:
        found = [c for c in found if c.place is not None and c.place.name == place.name] or \
            [c for c in found if c.place is None]
    values = {(c.value, c.value_high) for c in found}
    return found[-1] if len(values) == 1 else None


def _same_body(denier: str | None, claimant: str | None) -> bool:
    """"Ministry spokesman Colonel X" and "Russia's defence ministry": one body speaking twice."""
    if not denier or not claimant:
        return False
    body = words().bodies
    return bool({m.lower() for m in body.findall(denier)} & {m.lower() for m in body.findall(claimant)})


_COUNTED = frozenset({"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost", "abducted"})


_SITES = r"airfield|airport|air\s+base|base|port|village|town|camp|depot|refinery|barracks"
_CALENDAR = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
             r"July|August|September|October|November|December)\b")
_LEADING_NAME = re.compile(rf"^\W*(?:the\s+)?(?!{_CALENDAR})([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_NEGATED_SUBJECT = re.compile(
    r"^\W*(?:the\s+(?:town|city|village|settlement|base|port|airfield|airport)\s+of\s+)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:had|has|have|was|were|is|are|did|does|remains?|remained)\b")


def _denied_subject(category: str, name: str | None, text: str) -> str:
    """The place as the text names it (territory, attack), or who was counted: the people the
    verb acts on ("its fighters had killed [civilians]"), else those named ("no [civilians] were
    hurt"): never set against soldiers."""
    if category in ("territory", "attack"):
        return name or ""
    w = words()
    verb = next((m for c, p in w.verbs if c == category for m in [p.search(text)] if m is not None), None)
    obj = re.match(r"\s+(?:[\w'’-]+\s+){0,2}?(\w+)", text[verb.end():]) if verb is not None else None
    if obj is not None and w.people.fullmatch(obj.group(1)):
        return obj.group(1)  # the object of an active verb
    people = w.people.search(text)
    return people.group(0) if people else ""


def _place_in(d, i, s, t0, t1) -> tuple[Place | None, str | None]:
    """The place named among the denied words, and its name as the text gives it."""
    try:
        mentions = d.places(i)
    except Exception:  # no place reader for this sentence: the claim's place comes from its neighbours
        return None, None
    toks = s.tokens
    for m in mentions:
        start = toks[m.start].start - s.start
        if t0 <= start < t1 and m.place is not None and m.kind != "country":
            return m.place, s.text[start:toks[m.end - 1].end - s.start]
    return None, None


_REFERRING = re.compile(
    r"^[\s,]*(?:[\w'’-]+\s+){0,2}?(?:said|says|called|calls|described|describes|termed|dismissed|insisted|added)\s+"
    r"(?:that\s+)?(?:the\s+|this\s+|these\s+|those\s+)?(?:[\w'’-]+\s+){0,3}?(?:claim|claims|report|reports|statement|"
    r"statements|figure|figures|account|accounts|allegation|allegations|toll)\s*(?:was|were|is|are|as)?\s*$", re.I)


def _names_a_figure(text: str, at: int) -> bool:
    """The words after a denial's cue name a figure ("rejected [that figure]", "the toll")."""
    nouns = words().about_nouns
    m = re.match(r"\s*(?:(?:the|that|this|these|those|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?([\w-]+)\b", text[at:])
    return m is not None and nouns.get(m.group(1).lower()) in _COUNTED


def _pointed_at(d, i, s, den: Denial, claims, by_sentence, denier, category: str | None = None,
                figures: bool = False) -> list[Claim]:
    """The claims a denial points back to: the nearest earlier claims (this sentence, before the
    cue, then the sentences before) of another claimant; ``category``: only claims of it;
    ``figures``: only claims with a figure."""
    head = s.text[:den.cue[0]]
    if den.denier and head.startswith(den.denier):
        head = head[len(den.denier):]
    own = len(head.split()) >= _OWN_CLAUSE and not _REFERRING.match(head)  # the denier's own name is no clause
    # "X accuses Rwanda of ...; Kigali denies this" - but not "The manager said the Houthi claim was false"
    for j in range(i, max(-1, i - 1 - _LOOKBACK), -1):
        if j < i and own:
            return []  # "this" is the clause before it in the same sentence, not an earlier claim
        got = []
        for k in by_sentence.get(j, []):
            c = claims[k]
            if c.modality not in _FACTS or not c.claimant or c.claimant == denier or category not in (None, c.category) \
                    or (figures and c.value is None):
                continue
            if j == i and not _before_cue(c, s.text, den):
                continue
            got.append(c)
        if got:
            owner = got[0].claimant
            mine = [c for c in got if c.claimant == owner]
            if all(c.category not in _EVENTS for c in mine):  # "called the SDF report a fabrication": the
                told = _owners_event(claims, by_sentence, j, i, owner, category)  # shelling it reported,
                if told:                                                         # not a detail after it
                    return told
            return mine
    return []


_EVENTS = ("attack", "territory")


def _owners_event(claims, by_sentence, j: int, i: int, owner: str, category: str | None) -> list[Claim]:
    """The event claims (an attack, a change of control) the same owner made in the sentences just
    before sentence ``j``, the nearest first, within the denial's look-back."""
    for jj in range(j - 1, max(-1, i - 1 - _LOOKBACK), -1):
        got = [claims[k] for k in by_sentence.get(jj, []) if claims[k].category in _EVENTS
               and claims[k].modality in _FACTS and _same_owner(claims[k].claimant, owner)
               and category in (None, claims[k].category)]
        if got:
            return got
    return []


def _same_owner(a: str | None, b: str) -> bool:
    """"the SDF" and "Kurdish-led Syrian Democratic Forces (SDF)": one names the other."""
    if not a:
        return False
    x, y = a.lower().removeprefix("the "), b.lower().removeprefix("the ")
    return x == y or x in y or y in x or _initials(a) == y.upper() or _initials(b) == x.upper()


def _initials(name: str) -> str:
    """"Kurdish-led Syrian Democratic Forces" -> "SDF" (the capitalised words after any hyphenated lead)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and "-" not in w)


def _before_cue(c: Claim, text: str, den: Denial) -> bool:
    for part in (c.subject, c.place.name if c.place else None):
        if part and part in text:
            return text.index(part) < den.cue[0]
    return False
