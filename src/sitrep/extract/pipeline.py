"""extract_claims / extract_step: cleaned documents in, Claim records out.

Per document: split sentences; read attributions in order (so pronouns and "the official"
resolve to earlier speakers, and "That's according to X" reaches back one sentence; inside a
quoted paragraph, sentences share the paragraph's speaker); then, per sentence, quantities
and event triggers become claims with a place (the sentence's nearest, else a neighbouring
sentence of the paragraph), a date and evidence offsets into ``doc.text``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from typing import Iterable, Iterator

from ..records import Claim, Document, Evidence, Place
from .attribution.choice import Attribution, choose, claimant_side
from .roles import infer_roles
from .sides import assign_sides, names_party
from .attribution.parsed import speaker_of
from .attribution.reported_speech import read_document
from .attribution.speakers import Speakers, person_names
from .attribution.voice import document_issuer, document_voice, own_release, section_sources
from .claims import actor, claim_id, confidence, make_claim, modality_and_scope, target
from .dates import document_date, find_dates, nearest
from .events import triggers as events
from .denials import apply_denials
from .lead import lead_sources
from .finish import finish, without_history
from .events.frame_claims import FrameClaims, candidates, frame_hits, parse_sentences, parse_text
from .text.nlp import parse
from .places.claim_place import ClaimPlaces, _fronted, named_event_places, the_attack_places
from .places.cues import DISTRICT_WORDS
from .places.context import DocPlaces
from .places.mentions import PlaceMention, PlaceResolver, place_words
from .quantities import categories as cat
from .quantities.numbers import find_quantities
from .quantities.singles import implicit_ones, list_singles, materiel_ones
from .quantities.unit_vocab import unit_vocab
from .text.lexicon import is_common_word
from .text.sentences import Sentence, split_sentences
from .text.tokens import capital_runs, dateline_end, tokenize
from .events.frames import frames, lemma_of, talked_about
from .scope import hypothetical_at, names_a_day, ongoing_at, outside_chars, past_fact_at, scope_at
from .topic import off_topic
from .vocab import Vocab, vocab

_DEFAULT_RESOLVER: list[PlaceResolver] = []  # lazily created, shared across documents


class ExtractionError(ValueError):
    """The input cannot be read as a document; the message names it and says why."""


def _resolver(geocoder) -> PlaceResolver:
    if geocoder is not None:
        return PlaceResolver(geocoder)
    if not _DEFAULT_RESOLVER:
        _DEFAULT_RESOLVER.append(PlaceResolver())
    return _DEFAULT_RESOLVER[0]


class _Doc(ClaimPlaces, FrameClaims):
    def __init__(self, doc: Document, resolver: PlaceResolver, v: Vocab):
        self.doc, self.v, self.resolver = doc, v, resolver
        self.text = doc.text or ""
        self.sents: list[Sentence] = split_sentences(self.text)
        self.published = document_date(doc)  # else a byline's or header's date
        self.ctx = DocPlaces(self.sents, resolver, v, doc.title)
        self.attrib: list[list[Attribution]] = []
        self.announced: dict[int, Attribution] = {}  # "X has published its tally:"
        self.tally_lines: set[int] = set()  # sentences that are lines of a loss summary
        self.persons: frozenset[str] = frozenset()
        self.speakers: Speakers | None = None  # who spoke so far, for "the group said"
        self.voice: Attribution | None = None  # the issuer of a briefing reprinted as the document
        self.issuer: str | None = None  # the issuer of a release in its own voice ("" for an agency's)
        self.sections: list[Attribution | None] = []  # per sentence: the source a digest's heading names
        self.parsed: dict = {}  # sentence index -> spaCy Doc, for the sentences parsed
        self.found: list | None = None  # per sentence: its quantities (to_parse)
        self.undecided: set[str] = set()  # figures whose own clause says nothing of their scope

    def places(self, i: int) -> list[PlaceMention]:
        self.ctx.persons = self.persons
        return self.ctx.places(i)  # with "the city" resolved and the document as context

    def is_name(self, text: str) -> bool:
        """A person's name rather than a place, a title or a common word."""
        first = text.split()[0]
        return (not is_common_word(first) and first not in self.v.not_places
                and not self.v.actors.find_all(tokenize(text)) and self.resolver.resolve(text) is None)

    # -- attribution ---------------------------------------------------------------------
    def read_attributions(self) -> None:
        runs = [s.tokens[a:b] for s in self.sents for a, b in capital_runs(s.tokens)]
        speakers = Speakers(full_names=person_names(runs, self.v, lambda n: self.resolver.resolve(n) is not None))
        self.speakers = speakers
        self.persons = frozenset(w for full in speakers.full_names.values() for w in full.split())
        self.attrib = read_document(self.sents, speakers, self.v, self._country_of, self.announced)
        self.sections = section_sources(self.sents, self.v)
        self.voice = document_voice(self.doc.title, self.sents[0].tokens if self.sents else [], self.v,
                                    [s.tokens for s in self.sents])
        if self.voice is not None and own_release(self.doc.title, self.text, self.v):
            self.voice = None  # a "Press release" is its issuer's own voice, even under "Summary of the Ministry ..."
        if self.voice is None:
            self.issuer = document_issuer(self.doc.title, self.text, self.v, names_party)

    def _country_of(self, name: str) -> str | None:
        place = self.resolver.resolve(name)
        return place.country_code if place is not None else None

    def attribution_at(self, i: int, anchor: int) -> Attribution | None:
        return choose(self.attrib[i], self.sents[i].tokens, anchor, self.v)

    def parsed_for_scope(self, i: int):
        """The parse of sentence ``i`` (a figure's scope and modality are read on it)."""
        if i not in self.parsed:
            self.parsed.update(parse_sentences(self.text, self.sents, [i]))
        return self.parsed[i]

    def is_party(self, name: str) -> bool:
        """A country or a party to the conflict ("Russia", "the Israeli army")."""
        place = self.resolver.resolve(name)
        return (place is not None and place.precision == "country") or bool(self.v.actors.find_all(tokenize(name)))

    def para_at(self, char: int) -> int:
        """The paragraph index of the sentence that starts at ``char`` (0 when none does)."""
        if not hasattr(self, "_para_by_start"):
            self._para_by_start = {s.start: s.para for s in self.sents}
        return self._para_by_start.get(char, 0)

    def spoken_by(self, i: int, k: int) -> Attribution | None:
        """The speech frame the parse shows around token ``k`` of sentence ``i``, when the
        surface rules found none ("a health official at X, which received them, said")."""
        toks = self.sents[i].tokens
        lows = {t.lower for t in toks}
        if not (self.v.speech_verbs.find_all(toks) or self.v.source_intros.find_all(toks)
                or (lows & set(self.v.gram.put_verbs) and lows & set(self.v.gram.toll_nouns))):  # "put the toll from X at"
            return None
        if i not in self.parsed:
            self.parsed.update(parse_sentences(self.text, self.sents, [i]))
        spoken = speaker_of(self.parsed[i], self.sents[i].start, toks[k].start)
        if spoken is None or self.v.pronouns.get(spoken.claimant.lower()):
            return None
        at = min(range(len(toks)), key=lambda j: abs(toks[j].start - spoken.start))
        name = self._described(spoken.claimant, i)
        inside = [j for j, t in enumerate(toks) if spoken.start <= t.start and t.end <= spoken.end]
        span = (inside[0], inside[-1] + 1) if inside else None  # where the speaker is named
        return Attribution(name, spoken.modality, at, span=span, source=True, side=claimant_side(name, self.v))

    def _described(self, name: str, i: int) -> str:
        """"the group" / "the ministry" as the parse gives it -> the body named before."""
        words = name.split()
        if 1 <= len(words) <= 3 and name.islower() and words[-1] in self.v.claimant_heads \
                and self.speakers is not None:
            return self.speakers.by_head(words[-1], i, self.v) or name
        return name

    def heading_attribution(self, i: int) -> Attribution | None:
        """Who gives the loss summary that sentence ``i`` is a line of: the speaker of the
        sentence that introduces the list ("X has published its figures:"), read back over
        the list's earlier lines."""
        opener = None  # "Equipment losses are given as follows:" names nobody: look before it
        for j in range(i - 1, max(-1, i - 40), -1):
            named = [a for a in self.attrib[j] if a.claimant]
            if named or j in self.announced:
                a = named[-1] if named else self.announced[j]
                return Attribution(a.claimant, a.modality, 0, side=a.side)
            if opener is not None and opener - j >= 2:
                return None
            if j not in self.tally_lines:
                if opener is not None or not self.sents[j].text.rstrip().endswith(":"):
                    return None
                opener = j
        return None

    # -- claims ----------------------------------------------------------------------------
    def to_parse(self) -> list[int]:
        """The sentences ``claims`` reads the parse of: those with a figure (its scope is read
        on the parse) and those that may hold a parse frame."""
        self.found = [find_quantities(s.tokens, self.v) for s in self.sents]  # once per sentence
        counted = {i for i, q in enumerate(self.found) if q}
        return sorted(set(candidates(self.sents)) | counted)

    def claims(self) -> list[Claim]:
        out: list[Claim] = []
        if self.found is None:  # not parsed beforehand with other documents (_parse_together)
            self.parsed = parse_sentences(self.text, self.sents, self.to_parse())
        found, parsed = self.found, self.parsed
        prev: list[cat.QuantHit] = []  # the previous sentence's counts, for "It also listed ..."
        opened = False  # the previous sentence announced a loss summary ("... equipment:")
        for i, s in enumerate(self.sents):
            carry, prev = prev, []
            was_opened, opened = opened, cat.opens_loss_list(s.tokens, self.v)
            if s.text.rstrip("'\"’” ").endswith("?"):
                continue  # a question asserts nothing
            toks = s.tokens
            if not toks:
                continue
            clause = events.clauses(toks, self.v)
            quantities = found[i]
            qhits = cat.classify_quantities(toks, quantities, clause, self.v, carry, was_opened)
            if any(h.np is not None and h.np.tally for h in qhits):
                self.tally_lines.add(i)
            self.recount(parsed.get(i), i, qhits)  # "killed 1,200 and abducted 250": the parse's verb
            fhits = frame_hits(parsed.get(i), s)
            qhits += self.counted_by_verb(parsed.get(i), i, quantities, qhits, fhits)  # "kidnapped more than 250 others"
            qhits += list_singles(toks, qhits, self.v)  # "... and a guided bomb"
            prev = qhits or (carry if cat.tally_shaped(toks) else [])  # an unknown line keeps the list going
            ehits = events.find_event_triggers(toks, clause, self.v)
            if not qhits and not ehits and not fhits and not self.v.single_victim.find_all(toks) \
                    and not self.v.single_materiel.find_all(toks):
                continue
            body = dateline_end(toks)  # "PORT-AU-PRINCE, 20 October 2026 -": the filing day dates no event
            dates = [x for x in find_dates(toks, self.published, self.v)
                     if x.start >= body and not self._speech_date(i, x.start)]
            ev = Evidence(s.text, s.start, s.end)
            taken = {h.trigger[0] for h in qhits if h.trigger}
            qhits += implicit_ones(toks, clause, taken, self.v, self.is_name)
            qhits += materiel_ones(toks, {k for h in qhits if h.np for k in range(h.np.start, h.np.end)}
                                   | {h.q.start for h in qhits}, self.v)
            pairs = [(c, h.q.num_start) for h in qhits for c in self._quantity_claim(i, toks, clause, h, dates, ev)]
            figures = [c for c, _ in pairs]
            if any(c.scope == "cumulative" and c.claim_id not in self.undecided for c in figures) \
                    and not names_a_day(s.text):
                for c, at in pairs:  # "1,617 killed and 580 injured across Haiti between ...": one period's figures
                    if c.claim_id in self.undecided and not _increment(toks, at):
                        c.scope = "cumulative"
            out.extend(figures)
            ehits = [h for h in ehits if not self.unreal_event(parsed.get(i), i, h)]
            self._place_at_named_event(i, pairs, fhits, clause)
            events_here = self._event_claims(i, toks, clause, ehits, dates, ev, fhits)
            triggers = [" ".join(t.text for t in toks[h.start:h.end]) for h in ehits if h.category == "attack"] \
                + [self.text[f.start:f.end] for f in fhits if f.category == "attack"]
            if figures and all(c.scope == "cumulative" for c in figures) and triggers and all(_plural_attacks(t, self.v) for t in triggers):
                # "Russian attacks have killed 63 civilians in Sumy Oblast since 1 January": a running
                # toll of many attacks, not one attack there
                events_here = [c for c in events_here if c.category != "attack"]
            if figures and triggers and all(c.category == "captured" for c in figures) \
                    and all(t.lower().split()[-1] in self.v.gram.raid_words for t in triggers):
                # "Israeli forces raided the Jenin camp and detained 12 people": arrests, not an attack
                events_here = [c for c in events_here if c.category != "attack"]
            out.extend(events_here)
        return _dedupe(out)

    def _speech_date(self, i: int, at: int) -> bool:
        """The day a speaker spoke ("said in a statement on Tuesday that ...", "..., officials
        said on Tuesday"), not the day of what was said: it dates no event of the sentence."""
        toks = self.sents[i].tokens
        fillers = self.v.gram.speech_date_fillers
        return any(0 < at - a.at <= 6 and all(toks[k].lower in fillers for k in range(a.at + 1, at))
                   for a in self.attrib[i])

    def _place_at_named_event(self, i: int, figures: list[tuple[Claim, int]], fhits, clause: list[int]) -> None:
        """Counts of a sentence whose only event place is one the gazetteer lacks ("nine villagers
        were killed when bandits stormed Gidan Bawa", "... in battles around Aita al-Shaab") are
        at that place, not at one the sentence does not name (the headline's, the dateline's); so
        are counts in the clause of such an event, not at a town of another clause ("a strike on
        a car in Nabatieh killed two, and a strike on a house in Aita al-Shaab killed three").
        ``figures``: each count with the token of its number."""
        if not figures or not fhits:
            return
        named = {m.place.name: (m.start, m.place) for f in fhits for m in self.frame_mentions(i, f, self.places(i))
                 if m.place.lat is None}
        if not named:
            return
        mentions = [m for m in self.places(i) if not self._in_speaker(i, m)]  # not "the lawmaker for Tsafe said"
        here = {m.place.name for m in mentions}
        for c, at in figures:
            if c.scope != "event":
                continue
            if len(named) == 1 and (c.place is None or c.place.name not in here):
                c.place = next(iter(named.values()))[1]
                continue
            same = [p for k, p in named.values() if k < len(clause) and clause[k] == clause[at]]
            placed = [m for m in mentions if c.place is not None and m.place.name == c.place.name]
            if len(same) == 1 and placed and all(m.start < len(clause) and clause[m.start] != clause[at] for m in placed):
                c.place = same[0]

    def _quantity_claim(self, i, toks, clause, h: cat.QuantHit, dates, ev) -> list[Claim]:
        anchor = h.q.num_start
        trig = h.trigger[0] if h.trigger else anchor
        tally = h.np is not None and h.np.tally
        here = self.attribution_at(i, anchor)
        head = self.heading_attribution(i) if tally and here is None else None
        spoken = self.spoken_by(i, trig) if here is None and head is None else None
        att = here or head or spoken or self.sections[i] or self.voice
        speaker = att.span if att is not None and (att is here or att is spoken) else None  # named in this sentence
        if speaker is not None and speaker[0] <= anchor < speaker[1]:
            return []  # "said one trader who lost two brothers": a count inside who speaks is no claim
        modality, scope, negated, hypothetical = modality_and_scope(toks, clause, trig, att, self.v)
        key = h.np is None and cat.key_figure(toks, h.q, self.v) is not None  # a bulletin's "IDPs: 1.1 million"
        worded = scope == "cumulative" or key  # a running total that says so in words ("so far", "since ...")
        parsed = self.parsed_for_scope(i)
        own_clause, said = None, scope
        if parsed is not None:  # the figure's own clause decides, not a neighbouring clause's words
            base, char = self.sents[i].start, toks[trig].start
            said = scope_at(parsed, base, char, self.is_party, h.q.value, toks[anchor].start, h.category)
            scope = said or "event"
            hypothetical = hypothetical_at(parsed, base, char)
            modality = _modality(att, hypothetical, past_fact_at(parsed, base, char))
            away = outside_chars(parsed, base, toks[anchor].start)
            own_clause = {k for k, t in enumerate(toks) if not any(a <= t.start < b for a, b in away)}
        if negated or (hypothetical and att is None):
            return []  # a denial, or a hypothesis in the document's own voice, is no claim
        scope = "cumulative" if tally or key else scope  # a loss summary's or key figures' line is a running total
        if tally and h.np.day_change:
            scope = "event"  # "(+13)": the losses since the last summary
        if h.category != "materiel_lost" and self.v.non_conflict.find_all(toks) \
                and not any(t.lower in unit_vocab().war_causes for t in toks):
            return []  # "died in a car crash": not a conflict event ("war, hunger and disease" is)
        place = self.tally_place(i) if tally else None
        at = h.q.end + 1 if h.np is None and h.q.end + 1 < len(toks) and toks[h.q.end].lower in ("in", "at") \
            and toks[h.q.end + 1].is_cap else anchor  # "... and one in Siversk": the place it names
        national = worded and scope == "cumulative"  # the country when no place of its own clause
        place = place or self.place_for(i, at, clause, cumulative=national, within=own_clause if national else None,
                                        own_clause=own_clause, speaker=speaker)
        d = nearest(dates, trig, clause)
        if scope == "event" and d is not None and d.start > 0 and toks[d.start - 1].lower == "since":
            d = None  # "11 more were killed, bringing the total since October 2023 to ...": the total's period
        if scope == "cumulative" and d is not None:  # "between 1 June and 31 August": the total as of its end
            d = _period_end(toks, dates, d)
        elif d is not None:  # "fled between March 9 and March 15": dated by the span's end, as its figure is
            d = _span_end(toks, dates, d) or d
        span = (h.np.start, h.np.end) if h.np else h.trigger
        span = span or (h.q.start, h.q.end)  # "..., and one in Mykolaiv": the count itself
        subject = self.sents[i].text[toks[span[0]].start - ev.start:toks[span[1] - 1].end - ev.start]
        np_span = (h.np.start, h.np.end) if h.np else None
        conf = confidence(not h.q.vague, bool(h.q.vague), h.trigger is not None, place, modality)
        c = make_claim(
            self.doc.id, h.category, ev, value=h.q.value, value_high=h.q.value_high,
            qualifier=h.q.qualifier, vague=h.q.vague, subject=subject,
            item=h.np.item if h.np and h.category == "materiel_lost" else None,
            actor_=actor(toks, clause, trig, np_span, self.v),
            victim_side=h.np.side if h.np else None, attribution=att, modality=modality,
            scope=scope, place=place, date=d.iso if d else None,
            date_precision=d.precision if d else None, conf=conf, v=self.v)
        if said is None and not (tally or key):
            self.undecided.add(c.claim_id)  # its clause says nothing: a running total beside it may speak for it
        return [c]

    def _event_claims(self, i, toks, clause, ehits, dates, ev, fhits=()) -> list[Claim]:
        out = []
        seen = set()
        w = place_words()
        parts = w.place_parts  # "the town's market", "the city centre": a referred place; "overran the base": the post named
        mentions = [m for m in self.places(i) if m.kind != "country" and not self._in_speaker(i, m)  # not the source's home
                    and (not m.referred or (m.end < len(toks) and toks[m.end].lower in parts)
                         or (toks[m.end - 1].lower in w.military_posts and m.start > 0
                             and toks[m.start - 1].lower not in w.beside_posts))
                    and not self._government(i, m)]
        for h in ehits:
            linked, placed = False, []
            for k, m in enumerate(mentions):
                if m.reference and (self._for_cause(toks, m) or k > 0 and _placed_by(toks, mentions[k - 1], m, clause)) \
                        and not (linked and _list_gap(toks[mentions[k - 1].end:m.start])):
                    continue  # "Vasylkiv, south west of Kyiv": Kyiv only locates Vasylkiv
                listed = linked and k > 0 and _list_gap(toks[mentions[k - 1].end:m.start])
                linked = listed or events.associate(h, m.start, m.end, toks, clause, self.v)
                if linked:
                    placed.append(m)
            if not placed:  # "In X, ... when a shell hit a house": the scene's place
                x = events.scene(h, [(m.start, m.end) for m in mentions], toks, self.v)
                placed = [mentions[x]] if x is not None else []
            near = [m for m in mentions if m.kind == "settlement" and m.reference and self._proximate(toks, m)
                    and m.start < len(clause) and clause[m.start] == clause[h.start]]
            if near and placed and all(m.kind == "region" and _fronted(toks, m) for m in placed):
                placed = near[:1]  # "In Balochistan, gunmen opened fire on a coach near Kalat": by Kalat
            towns = [m for m in mentions if m.kind == "settlement" and not m.reference]
            if towns:  # "In the Kharkiv region, a man was killed by shelling in Dvorichna": the town
                placed = [m for m in placed if not (m.kind == "region" and _fronted(toks, m))]
            out += self._placed_events(i, toks, clause, h, placed, dates, ev, seen)
        for f in fhits:  # the parse's frames: places the surface rules did not reach
            out += self._placed_events(i, toks, clause, self.frame_event(f, toks), self.frame_mentions(i, f, mentions),
                                       dates, ev, seen)
        refs = {m.place.name for m in mentions if m.reference and _compass_of(toks, m.start)} \
            - {m.place.name for m in mentions if not m.reference}
        placed = {c.category for c in out if c.place is not None and c.place.name not in refs}
        out = [c for c in out if not (c.place is not None and c.place.name in refs and c.category in placed)]
        # "seized Udachne (southwest of Pokrovsk)": Pokrovsk only locates the village the event was at
        return _finest(out, ev.text)

    def _people_taken(self, i: int, h) -> bool:
        """A seizure whose patient the parse shows is people ("two Emirati nationals and an
        Iranian were seized near Kayes", "gunmen seized 20 passengers"): an abduction or a
        capture of people, not ground changing hands."""
        tok = self._trigger_token(i, h)
        if tok is None or tok.pos_ not in ("VERB", "AUX"):
            return False
        territory = next(f for f in frames().frames if f.category == "territory")
        if lemma_of(tok) in territory.located_verbs:
            return False  # "pulled its troops out of Lyman": troops leave ground behind
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                for n in (c, *c.conjuncts):
                    if n.ent_type_ in ("NORP", "PERSON") or self.v.persons.find_all(tokenize(n.text)):
                        return True
        return False

    def _talked_about(self, i: int, h) -> bool:
        tok = self._trigger_token(i, h)
        return tok is not None and talked_about(tok)

    def _trigger_token(self, i: int, h):
        """The parse's token of an event hit's trigger, when sentence ``i`` was parsed."""
        return self._token_at(i, h.start)

    def _placed_events(self, i, toks, clause, h, placed, dates, ev, seen: set) -> list[Claim]:
        """One claim per place not yet claimed for this category in the sentence."""
        out = []
        if h.category == "territory" and placed and self._people_taken(i, h):
            return out
        if h.category == "attack" and placed and self._talked_about(i, h):
            return out  # "marched in Ramallah to protest against the settler attacks"
        for m in placed:
            if (h.category, m.place.name) in seen:
                continue
            c = self._event_claim(i, toks, clause, h, m, dates, ev)
            if c is not None:
                seen.add((h.category, m.place.name))
                out.append(c)
        return out

    def _event_claim(self, i, toks, clause, h, m: PlaceMention, dates, ev) -> Claim | None:
        att = self.attribution_at(i, h.start)
        if att is not None and att.backward:
            att = None  # "That's according to X" sources the figures, not the events
        att = att or self.spoken_by(i, h.start) or self.sections[i] or self.voice
        modality, _, negated, hypothetical = modality_and_scope(toks, clause, h.start, att, self.v)
        parsed = self.parsed.get(i)
        scope = "event"
        if parsed is not None:
            hypothetical = hypothetical_at(parsed, self.sents[i].start, toks[h.start].start)
            modality = _modality(att, hypothetical, past_fact_at(parsed, self.sents[i].start, toks[h.start].start))
            if h.category == "territory" and ongoing_at(parsed, self.sents[i].start, toks[h.start].start):
                scope = "cumulative"  # "has been besieging X since December": a hold to date
        if negated or (hypothetical and att is None):
            return None
        d = nearest(dates, h.start, clause)
        hit = target(toks, h.end, self.v) if h.category == "attack" else None
        subject = self.text[toks[hit[0]].start:toks[hit[1] - 1].end] if hit else m.name
        return make_claim(
            self.doc.id, h.category, ev, subject=subject,
            actor_=actor(toks, clause, h.start, (m.start, m.end), self.v),
            attribution=att, modality=modality, scope=scope, place=m.place,
            date=d.iso if d else None, date_precision=d.precision if d else None,
            conf=confidence(False, False, h.strength == "strong", m.place, modality), v=self.v)


