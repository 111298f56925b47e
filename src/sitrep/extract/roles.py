"""Who did it and to whom: ``actor_side`` and ``victim_side`` where the claim's own words
(its actor and its counted noun, read by sides.py) do not name a party.

In order, each step filling only what is still empty:

1. The sentence. A party named right before an act ("Israeli airstrikes", "RSF fighters",
   "Russia's shelling"), after "by", as the subject of an act ("Russia launched"), or accused of
   it, is the actor; "its forces" / "we struck" make the claimant's party the actor. A party
   named before a verb of loss ("Ukrainian troops withdrew from") lost the place: the victim,
   and its opponent the actor.
2. The claim's own kind. People the text counts without a side ("people", "a woman",
   "residents") and the displaced, missing, abducted and affected are civilians; fighters are
   not. A bare count ("30 killed") in a sentence about an attack counts civilians unless the
   sentence speaks of fighters. An attack on homes, a market or a school has civilian victims;
   one on a base or positions hits the side whose home the place is in.
3. The incident: claims of one ``event_id`` share their actor, and counts with no noun share
   their incident's victims.
4. A territory claim made by a party is that party's gain (actor); the loser is its opponent.
5. The place: a profile may say who attacks in a party's home (``attacked_by``: Russia in
   Ukraine, Israel in Gaza and Lebanon).
6. The document: a party named as the actor of several acts and more often than any other is
   the actor of its violent claims that name none.

The words are data (``data/extract/roles.yaml``); parties and their opponents come from the
conflict profiles (``profiles.yaml``).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Sequence

import yaml

from ..records import Claim
from .offices import person_side
from .sides import Profile, _pattern, force_words, local_words, office_side, profiles, select
from .sides import alternation as _words


@dataclass(frozen=True)
class RoleWords:
    agent_after: re.Pattern  # "<party> [up to two words] <act>"
    agent_verb: re.Pattern  # "<party> [has] <verb>"
    not_agent: frozenset[str]
    loss_after: re.Pattern  # "<party> [words] <loss verb>"
    civilian_nouns: re.Pattern
    military_nouns: re.Pattern
    enemy_nouns: re.Pattern  # what a party calls the other side's fighters ("occupiers", "terrorists")
    attack_words: re.Pattern
    civilian_targets: re.Pattern
    military_targets: re.Pattern
    own_agent: re.Pattern  # "its forces", "we struck": the claimant acted
    civilian_categories: frozenset[str]
    violent_categories: frozenset[str]
    bare_counts: re.Pattern  # a count's own words that say nothing of who ("deaths", "injured")
    third_parties: re.Pattern  # claimants that are no party: UN agencies, NGOs, monitors, media
    remote_strikes: re.Pattern  # "drones struck X", "X was shelled": a town's people are hit
    ground_assaults: re.Pattern  # "attacked near X", "stormed": its defenders are
    state_forces: re.Pattern  # "soldiers", "gendarmes": a state's own forces
    merchant_vessels: re.Pattern  # "a bulk carrier", "merchant ships": a third party's
    unhit: re.Pattern  # "had not been hit": a denial of an attack on the denier's own side
    neutral_targets: re.Pattern  # "an airport", "a bridge": whose, the site does not say


@functools.lru_cache(maxsize=1)
def role_words() -> RoleWords:
    data = yaml.safe_load(resources.files("sitrep").joinpath("data/extract/roles.yaml").read_text(encoding="utf-8"))
    agents = _words(data["agent_nouns"])
    return RoleWords(
        agent_after=re.compile(rf"^\s*(?:[\w'’-]+\s+){{0,2}}?(?:{agents})(?![\w-])", re.IGNORECASE),
        agent_verb=re.compile(r"^\s*(?:(?:has|have|had)\s+)?(?:(?:also|then|later|again|[a-z]+ly)\s+)?([a-z]+)\b"),
        not_agent=frozenset(str(w).lower() for w in data["not_agent_verbs"]),
        loss_after=re.compile(rf"^\s*(?:[\w'’-]+\s+){{0,4}}?(?:{_words(data['loss_verbs'])})(?![\w-])", re.IGNORECASE),
        civilian_nouns=re.compile(rf"(?:(?<![\w-])|(?<=\d-))(?:{_words(data['civilian_nouns'])})(?![\w-])",
                                  re.IGNORECASE),  # "a 72-year-old"
        military_nouns=_pattern(data["military_nouns"]),
        enemy_nouns=_pattern(data["enemy_nouns"]),
        attack_words=_pattern(data["attack_words"]),
        civilian_targets=_pattern(data["civilian_targets"]),
        military_targets=_pattern(data["military_targets"]),
        own_agent=re.compile(rf"\b(?:its|our|their)\s+(?:own\s+)?(?:[\w-]+\s+){{0,1}}?(?:{agents})(?![\w-])"
                             r"(?!\s+(?:were|was|had\s+been|have\s+been|has\s+been)\b)"
                             r"|\b(?:it|we)\s+(?:had\s+|has\s+|have\s+)?(?:struck|hit|targeted|destroyed|attacked"
                             r"|shot|downed|killed|captured|seized|liberated|took|bombed|shelled|launched|stormed"
                             r"|raided|repelled|eliminated|neutralised|neutralized|fired|overran|ambushed|intercepted)\b", re.IGNORECASE),
        civilian_categories=frozenset(data["civilian_categories"]),
        violent_categories=frozenset(data["violent_categories"]),
        bare_counts=re.compile(rf"(?:(?:more|other|further|new|additional|the)\s+)*(?:{_words(data['bare_counts'])})",
                               re.IGNORECASE),
        third_parties=_pattern(data["third_parties"]),
        remote_strikes=_pattern(data["remote_strikes"]),
        ground_assaults=_pattern(data["ground_assaults"]),
        state_forces=_pattern(data["state_force_nouns"]),
        merchant_vessels=_pattern(data["merchant_vessels"]),
        unhit=_pattern(data["unhit_passives"]),
        neutral_targets=_pattern(data["neutral_targets"]),
    )


_BY = re.compile(r"\b(?:by|accused|accusing|blamed|blaming)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
_PASSIVE = re.compile(r"^\s*(?:was|were|had been|have been|has been)\b", re.IGNORECASE)


def _span_of(sentence: str, phrase: str | None) -> tuple[int, int] | None:
    if not phrase:
        return None
    k = sentence.find(phrase)
    return (k, k + len(phrase)) if k >= 0 else None


def _inside(s: int, e: int, span) -> bool:
    return span is not None and span[0] <= s and e <= span[1]


def _anchor(c: Claim, text: str, subject) -> int:
    """Where the claim sits in its sentence: its counted noun, else its number, else its place."""
    if subject is not None:
        return subject[0]
    for key in (c.value, c.place.name if c.place else None):
        if key is not None:
            k = text.find(f"{key:,.0f}" if isinstance(key, float) else str(key))
            if k >= 0:
                return k
    return 0


def sentence_roles(c: Claim, chosen: Sequence[Profile], w: RoleWords) -> tuple[str | None, str | None]:
    """(actor party, losing party) the claim's sentence names around its parties: the acting
    party nearest the claim."""
    text = c.evidence.text
    claimant, subject = _span_of(text, c.claimant), _span_of(text, c.subject)
    at = _anchor(c, text, subject)
    actors: list[tuple[int, str]] = []
    loser = None
    for p in chosen:
        for s, e, pid in p.mentions_at(text):
            if _inside(s, e, claimant) or _inside(s, e, subject):
                continue
            after, before = text[e:e + 60], text[max(0, s - 40):s]
            if c.category == "territory" and loser is None and pid != "other" and w.loss_after.match(after):
                loser = pid
                continue
            if c.category in _LOSSES and loser is None and pid != "other" and _LOST_AFTER.match(after):
                loser = pid  # "Ukrainian forces lost two tanks": theirs
                continue
            verb = w.agent_verb.match(after)
            noun = w.agent_after.match(after)
            agentive = bool(_BY.search(before)) or (
                (noun is not None and not _PASSIVE.match(after[noun.end():]))
                or (verb is not None and verb.group(1) not in w.not_agent and not _PASSIVE.match(after)
                    and (verb.group(1).endswith("ed") or verb.group(1) in _STRONG)))
            if _TARGET_BEFORE.search(before) and not _BY.search(before):
                continue  # "the attack on Kyiv also wounded": the place hit, not who hit it
            if agentive and pid != c.victim_side:
                later = c.category in _LOSSES and s > at and not _BY.search(before)  # a count's agent comes first
                actors.append((later, abs(s - at), pid))
        if actors or loser:
            break
    actor = min(actors)[2] if actors else None
    if actor is None and c.modality != "denied" and c.claimant_side \
            and (any(c.claimant_side in p.ids for p in chosen) or (c.claimant_side == "other" and c.claimant
                                                                  and not w.third_parties.search(c.claimant))) \
            and c.claimant_side != c.victim_side and w.own_agent.search(text):  # "our air force struck": a state's with no id too
        actor = c.claimant_side
    return actor, loser


_TARGET_BEFORE = re.compile(r"\b(?:on|in|at|near|over|into|across|toward|towards|against)\s+(?:the\s+)?$", re.IGNORECASE)
_STRONG = frozenset({"struck", "hit", "shot", "took", "overran", "fought", "blew", "drove", "swept", "stole",
                     "burnt", "beat", "sank", "brought", "threw", "seized", "launched", "fired", "bombed", "began",
                     "killed", "stormed", "ambushed", "kidnapped", "abducted"})


def _civil_target(w: RoleWords, text: str) -> bool:
    """A civilian target named outside any military one ("police station" names no station)."""
    return bool(w.civilian_targets.search(w.military_targets.sub(" ", text)))


def _victim_of_kind(c: Claim, chosen: Sequence[Profile], w: RoleWords, incident_civil: bool) -> str | None:
    """The victim side the claim's kind and words give when they name no party."""
    text = c.evidence.text
    if c.category in w.civilian_categories:
        return "civilian"
    if c.category in ("killed", "wounded"):
        subj = c.subject or ""
        if w.military_nouns.search(subj):
            return None
        if w.civilian_nouns.search(subj):
            return "civilian"
        if subj and not w.bare_counts.fullmatch(subj.strip()):
            return None  # "22 Palestinians": the text does not say
        if incident_civil or not w.military_nouns.search(text):
            return "civilian"  # "30 killed in a strike on a school", "four deaths were reported"
        return None
    if c.category in ("attack", "materiel_lost") and (w.merchant_vessels.search(c.subject or "") or (
            c.category == "attack" and w.merchant_vessels.search(text))):
        return "other"  # "the Houthis sank two merchant ships": shipping is no party
    if c.category == "attack":
        if c.claimant:
            text = text.replace(c.claimant, " ")  # "the region's military head" is no target
        for words in (c.subject or "", text):
            military = w.military_targets.search(words)
            civil = _civil_target(w, words)
            if civil and not military:
                return "civilian"
            if military and not civil:
                home = next((h for p in chosen if (h := p.home(c.place))), None)
                if home is not None and home == c.actor_side:  # "its drones struck a radar station" in occupied land
                    return next((o for p in chosen if (o := p.opponent(home, c.place))), None)
                return home
        if incident_civil:
            return "civilian"
        if c.modality != "denied" and c.place is not None and c.place.precision in ("settlement", "point") \
                and w.remote_strikes.search(text) and not w.neutral_targets.search(text) \
                and not w.ground_assaults.search(text) and not w.military_nouns.search(text):
            return "civilian"  # "drones struck Sumy overnight": its people, where no target is named
        return None
    return None


