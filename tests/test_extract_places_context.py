"""Which place a claim concerns: names that are no place of the story, regions that only
locate a town, and places known from context ("the city", the headline, the dateline)."""
import math

import pytest

from sitrep.extract import extract_claims
from sitrep.extract.places.context import anaphors
from sitrep.extract.places.mentions import PlaceResolver, dateline, find_places, place_words
from sitrep.extract.text.tokens import tokenize
from sitrep.records import Document, Place

TOWNS = {"Lysychansk": (48.9, 38.4, "UA"), "Kyiv": (50.45, 30.52, "UA"), "Kharkiv": (49.99, 36.23, "UA"),
         "Odesa": (46.48, 30.73, "UA"), "Moscow": (55.75, 37.62, "RU"), "Arbat": (39.9, 44.6, "AM"),
         "German": (45.0, -93.0, "US"), "Tbilisi": (41.7, 44.8, "GE"), "Poltava": (49.59, 34.55, "UA")}
REGIONS = {"Donetsk region": (48.0, 37.8), "Luhansk region": (48.6, 39.3)}
# a village name found in two places: near Kharkiv and far west
TWINS = [(49.8, 36.6), (48.3, 24.0)]


class ContextGeocoder:
    """A small gazetteer that, like sitrep.geo, answers with a confidence and uses the context."""

    def __init__(self):
        self.asked = []

    def geocode_with_confidence(self, name, context=None):
        self.asked.append((name, context.region if context else None, len(context.nearby) if context else 0))
        if name in TOWNS:
            lat, lon, cc = TOWNS[name]
            return Place(name, lat, lon, cc, 1, "settlement"), 0.9
        if name in REGIONS:
            return Place(name, *REGIONS[name], "UA", 2, "region"), 0.85
        if name == "Pisky":
            spots = [(p.lat, p.lon) for p in (context.nearby if context else [])]
            if not spots:
                return Place(name, *TWINS[1], "UA", 3, "settlement"), 0.5  # the larger one, unsure
            best = min(TWINS, key=lambda t: min(math.dist(t, s) for s in spots))
            return Place(name, *best, "UA", 3, "settlement"), 0.8
        return None

    def geocode(self, name, context=None):
        found = self.geocode_with_confidence(name, context)
        return found[0] if found else None


def mentions(text):
    return [(m.name, m.kind) for m in find_places(tokenize(text), PlaceResolver(ContextGeocoder()))]


def claims(text, title=None, category=None):
    doc = Document(id="t", text=text, title=title, published="2024-03-02")
    got = extract_claims(doc, geocoder=ContextGeocoder())
    return [(c.category, c.value, c.place.name if c.place else None) for c in got
            if category is None or c.category == category]


def test_a_region_named_after_a_town_only_locates_it():
    geo = ContextGeocoder()
    ms = find_places(tokenize("Artillery hit Lysychansk, in the Luhansk region, at dawn."), PlaceResolver(geo))
    assert [(m.name, m.kind) for m in ms] == [("Lysychansk", "settlement")]
    assert ("Lysychansk", "Luhansk", 0) in geo.asked  # the region was the hint
    # an appositive naming the town's role works the same way
    assert mentions("Rebels took Lysychansk, the main town of the Luhansk region.") == [("Lysychansk", "settlement")]
    # a region joined by "and" is a second place
    assert mentions("Shells fell on Kharkiv and the Donetsk region.") == [("Kharkiv", "settlement"),
                                                                       ("Donetsk region", "region")]


def test_one_strike_on_a_town_in_a_region_is_one_claim_at_the_town():
    got = claims("A missile strike on Lysychansk, in the Luhansk region, killed four people, police said.")
    assert ("killed", 4, "Lysychansk") in got
    assert all(place != "Luhansk region" for _, _, place in got)


def test_nationality_adjectives_are_not_places():
    assert mentions("German officials visited the front.") == []
    assert mentions("Smoke rose over Transcarpathian villages.") == []
    assert mentions("Three Ukrainian drones were shot down.") == []


def test_a_street_a_speaking_capital_and_a_venue_are_not_where_it_happened():
    assert mentions("Police detained protesters on the Arbat pedestrian street.") == []
    assert mentions("Kyiv did not comment on the report.") == []
    assert mentions("Moscow has denied any role.") == []
    assert mentions("The minister told reporters in Tbilisi that the talks had failed.") == []
    # a capital after a preposition is still a place
    assert mentions("Drones attacked Kyiv overnight.") == [("Kyiv", "settlement")]