WATER_EVENTS = ("attack", "materiel_lost")  # what can happen at sea (a ship hit, a ship lost)
AREA_KM = 400  # a town this close to an area's point, in its country, may lie in it


def _finest(claims: list[Claim], text: str) -> list[Claim]:
    """Drop a sentence's event at an area when the same event is placed at a town or facility
    inside it ("a market in Tabayin township in Sagaing Region", "Zamzam camp in North
    Darfur"): the area only locates the town. A town the gazetteer lacks counts as inside an
    area named after it."""
    out = []
    for c in claims:
        p = c.place
        if p is not None and p.is_water and (c.category not in WATER_EVENTS or _locates(p.name, text)):
            continue  # "Mariupol, a port on the Sea of Azov": the sea only locates the town
        out.append(c)
    towns = [c for c in out if c.place is not None and c.place.precision != "region" and not _district(c.place)]
    out = [c for c in out if not (c.place is not None and _district(c.place) and re.search(
        rf"\bin (?:the )?{re.escape(c.place.name)}", text) and any(t.category == c.category for t in towns))]
    # "the Kitshanga market in Masisi territory": the territory only locates the village
    fine = [c for c in out if c.place is not None and not _area(c.place)]
    if not fine:
        return out
    out = [c for c in out if not (c.place is not None and _area(c.place) and c.place.country_code and any(
        f.category == c.category and _inside(f.place, c.place, text) for f in fine))]
    return _at_the_taken_site(out, fine, text)