def infer_roles(claims: list[Claim], text: str, available: Sequence[Profile] | None = None) -> None:
    """Fill ``actor_side`` and ``victim_side`` where they are still empty (see the module doc)."""
    every = list(available if available is not None else profiles())
    chosen = select(claims, text, every)
    if not chosen or not claims:  # a conflict no profile covers: only what the claims' own words say
        w = role_words()
        civil = {c.event_id for c in claims if c.victim_side == "civilian" and c.category in ("killed", "wounded")}
        for c in claims:
            c.victim_side = None if c.victim_side == "enemy" else c.victim_side
            if c.victim_side is None:
                c.victim_side = _victim_of_kind(c, (), w, c.event_id in civil)
        return
    w = role_words()
    parties = frozenset(pid for p in chosen for pid in p.ids)
    ids = parties | {"other"}  # a named force that is no party may act too
    _claimants_and_claims(claims, chosen, w, parties, text)
    found = [sentence_roles(c, chosen, w) for c in claims]
    _from_sentences(claims, found, chosen, ids)
    civil = {c.event_id for c in claims if c.victim_side == "civilian" and c.category in ("killed", "wounded")}
    for c in claims:
        if c.victim_side is None:
            c.victim_side = _victim_of_kind(c, chosen, w, c.event_id in civil)
    _from_incidents(claims, w, ids)
    _from_place_and_document(claims, chosen, w, parties, ids, _main_attacker(claims, found, ids))


