"""Which place a claim concerns (a mixin of the extractor's per-document state).

The nearest place of the claim's own sentence, with exceptions: a place inside the speaker's
phrase ("the Donetsk regional governor said") is the last choice, and when it is a region the
story's town in that region is taken instead; a country named as where ("in Ukraine") in the
figure's clause beats a town of a later clause; a country that acts ("Ukraine had lost") is
no place. A sentence with none takes the country for a national or running total, else its
paragraph's neighbours, else the document's context (the headline, the last town, the dateline).
"""
from __future__ import annotations

from ...records import Place
from ..events.frames import frames, lemma_of, token_at_char
from .context import capital_of, direct_first
from .cues import DISTRICT_WORDS
from .mentions import PlaceMention


class ClaimPlaces:
    """Place choice over ``self.sents``, ``self.attrib``, ``self.ctx``, ``self.places()`` and
    ``self.parsed`` (sentence index -> spaCy Doc, for the sentences parsed)."""

    def _government(self, i: int, m) -> bool:
        """A capital standing for its government ("as Kinshasa tries to end the war", "urged
        Washington to press Israel"): the subject or object of a verb that is no act of war,
        with no preposition placing anything there."""
        if m.start > 0 and self.sents[i].tokens[m.start - 1].lower in self.v.locative_preps | {"on", "to", "from"}:
            return False
        cc = m.place.country_code
        if not cc or m.place.name != capital_of(cc):
            return False
        tok = self._token_at(i, m.start)
        if tok is None or tok.dep_ not in ("nsubj", "dobj"):
            return False
        head = tok.head
        return head.pos_ in ("VERB", "AUX") and lemma_of(head) not in frames().lemmas \
            and lemma_of(head) not in self.v.gram.undergo_verbs

    def _token_at(self, i: int, k: int):
        parsed = self.parsed.get(i)
        return token_at_char(parsed, self.sents[i].tokens[k].start - self.sents[i].start) if parsed is not None else None

    def _proximate(self, toks, m) -> bool:
        """"near Kalat", "just outside the town of X": a reference cue that puts the event by it."""
        k = m.start
        while k > 0 and toks[k - 1].lower in ("the", "city", "town", "village", "of"):
            k -= 1
        return any((c := self.v.proximity_cues.match_at(toks, k0)) and k0 + c[0] == k for k0 in range(max(0, k - 4), k))

    def _for_cause(self, toks, m) -> bool:
        """"a protest in solidarity with Sweida": Sweida is the cause, not the scene."""
        return any((c := self.v.cause_cues.match_at(toks, k)) and k + c[0] == m.start
                   for k in range(max(0, m.start - 3), m.start))

    def place_for(self, i: int, anchor: int, clause: list[int], cumulative: bool = False,
                  within: set[int] | None = None, own_clause: set[int] | None = None,
                  speaker: tuple[int, int] | None = None) -> Place | None:
        """``within``: the token indices a running total's own clause covers (from the parse);
        a place outside it ("... can only take Kyiv") is not where the total was counted.
        ``own_clause``: the figure's own clause, which a country must lie in to place it ("The
        attack, which marked the first time Israel has struck Yemen, killed six": not Yemen).
        ``speaker``: the tokens of the figure's claimant, whose places are where it speaks from,
        not where it happened ("the Kharkiv operational-tactical grouping said")."""
        def local(ms: list[PlaceMention]) -> list[PlaceMention]:
            return [m for m in ms if m.kind != "country" and not m.goal  # not "fled to X"
                    and (within is None or m.start in within)]

        def here(ms: list[PlaceMention]) -> list[PlaceMention]:  # not "as Kinshasa tries to end the war"
            return [m for m in local(ms) if not self._government(i, m)]

        toks = self.sents[i].tokens
        spans = [a.span for a in self.attrib[i] if a.span]
        own = [m for m in here(self.places(i)) if (m.start, m.end) not in spans]  # "what Moscow calls": a speaker
        if own:
            def broad(m: PlaceMention) -> bool:  # a town or district in a region says more than the region
                return m.kind == "region" and not m.name.lower().endswith(("district", "raion"))

            def by_town(m: PlaceMention) -> bool:
                """"In Balochistan, gunmen ... near Kalat", "struck convoys near En Nahud in West
                Kordofan": a town the event was by says more than the regions around it (not more
                than a region it lies outside: "jets over the Kharkiv region and a drone near X")."""
                if not (m.reference and m.kind == "settlement" and self._proximate(toks, m)):
                    return False
                others = [o for o in own if o is not m and not o.reference]
                return all(broad(o) and (_fronted(toks, o) or self.resolver.within(m.place, o.place.name or "") is not False)
                           for o in others)

            def dist(m: PlaceMention):
                same = clause[m.start] == clause[anchor] if m.start < len(clause) else False
                in_source = self._in_speaker(i, m) or (  # "officials in X said"
                    speaker is not None and speaker[0] <= m.start and m.end <= speaker[1])
                # "In Balochistan, gunmen ... near Kalat": the town by the event, not the region
                ref = m.reference and not by_town(m)
                return (in_source, ref, m.place.is_water, 0 if same else 1, broad(m), min(abs(m.start - anchor), abs(m.end - anchor)))
            best = min(own, key=dist)
            here = [m for m in self._countries_here(i, clause, anchor) if clause[best.start] != clause[anchor]]
            if here:  # "6,114 civilians killed in Ukraine since February, ... information from Mariupol"
                return here[0].place
            if best.kind == "region" and self._in_speaker(i, best):  # "the Poltava governor said":
                return self._neighbour_place(i, local, same_only=True, within=best.place) \
                    or self.ctx.town_within(i, best.place) or best.place  # the story's place there
            return self.ctx.in_story_town(i, best.place)
        countries = [m for m in self.places(i) if m.kind == "country" and not m.reference and not m.goal
                     and not self._in_speaker(i, m)  # "Russia's defence ministry said"
                     and not (m.end < len(toks) and toks[m.end].lower in ("'s", "’s"))  # "Sudan's army"
                     and not _acts(toks, m)  # "Ukraine had lost 1,500 soldiers": the country acts
                     and (own_clause is None or m.start in own_clause)]
        if countries:  # "in Ukraine", "across the country": a national figure
            return min(countries, key=lambda m: min(abs(m.start - anchor), abs(m.end - anchor))).place
        nation = self.ctx.national_place(i)  # "since the fighting erupted": the story's country
        if nation is None and cumulative:  # a running total with no place of its own
            nation = self.ctx.story_country(i)
        if nation is not None:
            return nation
        near = self._neighbour_place(i, local, districts=not cumulative)
        if near is not None:
            return near
        goals = [m for m in self.places(i) if m.goal and m.kind != "country"]
        if goals:
            return goals[0].place  # "fled to X" and no other place around
        countries = [m for m in self.places(i) if m.kind == "country"]
        if countries:
            return countries[0].place
        return self.ctx.fallback(i) or self.ctx.where_country(i)  # headline's, earlier, dateline's, "in <country>"

    def _neighbour_place(self, i: int, local, same_only: bool = False, within: Place | None = None,
                         districts: bool = False) -> Place | None:
        """The place of the sentences around ``i``: its paragraph's first (the two before, the
        one after), then the sentences just around it; with ``within``, only a place that is
        not known to lie outside that region, from outside any speaker's phrase. ``districts``:
        a district the gazetteer lacks may be that place (not for a running total)."""
        para = self.sents[i].para
        same = [j for j in (i - 1, i - 2, i + 1) if 0 <= j < len(self.sents) and self.sents[j].para == para]
        beyond = [] if same_only else [j for j in (i + 1, i - 1) if 0 <= j < len(self.sents) and j not in same]
        for j in same + beyond:
            if within is None:  # a sea is where a ship or a launch was, not a neighbour's place
                near = direct_first(self._not_source(j, [m for m in local(self.places(j)) if m.place.country_code
                                                         or (districts and _unlisted_district(m))]))
            else:  # a town of that region, or one of its districts
                near = direct_first([m for m in local(self.places(j)) if not self._in_speaker(j, m) and (
                    self.resolver.within(m.place, within.name or "") is not False if m.kind == "settlement"
                    else m.name.lower().endswith(("district", "raion")))])
            if near:
                towns = [m for m in near if m.kind == "settlement"] or near
                return (towns[-1] if j < i else towns[0]).place
        return None

    def _countries_here(self, i: int, clause: list[int], anchor: int) -> list[PlaceMention]:
        """Countries named as where ("in Ukraine", "strikes on southern Lebanon killed five") in
        the clause of the figure at ``anchor``; an attack on a country only before the figure
        ("..., in one of the deadliest attacks on western Ukraine": a comparison)."""
        toks = self.sents[i].tokens

        def where(k: int) -> bool:  # the preposition before the name, past "southern"
            while k >= 0 and (toks[k].lower in frames().compass or toks[k].lower[:-3] in frames().compass
                              or toks[k].lower == "the"):
                k -= 1
            return k >= 0 and (toks[k].lower in ("in", "across", "throughout", "inside")
                               or (toks[k].lower == "on" and 0 < k < anchor and _attack_noun(toks[k - 1].lower)))
        return [m for m in self.places(i) if m.kind == "country" and not m.referred and not m.goal
                and 0 < m.start < len(clause) and clause[m.start] == clause[anchor] and where(m.start - 1)]

    def _in_speaker(self, i: int, m: PlaceMention) -> bool:
        """Is mention ``m`` of sentence ``i`` inside a speaker's phrase ("officials in X said")?"""
        return any(a.span and a.span[0] <= m.start and m.end <= a.span[1] for a in self.attrib[i])

    def _not_source(self, j: int, ms: list[PlaceMention]) -> list[PlaceMention]:
        """Mentions of sentence ``j`` outside its speakers' phrases ("the Donetsk governor
        said"), unless there are no others."""
        return [m for m in ms if not self._in_speaker(j, m)] or ms

    def tally_place(self, i: int) -> Place | None:
        """A loss summary line counts a running national total: the place the line names,
        else the story's country."""
        own = [m for m in self.places(i) if not m.goal]
        return own[0].place if own else self.ctx.story_country(i)