def _at_the_taken_site(claims: list[Claim], fine: list[Claim], text: str) -> list[Claim]:
    """"The RSF overran the Zamzam camp in North Darfur after two days of shelling": an attack
    the sentence places only at an area is the assault on the one site it says was taken there."""
    taken = {f.place.name: f.place for f in fine if f.category == "territory"}
    if len(taken) != 1 or any(c.category == "attack" and c.place is not None and not _area(c.place) for c in claims):
        return claims
    site = next(iter(taken.values()))
    out = []
    for c in claims:
        if c.category == "attack" and c.place is not None and _area(c.place) and c.place.country_code \
                and _inside(site, c.place, text):
            c = replace(c, place=site, subject=site.name, claim_id=claim_id(
                c.doc_id, c.category, c.evidence.start, c.evidence.end, c.value, c.item, site))
        out.append(c)
    return out


def finest_in_document(claims: list[Claim]) -> list[Claim]:
    """Drop an attack or a change of control at an area when the document places the same kind
    of event, on the same day, at a town inside it: the area ("the Golan Heights attack", "strikes
    in the Kherson region") is the town's event told broadly, not another one."""
    fine = [c for c in claims if c.category in ("attack", "territory") and c.place is not None
            and c.place.lat is not None and not _area(c.place)]
    if not fine:
        return claims
    return [c for c in claims if not (
        c.category in ("attack", "territory") and c.place is not None and _area(c.place) and c.place.country_code
        and c.scope == "event" and any(f.category == c.category and f.date == c.date
                                       and _inside(f.place, c.place, "") for f in fine))]