def _claimants_and_claims(claims: list[Claim], chosen: Sequence[Profile], w: RoleWords, parties, text: str = "") -> None:
    """Claimants that name no party; what a party's own claim says of whose loss it is."""
    homes = Counter(h for c in claims for p in chosen if (h := p.officials(c.place)))
    for c in claims:
        if c.claimant and c.claimant_side in (None, "other") and not w.third_parties.search(c.claimant) \
                and (side := person_side(c, text, chosen, homes)) is not None:
            c.claimant_side = side  # "Tymur Tkachenko", introduced as the head of Kyiv's military administration
        if c.claimant and c.claimant_side == "other" and not w.third_parties.search(c.claimant) \
                and local_words().search(c.claimant) and not any(p.others is not None and p.others.search(c.claimant)
                                                                 for p in chosen):
            # "local officials" in Mirebalais: the home's, not a third party ("Lebanon's health ministry" stays other)
            side = office_side(c, chosen)
            c.claimant_side = side if side in parties else c.claimant_side
        if c.claimant and c.claimant_side is None and w.third_parties.search(c.claimant):
            c.claimant_side = "other"  # "Aid agencies say", "the rights group said"
        if c.claimant and c.claimant_side is None:  # an office: its place's home or the story's; else a third party
            local = local_words().search(c.claimant) and homes
            here = next((h for p in chosen if (h := p.officials(c.place))), None) if local else None
            c.claimant_side = (here or homes.most_common(1)[0][0]) if local else "other"
        if c.victim_side == "enemy" or (c.victim_side is None and c.category in _LOSSES
                                        and _ENEMY.search(c.evidence.text)):  # "the enemy lost": the claimant's opponent
            c.victim_side = _opponent(chosen, c.claimant_side, c)
        if c.victim_side is None and c.category in _LOSSES and c.claimant_side in parties \
                and w.enemy_nouns.search(c.subject or ""):  # a party's "119 occupiers", "200 rebels": its opponent's
            c.victim_side = _opponent(chosen, c.claimant_side, c)
        if c.category == "materiel_lost" and c.victim_side is None and c.claimant_side in parties \
                and c.modality in ("claimed", "asserted") and not _OWN_WORDS.search(c.evidence.text):
            c.victim_side = _opponent(chosen, c.claimant_side, c)  # a side reports what it destroyed or shot down
        if c.category in _LOSSES and c.modality == "denied" and c.victim_side is None and c.claimant_side in parties \
                and _OWN_WORDS.search(c.evidence.text):
            c.victim_side = c.claimant_side  # "said no aircraft had been lost": the denier's own loss
        if c.category == "attack" and c.modality == "denied" and c.claimant_side in parties \
                and w.unhit.search(c.evidence.text) \
                and not _civil_target(w, c.evidence.text):
            c.victim_side = c.claimant_side  # "said the airfield had not been hit": the denier's own (a hospital is no one's)
            c.actor_side = _opponent(chosen, c.claimant_side, c)
        if c.category == "territory" and c.modality == "denied" and c.claimant_side in parties:
            c.victim_side = c.claimant_side  # "denied that the town had fallen": the denier holds it
            c.actor_side = _opponent(chosen, c.claimant_side, c)
        if c.actor and c.claimant and c.actor in c.claimant and c.actor_side == c.claimant_side:
            c.actor_side = None  # "..., the Ukrainian military said": the speaker, not who acted