def test_a_city_district_gives_the_city():
    assert mentions("Debris fell in Kyiv's Podilskyi district.") == [("Kyiv", "settlement")]
    assert mentions("A blast hit the Kyivskyi district of Kharkiv.") == [("Kharkiv", "settlement")]


def test_datelines_with_a_date_are_not_places_of_the_story():
    toks = tokenize("ODESA, March 3 (Wire) - Drones hit Kharkiv overnight.")
    assert dateline(toks)[0] == 1 and toks[dateline(toks)[1]].text == "Drones"
    assert mentions("ODESA, March 3 (Wire) - Drones hit Kharkiv overnight.") == [("Kharkiv", "settlement")]
    assert dateline(tokenize("NATO leaders met on Friday.")) == (0, 0)


def test_the_city_refers_to_the_last_town_of_the_paragraph():
    text = ("Rockets fell on Poltava before dawn.\n\nOfficials in Kyiv spoke later. "
            "Separately, shelling of Kharkiv continued. Nine people were killed in the city, police said.")
    assert ("killed", 9, "Kharkiv") in claims(text)


def test_the_town_refers_to_the_place_introduced_as_a_town():
    text = ("Troops left the small town of Lysychansk on Friday, the army said.\n\n"
            "Rebels also claimed gains near Poltava.\n\n"
            "Commanders said 40 soldiers were captured as they left the town.")
    assert ("captured", 40, "Lysychansk") in claims(text)


def test_the_capital_is_the_capital_of_the_story_country():
    text = "Odesa was hit at night, officials said.\n\nIn all, 7 people were killed in the capital."
    assert ("killed", 7, "Kyiv") in claims(text)


def test_a_sentence_without_place_takes_the_headline_then_the_dateline():
    text = "Rescuers worked through the night.\n\nTwelve people were killed, police said."
    assert claims(text, title="Strike on Poltava market") == [("killed", 12, "Poltava")]
    dated = "POLTAVA, Ukraine - Rescuers worked through the night.\n\nTwelve people were killed, police said."
    assert claims(dated) == [("killed", 12, "Poltava")]
    assert claims(text) == [("killed", 12, None)]  # nothing says where: no place


def test_a_bare_the_city_is_no_event_place_of_its_own():
    # a place known only by reference back gives quantities a place, and an event only when a
    # part of it is named ("the city's edge", see test_extract_split_and_parts.py)
    text = "Kharkiv was quiet on Monday. Later, troops advanced on the city from the north."
    assert claims(text, category="territory") == []
    text = "Kharkiv was quiet on Monday. Later, troops advanced on the city's edge."
    assert claims(text, category="territory") != []


def test_namesakes_are_told_apart_by_the_other_places_of_the_document():
    geo = ContextGeocoder()
    doc = Document(id="t", text="Shelling hit Kharkiv on Monday. Two people were killed in Pisky.")
    got = extract_claims(doc, geocoder=geo)
    pisky = [c.place for c in got if c.category == "killed"][0]
    assert (pisky.lat, pisky.lon) == TWINS[0]  # the one near Kharkiv, not the larger one


def test_anaphors_and_the_word_lists():
    assert [k for _, _, k in anaphors(tokenize("the town's school and the capital"), place_words().anaphors)] \
        == ["settlement", "capital"]
    assert anaphors(tokenize("the city of Odesa"), place_words().anaphors) == []
    assert "German" in place_words().demonyms


def test_a_district_keeps_its_word_and_beats_the_region_around_it():
    geo = ContextGeocoder()
    doc = Document(id="t", text="In the Donetsk region, 30 people were moved out of the Marinka district, police said.")
    got = [(c.category, c.value, c.place.name) for c in extract_claims(doc, geocoder=geo)]
    assert got == [("displaced", 30, "Marinka district")]  # unresolved: the name as written
    assert ("Marinka district", "Marinka", 0) in geo.asked


def test_the_paragraph_region_never_turns_an_unknown_name_into_the_region():
    class Fallback(ContextGeocoder):
        def geocode_with_confidence(self, name, context=None):
            if name == "Wirecast" and context is not None and context.region:
                return Place("Donetsk region", 48.0, 37.8, "UA", 2, "region"), 0.35  # a region fallback
            return super().geocode_with_confidence(name, context)

    resolver = PlaceResolver(Fallback())
    assert resolver.resolve("Wirecast", area="Donetsk region") is None
    assert resolver.resolve("Pisky", area="Donetsk region").precision == "settlement"


