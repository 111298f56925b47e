"""Event claims: a trigger and a place in the same clause.

A place belongs to an event trigger when both sit in one clause within the category's window
of tokens (categories.yaml), with no subordinating word between them; an appositive after
the place ("Mariupol, a port on the Sea of Azov, has been besieged") and an agent phrase
after the trigger ("controlled by Russian-backed forces in X") do not count against the
window. A territory verb whose object is people ("captured Russian soldiers") is no event.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..text.tokens import Token
from ..quantities.unit_vocab import unit_vocab
from ..vocab import Vocab, vocab


@dataclass
class EventHit:
    category: str
    start: int
    end: int
    strength: str


def clauses(tokens: list[Token], v: Vocab | None = None) -> list[int]:
    """A clause number per token: ";", "while", "but", ", and", ", as", ", after" ... start a clause."""
    v = v or vocab()
    ids, cid = [], 0
    for i, t in enumerate(tokens):
        low = t.lower
        if low == ";" or low in v.gram.clause_words:
            cid += 1
        elif i > 0 and tokens[i - 1].lower == "," and low in v.gram.clause_after_comma:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if not (low == "and" and nxt is not None and (nxt.is_digit or nxt.is_cap)):
                cid += 1
        ids.append(cid)
    return ids


def find_event_triggers(tokens: list[Token], clause: list[int], v: Vocab | None = None) -> list[EventHit]:
    v = v or vocab()
    ignored: set[int] = set()
    found = [_ground_taken(tokens, f, v) for f in v.event_triggers.find_all(tokens)]
    longer = {s: e for s, e, _ in found}
    for s, e, _ in v.event_ignore.find_all(tokens):
        if longer.get(s, 0) <= e:  # a longer trigger wins: "took to the streets" over "took to"
            ignored.update(range(s, e))
    out = []
    taken = {k for s, e, _ in found for k in range(s, e)}
    for s, e, category in unit_vocab().located.find_all(tokens):
        if s not in ignored and s not in taken:  # "fighting in X": the place must follow
            out.append(EventHit(str(category), s, e, "located"))
    u = unit_vocab()
    for s, e, payload in found:
        if s in ignored or any(t.lower in u.meta_before for t in tokens[max(0, s - 4):s]):
            continue  # "did not comment on the attack"
        for category, strength in payload:
            phrase = " ".join(t.lower for t in tokens[s:e])
            if category == "territory" and (tokens[s].lower in v.people_objects or phrase in v.people_objects) \
                    and _people_near(tokens, s, e, v):
                continue  # "captured Russian soldiers", "soldiers captured by": people, not ground
            if category == "territory" and tokens[s].lower in ("positions", "position") \
                    and any(t.lower in v.gram.target_verbs for t in tokens[max(0, s - 4):s]):
                continue  # "drones struck army positions near X": a target, not ground held
            if category == "attack" and tokens[s].lower in _BE and _person_before(tokens, s, v):
                continue  # "three people were hit by ricochets": people hurt, not a place attacked
            if strength == "weak" and category == "attack" and any(
                    clause[a] == clause[s] and 0 <= s - b <= 3 for a, b, _ in u.interceptions.find_all(tokens)):
                continue  # "air defences (had) destroyed four drones over X": no attack on X
            if strength == "weak":
                need = v.event_needs.get(category, set())
                if not any(t.lower in need for k, t in enumerate(tokens) if clause[k] == clause[s]):
                    continue
            out.append(EventHit(category, s, e, strength))
    out.sort(key=lambda h: h.start)
    return out


def associate(hit: EventHit, start: int, end: int, tokens: list[Token], clause: list[int],
              v: Vocab | None = None) -> bool:
    """Does the place at tokens[start:end] belong to the event trigger ``hit``?"""
    v = v or vocab()
    if clause[start] != clause[hit.start]:
        return False
    u = unit_vocab()
    if _front_after(tokens, end, u):
        return False  # "the Bakhmut front", "the Lyman and Kupiansk axes": a front line, not a place hit
    if hit.category == "attack" and _destination(tokens, start, u):
        return False  # "fled towards Kharkiv as shelling went on"
    if hit.strength == "located":
        return _located(hit, start, tokens, v)
    win = v.event_windows.get(hit.category, {})
    phrase = " ".join(t.lower for t in tokens[hit.start:hit.end])
    if start >= hit.end and phrase in v.before_only:
        return False  # "shells fell on Kyiv" is no change of hands
    if start >= hit.end and phrase in v.tight:  # "took Kherson", "took the city of Kherson"
        gap = _drop_settlement_modifiers(tokens[hit.end:start], v)
        return len(gap) <= 4 and all(t.lower in v.gram.tight_gap or t.lower in v.settlement_cues
                                     or t.lower in v.place_adjectives for t in gap)
    if end <= hit.start and phrase in v.tight and not _passive(tokens, hit.start):
        return False  # "soldiers in Izium took them away": the place is no object of "took"
    if start >= hit.end:
        gap, limit = _drop_measure(tokens[hit.end:start]), win.get("after", 8)
        if gap and gap[0].lower == "by":  # "controlled by Russian-backed forces in X"
            cut = next((k for k, t in enumerate(gap) if t.lower in v.gram.agent_end_preps), None)
            if cut is not None and 1 < cut <= 7 and gap[cut - 1].lower in v.force_nouns:
                gap = gap[cut:]
    elif end <= hit.start:
        if _acts(tokens, end) and not (start > 0 and tokens[start - 1].lower in ("of", "in", "from")):
            return False  # "Moscow launched an offensive": the place names the actor ("residents of X marched" do)
        gap, limit = tokens[end:hit.start], win.get("before", 6)
        if gap and gap[0].is_word and v.persons.match_at(tokens, end):  # "Kherson residents, ..., were abducted"
            gap = gap[v.persons.match_at(tokens, end)[0]:]
        if gap and gap[0].lower == ",":  # "X, a port on the sea, has been besieged"
            close = next((k for k in range(1, len(gap)) if gap[k].lower == ","), None)
            if close is not None and close <= 12:
                gap = gap[close + 1:]
    else:
        return False
    if _words(gap) > limit:
        return False
    return not any(t.lower in v.gram.clause_blockers or _speaker_verb(gap, k, v) for k, t in enumerate(gap))


_BE = ("is", "are", "was", "were", "be", "been", "being")


def _words(gap: list[Token]) -> int:
    """Words in a gap, a hyphenated compound counting once ("the ruby-mining town of")."""
    glued = sum(1 for k, t in enumerate(gap) if t.lower == "-" and not t.space_before
                and k + 1 < len(gap) and not gap[k + 1].space_before)
    return len(gap) - 2 * glued


def _front_after(tokens: list[Token], end: int, u) -> bool:
    """A front-line word right after the place, or after a run of places joined to it by
    "and", "or" or commas ("on the Pokrovsk and Kurakhove fronts")."""
    k, n = end, len(tokens)
    while k < n and tokens[k].lower in (",", "and", "or") and k + 1 < n and tokens[k + 1].is_cap:
        k += 1
        while k < n and tokens[k].lower in (",", "and", "or"):
            k += 1
        while k < n and (tokens[k].is_cap or (tokens[k].lower == "-" and not tokens[k].space_before)):
            k += 1
    return k < n and tokens[k].lower in u.not_targets_after


def _ground_taken(tokens: list[Token], found: tuple, v: Vocab) -> tuple:
    """"Lyman was taken by the rebels": "taken by" is an abduction only with people as its
    subject; with a place it is the territory verb "taken"."""
    s, e, payload = found
    at = next((k for k in range(s, e) if tokens[k].lower == "taken"), None)
    if at is not None and e == at + 2 and tokens[at + 1].lower == "by" and any(c == "abducted" for c, _ in payload) \
            and not _person_before(tokens, s, v):
        short = v.event_triggers.match_at(tokens[at:at + 1], 0)
        return (at, at + 1, short[1]) if short else (s, s, ())
    return found


def _person_before(tokens: list[Token], k: int, v: Vocab) -> bool:
    """Is the subject right before the auxiliary chain ending at k a person ("three people
    seem to have been hit")?"""
    j = k - 1
    while j >= 0 and tokens[j].lower in _SUBJECT_SKIP:
        j -= 1
    return j >= 0 and v.persons.match_at(tokens, j) is not None


_SUBJECT_SKIP = ("seem", "seems", "seemed", "appear", "appears", "appeared", "to", "have", "has", "had",
                 "also", "reportedly", "allegedly", "may", "might", "all", "both")


def _passive(tokens: list[Token], k: int) -> bool:
    """Is the verb at k a passive participle ("was taken", "had been surrounded")?"""
    j = k - 1
    while j >= 0 and tokens[j].lower in ("reportedly", "allegedly", "also", "already", "now", "finally"):
        j -= 1
    return j >= 0 and tokens[j].lower in _BE


def _destination(tokens: list[Token], start: int, u) -> bool:
    """Is the place at ``start`` where people go ("towards X", "fled to X", "left for X")?"""
    k = start - 1
    while k >= 0 and (tokens[k].lower == "the" or tokens[k].is_cap):
        k -= 1
    if k < 0:
        return False
    if tokens[k].lower in u.destination_preps:
        return True
    return tokens[k].lower in ("to", "for", "into") and any(
        t.lower in u.motion_verbs for t in tokens[max(0, k - 3):k])


def _drop_measure(gap: list[Token]) -> list[Token]:
    """"controlled about 1,000 square kilometres of X", "held 18% of X": an amount of the
    place is part of the way to it."""
    for k in range(len(gap) - 1):
        if gap[k].lower == "of" and any(t.is_digit for t in gap[:k]) and k <= 6:
            return gap[k + 1:]
    return gap


def _speaker_verb(gap: list[Token], k: int, v: Vocab) -> bool:
    """A speech verb in the gap separates a trigger from a place, unless it is passive
    ("strikes were also reported in X")."""
    if not v.speech_verbs.match_at(gap, k):
        return False
    j = k - 1
    while j >= 0 and gap[j].lower in v.gram.auxiliaries and gap[j].lower not in _BE:
        j -= 1  # "also", "reportedly"
    return not (j >= 0 and gap[j].lower in _BE)


def _drop_settlement_modifiers(gap: list[Token], v: Vocab) -> list[Token]:
    """"the small town of", "the tiny frontline village of": words describing the settlement
    cue are part of the way to the name, not a gap."""
    for k, t in enumerate(gap):
        if t.lower in v.settlement_cues and k + 1 < len(gap) and gap[k + 1].lower == "of":
            lead = 1 if gap and gap[0].lower in ("the", "a") else 0
            mods = gap[lead:k]
            if len(mods) <= 2 and all(m.is_word and not m.is_cap and m.lower not in v.np_breakers for m in mods):
                return gap[:lead] + gap[k:]
    return gap


def _located(hit: EventHit, start: int, tokens: list[Token], v: Vocab) -> bool:
    """"fighting in X", "the battle for X", "a new offensive in the X region": the place
    follows the trigger through a preposition, with no other trigger, list or clause between."""
    u = unit_vocab()
    gap = tokens[hit.end:start]
    if start < hit.end or len(gap) > 10 or not any(t.lower in u.located_preps for t in gap):
        return False
    return not any(t.lower in (",", "and", "but", ";") or t.lower in v.gram.clause_blockers
                   or v.event_triggers.match_at(gap, k) or v.speech_verbs.match_at(gap, k)
                   for k, t in enumerate(gap))


def _people_near(tokens: list[Token], s: int, e: int, v: Vocab) -> bool:
    """Is the trigger's object a person ("captured Russian soldiers", "soldiers captured")?"""
    k = e if tokens[e - 1].lower != "by" else len(tokens)  # after "held by" comes the agent
    while k < len(tokens) and k - e < 4 and (v.victim_sides.match_at(tokens, k) or tokens[k].is_digit
                                             or tokens[k].lower in v.number_words or tokens[k].lower in
                                             ("the", "a", "an", "several", "dozens", "hundreds", "of", "more", "than")):
        k += 1
    if k < len(tokens) and v.persons.match_at(tokens, k) is not None:
        return True
    k = s
    while k > 0 and tokens[k - 1].lower in ("was", "were", "been", "being", "have", "has", "had"):
        k -= 1
    be = any(t.lower in ("was", "were", "been", "being") for t in tokens[k:e])  # "were freed" may be the trigger
    by = tokens[e - 1].lower == "by" or (e < len(tokens) and tokens[e].lower == "by")
    passive = be or by  # "soldiers (were) captured (by)", "soldiers held by"
    if passive and k > 0 and tokens[k - 1].lower == "who":
        return True  # "two hostages, who had been held by X": "who" is a person
    if passive and tokens[e - 1].lower == "freed":  # "Two aid workers, who had been held ..., were freed"
        return any(v.persons.match_at(tokens, j) for j in range(max(0, k - 12), k))
    return passive and k > 0 and v.persons.match_at(tokens, k - 1) is not None


def _acts(tokens: list[Token], k: int) -> bool:
    """Is the word at k an active past verb whose subject is the place before it?"""
    if k < len(tokens) and tokens[k].lower in ("did", "does", "do", "will", "would", "could", "can"):
        return True  # "Kyiv did not comment on the attack": the place is the subject
    if k < len(tokens) and tokens[k].lower in ("has", "have", "had"):
        k += 1
    if k >= len(tokens) or tokens[k].lower in ("been", "being"):
        return False
    t = tokens[k]
    return t.is_word and not t.is_cap and t.lower.endswith("ed") and t.lower not in ("controlled", "occupied", "held", "besieged")


def scene(hit: EventHit, spans: list[tuple[int, int]], tokens: list[Token], v: Vocab | None = None) -> int | None:
    """The place an attack or protest trigger left without a place of its own happened at
    (an index into ``spans``): a place fronted before the sentence's first comma ("In
    Bilopillia, a woman was killed when a shell hit a house", "In X, thousands marched"),
    or, for an attack, the place of the main clause a "when" clause hangs on ("11 were
    wounded in Derhachi when shells landed near a school")."""
    v = v or vocab()
    u = unit_vocab()
    if hit.category not in ("attack", "protest"):
        return None
    if spans and tokens[0].lower in u.scene_preps and spans[0][0] <= 6 \
            and (hit.category == "protest" or hit.strength != "located"):
        k = _after_name(tokens, spans[0][1], v)
        if k < len(tokens) and tokens[k].lower == "," and k < hit.start:
            return 0  # "In X, thousands demonstrated": the whole sentence happens in X
    if hit.category != "attack" or hit.strength == "located":
        return None  # "killed during the occupation and fighting": no scene of its own
    sub = next((k for k in range(hit.start - 1, max(-1, hit.start - 10), -1)
                if tokens[k].lower in u.scene_subordinators), None)
    if sub is None or any(t.lower in v.gram.clause_blockers or t.lower == "," for t in tokens[sub + 1:hit.start]):
        return None
    for x in range(len(spans) - 1, -1, -1):
        s, e = spans[x]
        if e > sub or s == 0 or tokens[s - 1].lower not in u.scene_preps:
            continue
        gap = tokens[_after_name(tokens, e, v):sub]
        if len(gap) <= 6 and not any(t.lower in v.gram.clause_blockers or t.lower in (",", ";") for t in gap):
            return x
        return None
    return None


def _after_name(tokens: list[Token], e: int, v: Vocab) -> int:
    """Past "in the X district", "in X in the Y region": the words that go with the name."""
    k = e
    while k < len(tokens) and (tokens[k].lower in v.region_words or tokens[k].lower in v.settlement_cues):
        k += 1
    return k