def _from_sentences(claims: list[Claim], found, chosen: Sequence[Profile], ids) -> None:
    """Step 1: the acting and the losing party each claim's sentence names."""
    for c, (actor, loser) in zip(claims, found):
        if c.category == "territory" and loser and c.victim_side in (None, "civilian"):
            c.victim_side = loser
            c.actor_side = c.actor_side if c.actor_side in ids and c.actor_side != loser else _opponent(chosen, loser, c)
        elif c.category in _LOSSES and loser and c.victim_side in (None, c.actor_side, _opponent(chosen, loser, c)) \
                and (c.victim_side is None or c.actor_side == loser):
            c.victim_side = loser  # the actor phrase was the side that lost
            c.actor_side = _opponent(chosen, loser, c)
        if c.actor_side in (None, "other") and actor and actor != c.victim_side:
            c.actor_side = actor


def _from_incidents(claims: list[Claim], w: RoleWords, ids) -> None:
    """Step 3: claims of one incident share their actor; its counts with no noun, its victims."""
    by_event: dict[str, list[Claim]] = {}
    for c in claims:
        by_event.setdefault(c.event_id, []).append(c)
    for group in by_event.values():
        actors = Counter(c.actor_side for c in group if c.actor_side in ids)
        victims = Counter(c.victim_side for c in group if c.victim_side and c.category in ("killed", "wounded"))
        for c in group:
            if c.actor_side is None and len(actors) == 1:
                c.actor_side = next(iter(actors))
            if c.victim_side is None and c.category in ("killed", "wounded") and len(victims) == 1 \
                    and not w.military_nouns.search(c.subject or "") and not w.civilian_nouns.search(c.subject or ""):
                c.victim_side = next(iter(victims))