@pytest.mark.parametrize("text, code", [
    ("The Congolese army said on Monday", "CD"), ("fighting in eastern DR Congo", "CD"),
    ("Burkinabe soldiers said", "BF"), ("in the Gaza Strip", "PS"), ("Houthi officials said", "YE"),
])
def test_a_storys_country_is_read_from_its_peoples_names(text, code):
    from sitrep.extract.places.context import _codes_in
    assert code in _codes_in(text)


def test_a_town_abroad_spelt_like_an_unknown_village_is_not_taken_in_a_story_set_elsewhere():
    from sitrep.extract import extract_claims
    from sitrep.records import Document
    got = extract_claims(Document(id="m", published="2025-01-28", text="The Congolese army said M23 rebels "
                                  "seized Minova on Tuesday."))
    assert [(c.category, c.place.name, c.place.country_code) for c in got] == [("territory", "Minova", None)]


def test_a_country_in_a_relative_clause_does_not_place_the_figure():
    doc = Document(id="p", published="2024-07-21", text=(
        "Israeli jets struck the port of Hodeidah on Saturday.\n"
        "The attack, which marked the first time Israel has struck Yemen, killed at least six people, "
        "Yemeni officials said."))
    got = [(c.category, c.place.name if c.place else None) for c in extract_claims(doc) if c.category == "killed"]
    assert got and all(name != "Yemen" for _, name in got)


def test_a_dateline_with_a_hyphenated_city_and_a_full_date_places_and_dates_nothing():
    doc = Document(id="p", published="2026-10-20", text=(
        "PORT-AU-PRINCE, 20 October 2026 - At least 1,146 people were killed in gang violence in Haiti "
        "between 1 July and 30 September 2026, the UN said."))
    (c,) = [c for c in extract_claims(doc) if c.category == "killed"]
    assert (c.place.name, c.date, c.scope) == ("Haiti", "2026-09-30", "cumulative")


def test_a_ministry_of_a_common_word_is_no_town():
    doc = Document(id="p", published="2026-10-22", text=(
        "The Ministry of Justice said on Thursday that 610 people had been killed in gang violence in Haiti "
        "between July 1 and September 30."))
    (c,) = [c for c in extract_claims(doc) if c.category == "killed"]
    assert (c.place.name, c.date) == ("Haiti", "2026-09-30")


def test_a_dateline_with_an_abbreviated_month_neither_places_nor_speaks():
    doc = Document(id="p", published="2026-08-23", text=(
        "WASHINGTON, Aug. 23 (Capitol Wire) - US Central Command said one MQ-9 Reaper was lost over Marib "
        "province on Saturday."))
    (c,) = [c for c in extract_claims(doc) if c.category == "materiel_lost"]
    assert c.place.name != "Washington" and "Central Command" in (c.claimant or "")
    doc = Document(id="q", published="2026-08-22", text=(
        "SANAA, Aug. 22 - The spokesman of the armed forces, Brigadier General Yahya Mansour, said air "
        "defences had shot down three MQ-9 drones over Marib province."))
    (c,) = [c for c in extract_claims(doc) if c.category == "materiel_lost"]
    assert c.claimant not in (None, "Aug", "SANAA") and c.place.name != "Sanaa"


def test_a_title_case_dateline_with_a_full_date_and_an_outlet_is_a_dateline():
    toks = tokenize("Bamako, 16 December 2025 (Sahel Wire) — Troops repelled an attack near a village.")
    assert dateline(toks)[0] == 1 and toks[dateline(toks)[1]].text == "Troops"


def test_a_date_first_dateline_with_its_city_in_brackets_is_no_place_of_the_story():
    text = "November 16, 2025 (KHARTOUM) – Shelling killed 12 people in Kharkiv, officials said."
    toks = tokenize(text)
    assert toks[dateline(toks)[1]].text == "Shelling"
    assert mentions(text) == [("Kharkiv", "settlement")]


def test_a_village_no_gazetteer_lists_near_a_region_keeps_its_name_and_the_dateline_is_no_neighbour():
    doc = Document(id="p", published="2025-12-16", text=(
        "Bamako, 16 December 2025 (Sahel Wire) — The army said its troops had repelled an attack on a "
        "convoy near Sandaré, in the Kayes region, on Sunday.\n\n"
        "Four soldiers were killed, according to the army."))
    got = {c.category: c.place for c in extract_claims(doc)}
    assert got["attack"].name == "Sandaré" and got["attack"].country_code == "ML"
    assert got["killed"].name == "Sandaré"  # the story's village, not the city the report was filed from