def _unlisted_district(m: PlaceMention) -> bool:
    """"in Ancuabe district": a district no gazetteer lists, kept by its name."""
    return m.kind == "region" and m.place.lat is None and m.name.lower().endswith(DISTRICT_WORDS)


def _attack_noun(word: str) -> bool:
    """"strikes", "attack", "shelling": an attack noun of the frames (plural or not)."""
    nouns = next(f.nouns for f in frames().frames if f.category == "attack")
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def _fronted(toks, m: PlaceMention) -> bool:
    """Is ``m`` a scene set at the head of the sentence ("In the Kharkiv region, ...",
    "Elsewhere in the Donetsk region, ...")?"""
    if m.end >= len(toks) or toks[m.end].lower != "," or m.start > 6:
        return False
    head = [t.lower for t in toks[:m.start]]
    return "in" in head and all(t.is_word and not t.is_cap or t.lower in ("in", "elsewhere", "further", "farther")
                                for t in toks[:m.start] if t.lower != "in")


def _acts(toks, m: PlaceMention) -> bool:
    """Is the country ``m`` the subject of a verb right after it ("Russia has lost",
    "Ukraine shot it down"), not where something happened ("in Ukraine", "across Sudan")?"""
    if m.referred or m.start == 0 and m.end >= len(toks):
        return False
    before = toks[m.start - 1].lower if m.start > 0 else ""
    if before in ("in", "across", "throughout", "inside", "within", "of", "over", "into", "to", "from"):
        return False
    nxt = toks[m.end] if m.end < len(toks) else None
    return nxt is not None and nxt.is_word and not nxt.is_cap and (
        nxt.lower.endswith(("ed", "s")) or nxt.lower in ("has", "had", "have", "is", "was", "will", "would",
                                                       "shot", "lost", "struck", "hit", "says", "said"))


