"""Event claims from parsed frames, joined to the document's places.

The parse says which names are the place of which trigger ("the shelling of A, B and C",
"a school in Kuriga", "X, which troops encircled"); the document's place mentions (resolved
with its context) say what those names are. A name the gazetteer does not know is kept by its
own name, without coordinates, when the parse shows it is a place (an entity label, or "the
town of X", "the X camp"); it is never replaced by a centroid.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from ...records import Place
from .triggers import EventHit
from ..text.lexicon import is_common_word
from ..quantities.counted import QuantHit, counted_np
from .frames import FrameHit, PlaceRole, count_category, count_of, find_frames, frames, trigger_forms, unreal_at
from ..text.nlp import parse
from ..places.cues import dateline
from ..places.cues import DISTRICT_WORDS
from ..places.mentions import NAMED_SITES, PlaceMention
from ..sides import force_names
from ..text.sentences import Sentence
from ..text.tokens import Token, tokenize


def candidates(sents: list[Sentence]) -> list[int]:
    """Sentences worth a parse for events: a word form of a frame trigger and a name (an event
    needs a named place; "the city" is the surface rules' business)."""
    forms = trigger_forms()
    return [i for i, s in enumerate(sents) if (any(t.lower in forms for t in s.tokens) or _next_target(s.tokens))
            and _named(s.tokens)]


def _next_target(toks: list[Token]) -> bool:
    """"X would be the next city they take", "its next target": worth a parse for the threat."""
    return any(t.lower == "next" and k + 1 < len(toks) and toks[k + 1].lower in frames().next_lemmas
               for k, t in enumerate(toks))


def _named(toks: list[Token]) -> bool:
    return any(t.is_cap for t in toks[1:]) or bool(toks) and toks[0].is_cap and not is_common_word(toks[0].text)


def parse_sentences(text: str, sents: list[Sentence], wanted: list[int]) -> dict[int, Doc]:
    docs = parse([parse_text(text, sents[i]) for i in wanted])
    return dict(zip(wanted, docs))


def parse_text(text: str, sent: Sentence) -> str:
    """The text of ``sent`` to parse: with its dateline ("SANAA, Aug. 22 -") blanked out, character for character, so
    the parser reads the story's first sentence as a sentence and every offset stays the same."""
    chunk = text[sent.start:sent.end]
    body = dateline(sent.tokens)[1]
    if not body or body >= len(sent.tokens):
        return chunk
    cut = sent.tokens[body].start - sent.start
    return " " * cut + chunk[cut:]


def frame_hits(parsed: Doc | None, sent: Sentence) -> list[FrameHit]:
    return find_frames(parsed, base=sent.start) if parsed is not None else []


def token_at(toks: list[Token], char: int) -> int:
    """Index of the sentence token at (or just before) a character offset."""
    return max(0, bisect_right([t.start for t in toks], char) - 1)


def _overlaps(toks: list[Token], m: PlaceMention, role: PlaceRole) -> bool:
    return toks[m.start].start < role.end and toks[m.end - 1].end > role.start


def _district_named(m: PlaceMention) -> bool:
    """"Masisi territory", "Depayin township": an area around the villages, whatever its precision."""
    return m.name.lower().endswith(DISTRICT_WORDS)


def _own_name(m: PlaceMention, role: PlaceRole) -> PlaceMention:
    """A village the gazetteer lacks that the parse shows is the event's place and that the
    text names with its area ("captured Pishchane in Kharkiv Oblast"): its own name, placed
    only as precisely as the area it was resolved to."""
    p = m.place
    if not role.labelled or role.area or role.the or m.kind != "region" or p.precision != "region" \
            or m.name != role.name or p.name.split()[0].lower() == role.name.split()[0].lower():
        return m
    return replace(m, place=replace(p, name=role.name, geonameid=None), kind="settlement")


class FrameClaims:
    """Mixed into the document reader: ``frame_mentions`` maps a frame's roles to places."""

    def frame_mentions(self, i: int, hit: FrameHit, mentions: list[PlaceMention]) -> list[PlaceMention]:
        toks = self.sents[i].tokens
        out = []
        found_roles: set[tuple[int, int]] = set()
        inner_first = sorted(hit.places, key=lambda r: r.within is not None)
        body = dateline(toks, self.v)[1]  # "DUBAI, Aug 22 (Reuters) - A tanker was hit": no subject
        for role in inner_first:
            if token_at(toks, role.start) < body:
                continue
            if role.anaphor:  # "Residents of Pokrovsk said drones struck the town": the one town named before it
                before = [m for m in self.places(i) if m.kind == "settlement" and toks[m.end - 1].end <= role.start
                          and not m.reference and not m.goal and not m.referred]
                if len({m.place.name for m in before}) == 1:
                    out.append(replace(before[-1], start=token_at(toks, role.start), end=token_at(toks, role.end - 1) + 1))
                continue
            if role.within is not None and role.within in found_roles:
                continue  # "X Square in Kyiv" where X Square is known: the container adds nothing
            found = [m for m in mentions if _overlaps(toks, m, role) and not ((role.the or role.area) and m.kind == "settlement")]
            found = [_own_name(m, role) for m in found]
            if found:
                out.extend(found)
                found_roles.add((role.start, role.end))
                continue
            if any(_overlaps(toks, m, role) for m in self.places(i)):
                continue  # a country, or the speaker's own place: the rules' reasons hold
            if not role.labelled or not self._may_be_place(role.name):
                continue
            named = self.ctx.countries_named()
            place = self.resolver.resolve(role.name, countries=named)  # no loose namesake abroad
            if place is not None and role.area and place.precision == "settlement":
                place = None  # "the Bekaa valley" is no town that a loose match found
            if place is not None and place.precision == "region" and named and place.country_code not in named:
                place = None  # "Hodan district" in a Mogadishu story is no region of Belarus
            if place is not None and named and place.country_code not in named and self._site_name(role):
                continue  # "the Naivasha market" in a Sudan story: the market's name, not a town abroad
            if place is None and any(r.within == (role.start, role.end) for r in hit.places):
                continue  # an unknown square or camp in a known town: the town stands for it
            if place is not None and role.the and place.precision == "settlement":
                continue  # "on the Dnipro": a river named like a town
            place = place or Place(role.name)  # a name the parse shows is a place, kept without coordinates
            kind = {"region": "region", "country": "country"}.get(place.precision or "", "settlement")
            if kind != "country":
                s, e = token_at(toks, role.start), token_at(toks, role.end - 1) + 1
                out.append(PlaceMention(s, e, role.name, place, kind))
                found_roles.add((role.start, role.end))
        if any(not m.reference for m in out):  # "Vasylkiv, outside Kyiv": Kyiv only locates it
            out = [m for m in out if not m.reference]  # ("a base near Djibo" alone is at Djibo)
        if any(m.kind == "settlement" and not _district_named(m) for m in out):
            out = [m for m in out if m.kind != "region" and not _district_named(m)]  # "shelled X in the Y region": X
        return out

    def _may_be_place(self, name: str) -> bool:
        """A name that may stand as a place: not a person, a party or a common word."""
        words = name.split()
        if len(words) == 1 and is_common_word(name.lower()):
            return False  # "Most were taken to ...", "Protests"
        if any(w in self.v.not_places for w in words):
            return False
        if any(w in self.persons for w in words) and (len(words) == 1 or self._speaks(name) or not self._located(name)):
            return False  # a person's name; not "Gidan Bawa", a two-word village no one quotes
        if self.v.actors.find_all(tokenize(name)) or not name[:1].isupper() or name.lower() in force_names():
            return False  # "pounded RSF positions": a party, not a place
        return True

    def _speaks(self, name: str) -> bool:
        """Whether ``name`` is said, told or quoted anywhere in the document: a person, not a place."""
        return any(a.claimant and name in a.claimant for atts in self.attrib for a in atts) \
            or bool(re.search(rf"\b{re.escape(name)},? (?:said|says|told|added|wrote|who|whose|a |an |the )", self.text))

    def _site_name(self, role: PlaceRole) -> bool:
        """Whether the role's name is followed by a site noun ("the Naivasha market")."""
        after = self.text[role.end:role.end + 20].split()
        return bool(after) and after[0].lower().strip(",.;") in NAMED_SITES

    def _located(self, name: str) -> bool:
        """Whether the text names ``name`` as ground: "in/at/near X", "the village of X", "stormed X"."""
        return bool(re.search(rf"\b(?:in|at|near|outside|of|stormed|attacked|raided|shelled|overran|captured|seized)"
                              rf" {re.escape(name)}\b(?!'s)", self.text))

    def recount(self, parsed: Doc | None, i: int, hits) -> None:
        """Counts the parse gives to a coordinated verb of another category change category."""
        if parsed is None:
            return
        toks, base = self.sents[i].tokens, self.sents[i].start
        for h in hits:
            if h.trigger is not None:
                h.category = count_category(parsed, base, toks[h.q.num_start].start, toks[h.trigger[0]].start, h.category)
            elif h.category == "displaced" and h.np is not None:  # "150 displaced villagers": the word in the phrase
                k = next((k for k in range(h.np.start, h.np.end) if toks[k].lower == "displaced"), None)
                if k is not None:
                    h.category = count_category(parsed, base, toks[h.q.num_start].start, toks[k].start, h.category)

    def counted_by_verb(self, parsed: Doc | None, i: int, quantities, hits, fhits=()) -> list:
        """Counts no surface rule took whose number the parse makes the object or subject of a
        count verb ("kidnapped more than 250 others", "250 others abducted"), or of a verb the
        sentence's frames ``fhits`` read as an abduction ("31 pupils were taken from the school")."""
        if parsed is None:
            return []
        toks, base = self.sents[i].tokens, self.sents[i].start
        taken = {h.q.num_start for h in hits}
        out = []
        seized = {h.start: h.category for h in fhits if h.category == "abducted"}
        for q in quantities:
            if q.num_start in taken or q.value is None or q.value <= 0:
                continue
            found = count_of(parsed, base, toks[q.num_start].start, seized)
            if found is None or unreal_at(parsed, base, found[1]):
                continue
            category, verb_char, noun = found
            k = token_at(toks, verb_char)
            if category == "materiel_lost":  # "... and 84 drones": only a counted item
                hit = self._materiel_counted(toks, q, k)
                if hit is not None:
                    out.append(hit)
                continue
            if noun is not None and noun not in ("others", "more") and not self.v.persons.find_all(tokenize(noun)):
                continue  # "captured 15 villages": not people
            out.append(QuantHit(q, category, None, (k, k + 1)))
        return out

    def _materiel_counted(self, toks: list[Token], q, verb: int) -> QuantHit | None:
        """The materiel a count verb counts ("84 drones"), read by the counted-phrase reader; not
        the whole of which a part was hit ("destroyed 25 of 38 missiles")."""
        if q.start >= 2 and toks[q.start - 1].lower == "of" and toks[q.start - 2].is_digit:
            return None
        np_ = counted_np(toks, q, self.v)
        if np_ is None or np_.kind != "materiel" or not np_.item:
            return None
        return QuantHit(q, "materiel_lost", np_, (verb, verb + 1))

    def unreal_event(self, parsed: Doc | None, i: int, h: EventHit) -> bool:
        """A surface rule's event that the parse shows is planned, tried, hypothetical or old."""
        if parsed is None:
            return False
        return unreal_at(parsed, self.sents[i].start, self.sents[i].tokens[h.start].start, purpose=False)

    @staticmethod
    def frame_event(hit: FrameHit, toks: list[Token]) -> EventHit:
        k = token_at(toks, hit.start)
        return EventHit(hit.category, k, k + 1, "strong")
