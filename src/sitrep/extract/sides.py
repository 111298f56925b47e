"""Sides from conflict profiles: which party a claimant, an actor or a victim belongs to.

Profiles are data (``data/extract/profiles.yaml`` plus the files in ``$SITREP_PROFILES``): each
conflict's parties with the names, forces and officials that belong to them. A document selects
the profiles of the countries its claims are placed in (or, with no placed claim, of the parties
its text names most); within them a claimant, actor or victim that names a party gets the
party's id. See ../shared/spec/claims.md, "Parties".
"""
from __future__ import annotations

import functools
import os
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Sequence

import yaml

from ..geo.match import km
from ..records import Claim, Place

ENV = "SITREP_PROFILES"
#: With no claim placed in a country, the profile whose parties are named most, at least this often, is selected.
MIN_MENTIONS = 1


class ProfileError(ValueError):
    """A profile file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Profile:
    id: str
    countries: frozenset[str]
    parties: tuple[tuple[str, re.Pattern], ...]  # (party id, pattern of its names), in file order
    source: str
    homes: tuple[tuple[str, frozenset[str], tuple[float, float, float] | None, str | None, str | None], ...] = ()
    others: re.Pattern | None = None  # forces and bodies of this conflict that are no party: `other`
    opponents: tuple[tuple[str, str], ...] = ()  # (party, whom it fights) where the profile says
    unnamed_forces: str | None = None  # whose "the army" / "a military spokesman" is when no party is named

    def _home(self, place):
        if place is None or not place.country_code:
            return None
        for h in self.homes:  # in file order; a home with countries and a point needs both
            countries, near = h[1], h[2]
            if countries and place.country_code not in countries:
                continue
            if near is not None and (place.lat is None or km(place.lat, place.lon, near[0], near[1]) > near[2]):
                continue
            return h
        return None

    def home(self, place) -> str | None:
        """The party whose home ``place`` lies in (its countries, or within its point's radius)."""
        h = self._home(place)
        return h[0] if h else None

    def officials(self, place) -> str | None:
        """Whom the local officials of ``place`` speak for: the home's party, or as its
        ``officials`` says (Lebanon's ministries are no party: ``other``)."""
        h = self._home(place)
        return (h[4] or h[0]) if h else None

    def officials_in(self, cc: str) -> str | None:
        """Whom the officials of country ``cc`` speak for: its country-wide home's party."""
        h = next((h for h in self.homes if cc in h[1] and h[2] is None), None)
        return (h[4] or h[0]) if h else None

    def attacker(self, place) -> str | None:
        """Who attacks in the home ``place`` lies in, when the profile says (``attacked_by``)."""
        h = self._home(place)
        return h[3] if h else None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(pid for pid, _ in self.parties)

    def opponent(self, pid: str | None, place=None) -> str | None:
        """The other side of ``pid``: as ``opponents`` says; else the one other party of a
        two-party conflict (``other`` for a one-party profile); else the party whose home
        ``place`` is in when that is not ``pid``."""
        if pid is None or pid not in self.ids:
            return None
        said = dict(self.opponents)
        if pid in said:
            return said[pid]
        if len(self.ids) == 1:
            return "other"  # one armed group against a state that is no party here
        if len(self.ids) == 2:
            return next(x for x in self.ids if x != pid)
        home = self.home(place)
        return home if home not in (None, pid) else None

    def mentions_at(self, text: str) -> list[tuple[int, int, str]]:
        """Every (start, end, party id or ``other``) that ``text`` names, in order, no overlaps."""
        pats = list(self.parties) + ([("other", self.others)] if self.others is not None else [])
        found = sorted((m.start(), -m.end(), pid) for pid, pat in pats for m in pat.finditer(text))
        out, end = [], -1
        for s, e, pid in found:
            if s >= end:
                out.append((s, -e, pid))
                end = -e
        return out

    def party(self, text: str | None) -> str | None:
        """The party ``text`` names (the earliest named; ``other`` for a non-party force), or None."""
        if not text:
            return None
        hits = self.mentions_at(text)
        return hits[0][2] if hits else None

    def mentions(self, text: str) -> int:
        """How often ``text`` names this profile's parties by a proper name ("the RSF", not "the army")."""
        forces = force_words()  # "Military: soldiers martyred" in a headline names no one's army
        named = sum(1 for _, pat in self.parties for m in pat.finditer(text)
                    if any(ch.isupper() for ch in m.group()) and not forces.fullmatch(m.group()))  # "al-Shabaab"
        if self.others is not None:  # a force of this conflict named as such ("FAMa", "the Malian army")
            named += sum(1 for m in self.others.finditer(text) if _proper_name(m.group()))
        return named


def _proper_name(words: str) -> bool:
    """"FAMa", "ISPR", "Malian army", "Frontier Corps": a name, not "Police" opening a sentence."""
    return sum(ch.isupper() for ch in words) >= 2 or (" " in words and words[:1].isupper())


def _homes(entry: dict, ids: set[str], where: str) -> tuple:
    out = []
    for h in entry.get("homes") or []:
        if not isinstance(h, dict) or (h.get("party") not in ids and h.get("party") != "other"):
            raise ProfileError(f"{where}: each of 'homes' needs a 'party' that the profile names (or 'other')")
        near = h.get("near")
        if near is not None and not (isinstance(near, list) and len(near) == 3
                                     and all(isinstance(x, (int, float)) for x in near)):
            raise ProfileError(f"{where}: home of {h['party']!r}: 'near' must be [lat, lon, km]")
        countries = frozenset(str(c).upper() for c in h.get("countries") or [])
        if near is None and not countries:
            raise ProfileError(f"{where}: home of {h['party']!r} needs 'countries' or 'near'")
        by = h.get("attacked_by")
        if by is not None and (by not in ids or by == h["party"]):
            raise ProfileError(f"{where}: home of {h['party']!r}: 'attacked_by' must name another party of the profile")
        officials = h.get("officials")
        if officials is not None and officials not in ids and officials != "other":
            raise ProfileError(f"{where}: home of {h['party']!r}: 'officials' must be a party of the profile or 'other'")
        out.append((h["party"], countries, tuple(float(x) for x in near) if near else None, by, officials))
    return tuple(out)


def alternation(names) -> str:
    """The names as one regular-expression alternation, lowercased, longest first."""
    words = sorted({str(n).strip().lower() for n in names if str(n).strip()}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def _pattern(names) -> re.Pattern:
    """Any of the names as a whole word, case aside."""
    return re.compile(rf"(?<![\w-])(?:{alternation(names)})(?![\w-])", re.IGNORECASE)


def parse_profiles(data: object, source: str) -> list[Profile]:
    """Profiles of one file's parsed YAML; ProfileError names the file and the bad entry."""
    if not isinstance(data, dict) or not isinstance(data.get("profiles"), list):
        raise ProfileError(f"{source}: expected a mapping with a 'profiles' list")
    out = []
    for n, entry in enumerate(data["profiles"], 1):
        where = f"{source}: profile {n}"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"].strip():
            raise ProfileError(f"{where}: needs an 'id' (a non-empty string)")
        where = f"{source}: profile {entry['id']!r}"
        countries = entry.get("countries") or []
        if not isinstance(countries, list) or not all(isinstance(c, str) and len(c) == 2 for c in countries):
            raise ProfileError(f"{where}: 'countries' must be a list of two-letter ISO codes")
        parties = entry.get("parties")
        if not isinstance(parties, dict) or not parties:
            raise ProfileError(f"{where}: 'parties' must map party ids to lists of names")
        compiled = []
        for pid, names in parties.items():
            if not isinstance(pid, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", pid):
                raise ProfileError(f"{where}: party id {pid!r} must be lowercase letters, digits and _")
            if pid in ("civilian", "other"):
                raise ProfileError(f"{where}: party id {pid!r} is reserved")
            if not isinstance(names, list) or not names or not all(isinstance(x, str) and x.strip() for x in names):
                raise ProfileError(f"{where}: party {pid!r} needs a non-empty list of names")
            compiled.append((pid, _pattern([str(x) for x in names])))
        homes = _homes(entry, {pid for pid, _ in compiled}, where)
        others = entry.get("others")
        if others is not None and (not isinstance(others, list) or not all(isinstance(x, str) and x.strip() for x in others)):
            raise ProfileError(f"{where}: 'others' must be a list of names")
        ids = {pid for pid, _ in compiled}
        opponents = entry.get("opponents") or {}
        if not isinstance(opponents, dict) or not all(k in ids and (v in ids or v == "other") and k != v
                                                      for k, v in opponents.items()):
            raise ProfileError(f"{where}: 'opponents' must map a party to another party of the profile or 'other'")
        forces = entry.get("unnamed_forces")
        if forces is not None and forces not in ids:
            raise ProfileError(f"{where}: 'unnamed_forces' must name a party of the profile")
        out.append(Profile(entry["id"], frozenset(c.upper() for c in countries), tuple(compiled), source, homes,
                           _pattern(others) if others else None, tuple(opponents.items()), forces))
    return out


def load_file(path: str) -> list[Profile]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise ProfileError(f"{path}: not valid YAML ({exc})") from None
    return parse_profiles(data, path)


@functools.lru_cache(maxsize=1)
def _bundled() -> dict:
    """The bundled profiles.yaml, parsed once."""
    text = resources.files("sitrep").joinpath("data/extract/profiles.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@functools.lru_cache(maxsize=8)
def profiles(extra: str | None = None) -> tuple[Profile, ...]:
    """The bundled profiles, then those of ``extra`` (default ``$SITREP_PROFILES``); a user
    profile with a bundled profile's id replaces it."""
    found = {p.id: p for p in parse_profiles(_bundled(), "profiles.yaml")}
    paths = extra if extra is not None else os.environ.get(ENV, "")
    for path in (p for p in paths.split(os.pathsep) if p.strip()):
        for p in load_file(path):
            found[p.id] = p
    return tuple(found.values())


@functools.lru_cache(maxsize=1)
def party_names() -> frozenset[str]:
    """Every party name of the bundled profiles, lowercased ("fano", "hamas", "kyiv")."""
    return frozenset(str(n).strip().lower() for e in _bundled()["profiles"]
                     for names in (e.get("parties") or {}).values() for n in names)


@functools.lru_cache(maxsize=1)
def force_names() -> frozenset[str]:
    """Every party name and every named force or body that is no party ("fama", "ispr"), lowercased."""
    return party_names() | frozenset(str(n).strip().lower() for e in _bundled()["profiles"] for n in e.get("others") or ())


@functools.lru_cache(maxsize=1)
def conflict_countries() -> frozenset[str]:
    """The countries of the bundled profiles: where a party's name may also be a place."""
    return frozenset(str(c).upper() for e in _bundled()["profiles"] for c in e.get("countries") or [])


@functools.lru_cache(maxsize=4)
def _word_list(key: str) -> re.Pattern:
    return _pattern([str(w) for w in _bundled().get(key) or []])


def national_words() -> re.Pattern:
    """Words of a claimant that is a national body named by no party ("the Defence Ministry")."""
    return _word_list("national_claimants")


def force_words() -> re.Pattern:
    """Words of a claimant that is an armed force named by no party ("an army spokesman")."""
    return _word_list("force_words")


def local_words() -> re.Pattern:
    """Words of a claimant named only by office ("regional officials", "the governor")."""
    return _word_list("local_claimants")


def select(claims: Sequence[Claim], text: str, available: Iterable[Profile], filed: Place | None = None) -> list[Profile]:
    """The profiles a document belongs to: those of its claims' countries, else that of the
    country it was filed from (its dateline: "RAWALPINDI -" about a village the gazetteer
    lacks), else those whose parties its text names at least ``MIN_MENTIONS`` times (the most
    named first)."""
    available = list(available)
    countries = {c.place.country_code for c in claims if c.place is not None and c.place.country_code}
    chosen = [p for p in available if p.countries & countries]
    if chosen:
        return chosen
    if filed is not None and filed.country_code:
        chosen = [p for p in available if filed.country_code in p.countries]
        if chosen:
            return chosen
    counts = sorted((-p.mentions(text), i) for i, p in enumerate(available))  # a tie: the profile listed first
    return [available[i] for n, i in counts if -n >= MIN_MENTIONS][:1]


def _party(chosen: list[Profile], every: Sequence[Profile], text: str | None) -> str | None:
    """A party of a chosen profile that ``text`` names; ``other`` for another conflict's party
    (whose longer name wins over a chosen party's word inside it: "the Israeli military"); a
    common word of another profile ("the region's military head") is no party."""
    if not text:
        return None
    foreign = [(s, e) for p in every if p not in chosen for s, e, pid in p.mentions_at(text)
               if pid != "other" and text[s].isupper()]  # a name ("Hamas", "the Israeli army"), not "military"
    named = sorted((s, -e, k, pid) for k, p in enumerate(chosen) for s, e, pid in p.mentions_at(text))
    for s, e, _, pid in named:  # the party named first ("the Houthi-run health ministry": the Houthis)
        if not any(fs <= s and -e <= fe and fe - fs > -e - s for fs, fe in foreign):
            return pid
    return "other" if foreign else None


def names_party(text: str) -> bool:
    """Whether ``text`` names a party of any profile ("IDF Spokesperson's Unit", "AFC/M23")."""
    return any(pid != "other" for p in profiles() for _, _, pid in p.mentions_at(text))


def assign_sides(claims: list[Claim], text: str, available: Sequence[Profile] | None = None,
                 issuer: str | None = None, filed: Place | None = None) -> None:
    """Set ``claimant_side``, ``actor_side`` and ``victim_side`` from the document's profiles.
    A side the claimant rules already gave for a party of the chosen profiles is kept. In a
    release in its issuer's own voice (``issuer``: its heading's name, "" for an agency or NGO
    that names no party), a figure with no claimant takes the issuer's side."""
    every = list(available if available is not None else profiles())
    chosen = select(claims, text, every, filed)
    if issuer is not None:
        own = _party(chosen, every, issuer) if issuer and chosen else None
        if own in (None, "other") and issuer and local_words().search(issuer):  # an office speaks for its place's home
            homes = Counter(h for c in claims for p in chosen if (h := p.officials(c.place)))
            own = homes.most_common(1)[0][0] if homes else own
        own = own or "other"
        for c in claims:
            if not c.claimant and c.claimant_side is None:
                c.claimant_side = own
    if not chosen:
        return
    ids = {pid for p in chosen for pid, _ in p.parties}
    home = next((h for p in chosen if (h := p.officials(filed))), None) if filed is not None else None
    for c in claims:
        if c.claimant and home and national_words().search(c.claimant) and _party(chosen, every, c.claimant) is None:
            c.claimant_side = home  # "the Defence Ministry said" in a story filed from Moscow: Russia's
        if c.claimant and c.claimant_side not in ids:
            c.claimant_side = _party(chosen, every, c.claimant) or _outside(c.claimant_side, ids)
        if c.claimant and c.claimant_side is None and force_words().search(c.claimant):
            c.claimant_side = next((p.unnamed_forces for p in chosen if p.unnamed_forces), None)  # "an army spokesman"
        if c.claimant and c.claimant_side is None and local_words().search(c.claimant):
            c.claimant_side = office_side(c, chosen)  # "regional officials", "Syria's health ministry"
        if c.actor:
            c.actor_side = _party(chosen, every, c.actor)
        if c.victim_side != "civilian" and c.victim_side not in ids and not _names_place(c):
            c.victim_side = _party(chosen, every, c.subject) or _outside(c.victim_side, ids)


def _outside(side: str | None, ids: set[str]) -> str | None:
    """A side no chosen profile has (the word list's `ukraine` for "the General Staff of the
    Armed Forces" in a story about Mali): none, so the rules below give it (an army's unnamed
    forces, an office's home), else it stays unknown."""
    return side if side in ids or side in (None, "civilian", "other") else None


def office_side(c: Claim, chosen: Sequence[Profile]) -> str | None:
    """Whom an office named by no party speaks for: the home its claim is placed in, unless it
    names another country ("Iran's health ministry" on a strike in Israel), whose home party
    it speaks for, or ``other`` when no chosen profile has a home there."""
    from .places.context import _codes_in  # places import this module

    named = _codes_in(c.claimant or "")
    here = c.place.country_code if c.place is not None else None
    if named and here not in named:
        return next((h for p in chosen for cc in sorted(named) if (h := p.officials_in(cc))), "other")
    return next((h for p in chosen if (h := p.officials(c.place))), None)


def _names_place(c: Claim) -> bool:
    """An event whose subject is its place's name ("Kyiv" attacked): the city, not the party."""
    subject, place = (c.subject or "").strip().lower(), c.place.name.lower() if c.place else ""
    return bool(subject and place) and subject.split()[0] == place.split()[0]