def named_event_places(claims: list) -> list:
    """A capture or an attack whose subject is a place another claim of the document is at
    ("the army denied that Um Sumeima had fallen", after "the RSF seized Um Sumeima") is at
    that place, not at the neighbour's place a sentence without a place of its own took."""
    at = {c.place.name: c.place for c in claims
          if c.category in ("territory", "attack") and c.place is not None and c.subject == c.place.name}
    for c in claims:
        if c.category in ("territory", "attack") and c.subject in at and (c.place is None or c.place.name != c.subject):
            c.place = at[c.subject]
    return claims


def the_attack_places(claims: list) -> list:
    """Figures placed only at a part of a country ("killed in an attack in northern Burkina
    Faso") take the town of the sentence right after when it opens on that attack ("The attack
    targeted a military detachment in Arbinda") and the town lies in that country."""
    events = [c for c in claims if c.category == "attack" and c.place is not None and c.place.precision == "settlement"
              and c.place.country_code and _opens_on_the_attack(c.evidence.text)]
    for c in claims:
        if c.category == "attack" or c.value is None or c.scope != "event" or c.place is None \
                or c.place.precision not in ("region", "country") or c.place.admin1:
            continue
        gap = [e for e in events if 0 < e.evidence.start - c.evidence.end <= 2
               and e.place.country_code == c.place.country_code]
        if len(gap) == 1:
            c.place = gap[0].place
    return claims


def _opens_on_the_attack(sentence: str) -> bool:
    """"The attack targeted ...", "The assault, which ...": a sentence about the attack just told."""
    words = sentence.split()
    return len(words) > 2 and words[0].lower() == "the" and _attack_noun(words[1].strip(",").lower())