def _locates(sea: str, text: str) -> bool:
    """"on the Black Sea", "the Azov Sea coast": the sea says where a town lies; "missiles
    launched from the Black Sea": where they came from, not where they struck."""
    name = re.escape(sea)
    return bool(re.search(rf"\b(?:on|from) the {name}\b|\b{name} (?:coast|coastline|shore|port|ports)\b",
                          text, re.IGNORECASE))



def _compass_of(toks, s: int) -> bool:
    """A place named in brackets as a direction's reference point ("Udachne (southwest of Pokrovsk)")."""
    return s >= 3 and toks[s - 1].lower == "of" and toks[s - 2].lower in frames().compass and toks[s - 3].text == "("


def _district(place: Place) -> bool:
    return place.name.lower().endswith(DISTRICT_WORDS)


def _area(place: Place) -> bool:
    """A first-level area or wider (not a district or a town): it may contain the others."""
    return place.precision == "region" and (place.admin1 is None or place.admin1 == place.name) \
        and not place.name.lower().endswith(DISTRICT_WORDS)


def _inside(town: Place, area: Place, text: str) -> bool:
    if town.lat is None:  # a town only the text knows: inside an area named after it
        at, it = text.find(area.name.split()[0]), text.find(town.name)
        return 0 <= it < at
    if town.country_code != area.country_code:
        return False
    if town.admin1_code and area.admin1_code:
        return town.admin1_code == area.admin1_code
    if area.lat is None:
        return True
    from ..geo.match import km
    return km(town.lat, town.lon, area.lat, area.lon) <= AREA_KM


