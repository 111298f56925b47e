"""Building Claim records: actor, modality, scope, confidence and a stable id."""
from __future__ import annotations

import hashlib

from ..records import Claim, Evidence, Place
from .attribution.choice import Attribution, claimant_side
from .text.tokens import Token, dateline_end
from .vocab import Vocab, vocab


def claim_id(doc_id: str, category: str, start: int, end: int, value, item, place: Place | None) -> str:
    """Same input, same id: a short sha1 of what identifies the claim in its document."""
    key = "|".join(str(x) for x in (doc_id, category, start, end, value, item, place.name if place else ""))
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def actor(tokens: list[Token], clause: list[int], anchor: int, skip: tuple[int, int] | None,
          v: Vocab | None = None) -> str | None:
    """Who carried out the act: "by Russian forces", or a force named in the clause."""
    v = v or vocab()
    cid = clause[min(anchor, len(clause) - 1)]
    body = dateline_end(tokens)  # "YAOUNDE - Cameroonian troops": the dateline is no part of the force's name
    best = None
    for k, t in enumerate(tokens):
        if clause[k] != cid or (skip and skip[0] <= k < skip[1]) or (t.lower not in v.force_nouns
                                                                      and t.lower not in v.gram.weapon_acts):
            continue
        s = k
        while s > body and clause[s - 1] == cid and (v.victim_sides.match_at(tokens, s - 1)
                                                  or tokens[s - 1].lower in ("-", "backed", "ground")
                                                  or tokens[s - 1].is_cap):
            s -= 1
        if s == k or _suffers(tokens, k + 1, v):
            continue  # a bare "forces" says nothing about who; "the army lost 40 men": a victim
        if t.lower in v.gram.weapon_acts and not any(v.victim_sides.match_at(tokens, x) for x in range(s, k)):
            continue  # "the Damascus strikes": the place struck; "Israeli strikes": who struck
        by = s > 0 and tokens[s - 1].lower == "by"
        dist = abs(k - anchor) - (100 if by else 0) + (50 if s > anchor and not by else 0)  # the agent comes first
        if best is None or dist < best[0]:
            best = (dist, s, k + 1)
    if best is None:
        return None
    s, e = best[1], best[2]
    return "".join((" " if i > s and tokens[i].space_before else "") + tokens[i].text for i in range(s, e))


def _suffers(tokens: list[Token], j: int, v: Vocab) -> bool:
    """The force phrase ending before ``j`` is the subject of a loss ("the Armed Forces of
    Ukraine [have] lost ...") or of a passive act ("Russian mercenaries were killed")."""
    n = len(tokens)
    while j < n and (tokens[j].is_cap or tokens[j].lower in ("of", "the")):
        j += 1
    passive = False
    while j < n and tokens[j].lower in v.gram.auxiliaries:
        passive = passive or tokens[j].lower in v.gram.be_forms
        j += 1
    return j < n and (tokens[j].lower in v.gram.suffer_verbs
                      or (passive and tokens[j].lower in v.gram.passive_victim_verbs))  # "were killed"


def target(tokens: list[Token], end: int, v: Vocab | None = None) -> tuple[int, int] | None:
    """What an attack verb hit: "shelled [a mosque] housing ...", "hit [a tire shop] in"."""
    v = v or vocab()
    if end >= len(tokens) or tokens[end].lower not in ("a", "an", "the"):
        return None
    k = end + 1
    while k < len(tokens) and k - end <= 4 and tokens[k].is_word and tokens[k].lower not in v.np_breakers \
            and not v.quantity_triggers.match_at(tokens, k) and not v.speech_verbs.match_at(tokens, k):
        k += 1
    return (end, k) if k > end + 1 else None


def clause_span(clause: list[int], anchor: int) -> tuple[int, int]:
    cid = clause[anchor]
    lo = anchor
    while lo > 0 and clause[lo - 1] == cid:
        lo -= 1
    hi = anchor
    while hi < len(clause) and clause[hi] == cid:
        hi += 1
    return lo, hi


def _is_month_may(tokens: list[Token], i: int) -> bool:
    """"In May", "on May 3", "May 2022": the month, not the modal verb."""
    t = tokens[i]
    if t.text != "May":
        return False
    return i > 0 or (i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit())


def modality_and_scope(tokens: list[Token], clause: list[int], anchor: int, attribution: Attribution | None,
                       v: Vocab | None = None) -> tuple[str, str, bool, bool]:
    """(modality, scope, negated, hypothetical) of the claim whose trigger or number sits
    at ``anchor``: a cue before it in its clause, or "if"/"unless" anywhere in the clause,
    makes it hypothetical (modality "warned")."""
    v = v or vocab()
    lo, hi = clause_span(clause, anchor)
    part = tokens[lo:hi]
    hypothetical = any((s + lo < anchor or part[s].lower in ("if", "unless")) and not _is_month_may(tokens, s + lo)
                       for s, _, _ in v.hypothetical.find_all(part))
    negated = any(anchor - 3 <= s + lo < anchor and not (s + 1 < len(part) and part[s + 1].lower in v.negation_reversers)
                  for s, _, _ in v.negation.find_all(part))  # not "has not stopped bombarding X"
    cumulative = bool(v.cumulative.find_all(part))
    if attribution is not None and attribution.claimant:
        modality = attribution.modality
    else:
        modality = "asserted"
    if hypothetical and modality != "denied":
        modality = "warned"
    return modality, "cumulative" if cumulative else "event", negated, hypothetical


def confidence(explicit_number: bool, vague: bool, strong: bool, place: Place | None, modality: str) -> float:
    """A 0..1 score: explicit numbers, strong triggers and resolved places raise it;
    vague quantities and threats or hypotheses lower it."""
    c = 0.5 + (0.15 if explicit_number else 0.0) + (0.1 if strong else 0.0)
    c += 0.1 if place is not None and place.lat is not None else 0.0
    c -= 0.1 if vague else 0.0
    c -= 0.25 if modality == "warned" else 0.0
    return round(max(0.05, min(0.95, c)), 2)


def make_claim(doc_id: str, category: str, evidence: Evidence, *, value=None, value_high=None,
               qualifier="exact", vague=None, subject="", item=None, actor_=None, victim_side=None,
               attribution: Attribution | None = None, modality="asserted", scope="event",
               place: Place | None = None, date=None, date_precision=None, conf=0.5,
               v: Vocab | None = None) -> Claim:
    claimant = attribution.claimant if attribution is not None else None
    side = (attribution.side if attribution is not None else None) or claimant_side(claimant, v)
    if claimant and len(claimant) <= 3 and claimant.isupper() and f"the {claimant}" in evidence.text:
        claimant = f"the {claimant}"  # "the UN", as the text names it: a bare acronym reads as a code
    return Claim(
        claim_id=claim_id(doc_id, category, evidence.start, evidence.end, value, item, place),
        doc_id=doc_id, category=category, evidence=evidence, value=value, value_high=value_high,
        qualifier=qualifier, vague=vague, subject=subject, item=item, actor=actor_,
        victim_side=victim_side, claimant=claimant, claimant_side=side,
        modality=modality, scope=scope, place=place, date=date, date_precision=date_precision,
        confidence=conf,
    )