def _from_place_and_document(claims: list[Claim], chosen: Sequence[Profile], w: RoleWords, parties, ids,
                             main: str | None) -> None:
    """Steps 4-6: one side's losses are the other's doing, a party's own gain, who attacks in
    the place's home, and the document's main actor."""
    for c in claims:
        if c.actor_side is None and c.victim_side in parties and c.category in _LOSSES:
            c.actor_side = _opponent(chosen, c.victim_side, c)
        if c.category == "territory":
            if c.actor_side is None and c.claimant_side in parties and c.modality in ("claimed", "asserted") \
                    and not local_words().search(c.claimant or ""):
                c.actor_side = c.claimant_side
            if c.actor_side is None:
                c.actor_side = next((a for p in chosen if (a := p.attacker(c.place))), None)
            if c.victim_side is None and c.actor_side in ids:
                c.victim_side = _opponent(chosen, c.actor_side, c)
            continue
        if c.actor_side is None and c.category in w.violent_categories:
            guess = next((a for p in chosen if (a := p.attacker(c.place))), None) or main
            if guess is not None and guess != c.victim_side:
                c.actor_side = guess
        if c.category in ("killed", "wounded", "captured", "missing") and c.victim_side is None \
                and c.actor and c.actor_side in parties and w.military_nouns.search(c.subject or "") \
                and not _in_claimant(c.actor, c.claimant):
            c.victim_side = _opponent(chosen, c.actor_side, c)  # "48 soldiers were captured by the Arakan Army"
        if c.category in ("killed", "wounded", "captured", "missing") and c.victim_side is None \
                and w.state_forces.search(c.subject or "") and not w.enemy_nouns.search(c.subject or ""):
            if c.modality == "denied":  # "denied that any soldier had been captured": the denier's own
                own = c.claimant_side in parties or (c.claimant_side == "other" and force_words().search(c.claimant or ""))
                c.victim_side = c.claimant_side if own else None  # a state's army with no id: `other`
            else:
                home = next((h for p in chosen if (h := p.home(c.place))), None)
                if home is not None and home != c.actor_side:
                    c.victim_side = home  # "nine gendarmes were killed in Diapaga": Burkina's own forces
        if c.category == "materiel_lost":
            if c.victim_side is None and c.actor_side in ids:
                c.victim_side = _opponent(chosen, c.actor_side, c)
            if c.actor_side is None and c.victim_side in ids:
                c.actor_side = _opponent(chosen, c.victim_side, c)


_ENEMY = re.compile(r"\b(?:enemy|adversary)(?:'s|’s)?\s+(?:lost|losses|\w+\s+(?:were|was))|\b(?:enemy|adversary)\b(?=.*\blost\b)",
                    re.IGNORECASE)
_LOST_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,6}?(?:lost|lose|loses|suffered)\b", re.IGNORECASE)  # "Ukrainian forces in the X direction had lost"
_OWN_WORDS = re.compile(r"\b(?:lost|lose|losses|loss)\b", re.IGNORECASE)  # "two tanks were lost": its own
_LOSSES = frozenset({"killed", "wounded", "captured", "missing", "materiel_lost"})


def _in_claimant(actor: str, claimant: str | None) -> bool:
    """An actor phrase that is the speaker's own words ("A military [government spokesman] said")."""
    words = re.sub(r"^(?:an?|the)\s+", "", actor.lower()).strip()
    return bool(claimant) and words in claimant.lower()


def _opponent(chosen: Sequence[Profile], pid: str | None, c: Claim) -> str | None:
    """``pid``'s opponent in the profile of the claim's country first (Russia's in Mali is no Ukraine)."""
    cc = c.place.country_code if c.place is not None else None
    ordered = sorted(chosen, key=lambda p: cc not in p.countries)
    return next((o for p in ordered if (o := p.opponent(pid, c.place))), None)


def _main_attacker(claims: list[Claim], found, ids) -> str | None:
    """The party the document names as the actor of at least two claims' sentences, more than any other."""
    seen: dict[str, set[str]] = {}
    for c, (actor, _) in zip(claims, found):
        if actor in ids:
            seen.setdefault(actor, set()).add(c.evidence.text)
    ranked = sorted(((len(v), k) for k, v in seen.items()), reverse=True)
    if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]