def _modality(att: Attribution | None, hypothetical: bool, past: bool = False) -> str:
    base = att.modality if att is not None and att.claimant else "asserted"
    if base == "warned" and past:
        return "claimed"  # "warned ... after it sank two boats": the boats are claimed
    return "warned" if hypothetical and base != "denied" else base


def _plural_attacks(trigger: str, v: Vocab) -> bool:
    """"attacks", "drone strikes": many acts, as a running toll counts them (``plural_attacks``)."""
    words = trigger.lower().split()
    return 1 <= len(words) <= 2 and words[-1] in v.gram.plural_attacks


def _placed_by(toks, before, m, clause) -> bool:
    """Does the reference point ``m`` ("near Kyiv", "south of Kyiv") locate the place named
    just before it ("Vasylkiv, south west of Kyiv", "Zarichne near Lyman"), rather than stand
    on its own after a verb ("Druze from the Golan crossed the fence near Majdal Shams")?"""
    if clause[before.start] != clause[m.start]:
        return False
    gap = toks[before.end:m.start]
    compass = m.start >= 2 and toks[m.start - 1].lower == "of" and toks[m.start - 2].lower in frames().compass
    return len(gap) <= 3 or (compass and len(gap) <= 6) or gap[0].lower in (",", "(", "-", "–", "—")  # "the Ras Isa port north of Hodeidah"


def _list_gap(gap) -> bool:
    """Tokens between two items of a list of places ("Kyiv, Chernihiv and Sumy")."""
    words = [t.lower for t in gap]
    return 0 < len(words) <= 3 and all(w in (",", "and", "or", "the", "as", "well") for w in words)


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (category, value, item, place, claimant, evidence text) in a document:
    a repeated caption repeats its claims."""
    seen, out = set(), []
    for c in claims:
        key = (c.category, c.value, c.value_high, c.item, c.place.name if c.place else None, c.claimant,
               c.evidence.text)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _increment(toks, at: int) -> bool:
    """"Eleven more were killed, bringing the total to ...", "another 30": the day's addition
    to a running total, not the total."""
    nxt = toks[at + 1].lower if at + 1 < len(toks) else ""
    return nxt in unit_vocab().more_words or (at > 0 and toks[at - 1].lower == "another")


def extract_claims(doc: Document, geocoder=None, actors_file: str | None = None) -> list[Claim]:
    """The claims of one cleaned document (``doc.text``). ``geocoder``: anything with
    ``geocode(name, context) -> Place | None`` (default: sitrep.geo's); ``actors_file``: a
    user YAML of extra claimants (default: $SITREP_ACTORS)."""
    if not isinstance(doc, Document):
        raise ExtractionError(f"extract_claims expects a Document, got {type(doc).__name__}")
    if not isinstance(doc.text, str):
        raise ExtractionError(f"document {doc.id!r}: text is {type(doc.text).__name__}, not a string")
    return _extract(doc, _resolver(geocoder), vocab(actors_file))


def extract_claims_of(docs: list[Document], geocoder=None, actors_file: str | None = None) -> list[list[Claim]]:
    """``extract_claims`` of each document (the same claims), with the sentences all of them
    need parsed in one stream of ``nlp.pipe`` batches, faster than one document at a time.
    Their parses are held together: pass some tens of documents, not a whole corpus."""
    for doc in docs:
        if not isinstance(doc, Document) or not isinstance(doc.text, str):
            extract_claims(doc)  # raises the error that names the input
    return _extract_all(docs, _resolver(geocoder), vocab(actors_file))


def _span_end(toks, dates: list, x):
    """The later date of a span that starts at ``x`` ("9 March and/to 15 March"), or None."""
    return next((y for y in dates if 0 < y.start - x.end <= 6 and any(
        toks[k].lower in ("and", "to", "until", "through", "till") for k in range(x.end, y.start))), None)


def _period_end(toks, dates: list, d):
    """The end of a period a running total covers ("between 1 June and 31 August", "from the
    beginning of June to the end of August"): the later date of a span, the span that starts at
    ``d`` first; else ``d``."""
    spans = [(x, y) for x in dates if (y := _span_end(toks, dates, x)) is not None and x.start >= 1
             and any(toks[k].lower in ("between", "from") for k in range(max(0, x.start - 5), x.start))]
    return _span_end(toks, dates, d) or (spans[0][1] if spans else d)


def _extract(doc: Document, resolver: PlaceResolver, v: Vocab) -> list[Claim]:
    return _extract_all([doc], resolver, v)[0]


def _extract_all(docs: list[Document], resolver: PlaceResolver, v: Vocab) -> list[list[Claim]]:
    ds = [_Doc(doc, resolver, v) for doc in docs]
    # not empty, nor a sports, business, election or weather story (topic.py)
    live = [d for d in ds if d.sents and not off_topic(s.tokens for s in d.sents)]
    _parse_together(live)
    kept = {id(d) for d in live}
    return [_claims(d) if id(d) in kept else [] for d in ds]


def _parse_together(ds: list[_Doc]) -> None:
    """Parse the sentences each document needs in one ``parse`` call (a sentence's parse does
    not depend on the sentences parsed with it)."""
    wanted = [(d, d.to_parse()) for d in ds]
    parsed = iter(parse([parse_text(d.text, d.sents[i]) for d, w in wanted for i in w]))
    for d, w in wanted:
        d.parsed = {i: next(parsed) for i in w}


def _claims(d: _Doc) -> list[Claim]:
    doc = d.doc
    d.read_attributions()
    claims = apply_denials(d, the_attack_places(named_event_places(d.claims())))  # denials as claims (denials.py)
    claims = lead_sources(claims, d.para_at)  # a headline's figure the body attributes (lead.py)
    assign_sides(claims, d.text, issuer=d.issuer, filed=d.ctx.filed_from())  # party ids the claims' own words name
    claims = finest_in_document(without_history(doc, finish(doc, claims)))  # event_id, date_basis, source (finish.py)
    infer_roles(claims, d.text)  # sides the sentence, the incident and the place give (roles.py)
    return claims


def extract_step(docs: Iterable[Document], geocoder=None, actors_file: str | None = None) -> Iterator[Document]:
    """Pipeline step: sets ``doc.claims`` on each document and yields it (one place cache
    for the whole stream)."""
    resolver = _resolver(geocoder)
    v = vocab(actors_file)
    for doc in docs:
        if not isinstance(doc, Document) or not isinstance(doc.text, str):
            extract_claims(doc)  # raises the error that names the input
        doc.claims = _extract(doc, resolver, v)
        yield doc
