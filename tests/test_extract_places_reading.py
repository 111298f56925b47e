"""How news names places, read as grammar: datelines naming several cities, a city as a
speaker versus a city after a preposition, "the southern port city" referring back, people
moved "to" a place, districts named with their region, and a region named anywhere before
telling namesakes apart. All sentences are made up for these tests."""
import math

import pytest

from sitrep.extract import extract_claims
from sitrep.extract.places.context import anaphors
from sitrep.extract.places.mentions import PlaceResolver, dateline, find_places, place_words
from sitrep.extract.text.tokens import tokenize
from sitrep.extract.vocab import vocab
from sitrep.records import Document, Place

TOWNS = {"Kharkiv": (49.99, 36.23, "UA"), "Kyiv": (50.45, 30.52, "UA"), "Odesa": (46.48, 30.73, "UA"),
         "Poltava": (49.59, 34.55, "UA"), "Moscow": (55.75, 37.62, "RU"), "Sumy": (50.91, 34.8, "UA"),
         "Lysychansk": (48.9, 38.4, "UA"), "Mykolaiv": (46.97, 32.0, "UA")}
REGIONS = {"Luhansk region": (48.6, 39.3), "Sumy region": (50.9, 34.0)}
TWINS = {"Sumy region": (51.2, 34.3), None: (47.9, 24.1)}  # a village name in two oblasts


class Gazetteer:
    """A tiny geocoder that answers with a confidence and records what it was asked."""

    def __init__(self):
        self.asked = []

    def geocode_with_confidence(self, name, context=None):
        region = context.region if context else None
        self.asked.append((name, region))
        if name in TOWNS:
            lat, lon, cc = TOWNS[name]
            return Place(name, lat, lon, cc, 1, "settlement"), 0.9
        if name in REGIONS:
            return Place(name, *REGIONS[name], "UA", 2, "region"), 0.85
        if name == "Hrabovske":  # two villages: the region tells which; alone, a guess
            if region and "Sumy" in region:
                return Place(name, *TWINS["Sumy region"], "UA", 3, "settlement"), 0.8
            return Place(name, *TWINS[None], "UA", 3, "settlement"), 0.5
        return None

    def geocode(self, name, context=None):
        found = self.geocode_with_confidence(name, context)
        return found[0] if found else None


def mentions(text):
    return [(m.name, m.kind) for m in find_places(tokenize(text), PlaceResolver(Gazetteer()))]


def claims(text, title=None, category=None):
    doc = Document(id="t", text=text, title=title, published="2024-03-02")
    return [(c.category, c.value, c.place.name if c.place else None)
            for c in extract_claims(doc, geocoder=Gazetteer()) if category is None or c.category == category]


def test_a_dateline_may_name_several_cities():
    for text in ("KYIV/MOSCOW, March 3 (Wire) - Drones hit Poltava overnight.",
                 "ODESA/KYIV/SUMY, Jan 9 - Drones hit Poltava overnight."):
        toks = tokenize(text)
        assert toks[dateline(toks)[1]].text == "Drones"
        assert mentions(text) == [("Poltava", "settlement")]
    # the report's own place is the first city of the dateline, used only when nothing else is
    got = claims("ODESA/KYIV, May 2 (Wire) - Rescuers said 6 people were killed, the police reported.")
    assert got == [("killed", 6, "Odesa")]


def test_a_city_speaking_is_no_place_but_a_city_after_a_preposition_is():
    assert mentions("Moscow says the drones were shot down.") == []
    assert mentions("Kyiv has confirmed the losses.") == []
    assert mentions("Officials in Kharkiv say the market burned.") == [("Kharkiv", "settlement")]
    assert mentions("Doctors from Sumy have said the hospital is full.") == [("Sumy", "settlement")]
    # the claim takes the city the officials are in, when the sentence refers to it
    assert claims("Officials in Poltava said 14 people were killed in the city overnight.") == \
        [("killed", 14, "Poltava")]


def test_the_city_without_a_town_in_its_paragraph_is_the_last_town_named_not_the_dateline():
    text = ("ODESA, May 2 (Wire) - Artillery pounded Kharkiv for a third day, regional officials said.\n\n"
            "At least 8 people have died in the city since Friday, doctors said.")
    assert ("killed", 8, "Kharkiv") in claims(text)
    text = ("SUMY, June 4 - Drones struck Poltava before dawn, the governor said.\n\n"
            "Medics said 5 people were wounded in the town.")
    assert ("wounded", 5, "Poltava") in claims(text)


def test_the_city_may_carry_adjectives_between_the_article_and_the_noun():
    words = place_words()
    mods = words.anaphor_modifiers | vocab().place_adjectives
    kinds = lambda text: [k for _, _, k in anaphors(tokenize(text), words.anaphors, mods)]  # noqa: E731
    assert kinds("Sirens sounded over the southern port city at noon.") == ["settlement"]
    assert kinds("Smoke rose above the Crimean port city.") == ["settlement"]
    assert kinds("Schools in this frontline town's centre closed.") == ["settlement"]
    assert kinds("Talks were held in the Russian capital.") == []  # another country's capital
    assert kinds("Shells also hit the nearby village.") == []  # another place
    text = "Missiles hit Mykolaiv on Monday.\n\nTwo days later, 9 people were killed in the southern port city."
    assert ("killed", 9, "Mykolaiv") in claims(text)


def test_a_town_followed_by_its_description_is_not_a_reference_back():
    text = "A source in Sumy, the regional capital, said 4 soldiers were captured."
    assert all(place == "Sumy" for _, _, place in claims(text))
    assert not any(place == "Kyiv" for _, _, place in claims(text))


def test_where_people_were_taken_is_not_where_it_happened():
    assert claims("About 300 residents were evacuated to Poltava from Kharkiv on Monday.") == \
        [("displaced", 300, "Kharkiv")]
    text = ("Shelling of Sumy went on all week.\n\n"
            "On Friday 250 people were evacuated by train to Poltava, the railway said.")
    assert ("displaced", 250, "Sumy") in claims(text)
    # with nothing else around, the destination is the only place the text gives
    assert claims("Some 90 people fled towards Odesa.") == [("displaced", 90, "Odesa")]
    ms = find_places(tokenize("Families were bused into Poltava."), PlaceResolver(Gazetteer()))
    assert [m.goal for m in ms] == [True]
    ms = find_places(tokenize("Families were attacked in Poltava."), PlaceResolver(Gazetteer()))
    assert [m.goal for m in ms] == [False]


def test_districts_named_together_and_a_district_with_its_region():
    assert mentions("Shells fell on the Lysychansk and Poltava districts.") == \
        [("Lysychansk district", "region"), ("Poltava district", "region")]
    # a district is placed at its main town when the gazetteer has it
    ms = find_places(tokenize("Shells fell on the Poltava district."), PlaceResolver(Gazetteer()))
    assert (ms[0].place.lat, ms[0].place.precision) == (TOWNS["Poltava"][0], "region")
    # the region named after a district only locates it, and is asked as its context
    geo = Gazetteer()
    ms = find_places(tokenize("A drone hit the Hrabovske district of the Sumy region."), PlaceResolver(geo))
    assert [(m.name, m.kind) for m in ms] == [("Hrabovske district", "region")]
    assert ("Hrabovske", "Sumy") in geo.asked


def test_a_region_named_earlier_in_the_document_tells_namesakes_apart():
    text = ("Russian guns shelled the Sumy region on Sunday, the governor said.\n\n"
            "In a later attack, three people were killed in Hrabovske, police said.")
    doc = Document(id="t", text=text, published="2024-03-02")
    got = [c.place for c in extract_claims(doc, geocoder=Gazetteer()) if c.category == "killed"]
    assert got and (got[0].lat, got[0].lon) == TWINS["Sumy region"]
    # without that region the village stays the uncertain guess
    alone = Document(id="u", text="Three people were killed in Hrabovske, police said.", published="2024-03-02")
    got = [c.place for c in extract_claims(alone, geocoder=Gazetteer()) if c.category == "killed"]
    assert got and (got[0].lat, got[0].lon) == TWINS[None]


@pytest.fixture(scope="module")
def geocoder():
    from sitrep.geo import Geocoder

    return Geocoder.default()


def test_the_real_gazetteer_reads_initials_and_long_country_names(geocoder):
    # initials of armed groups match only romanised search keys of far-away towns: no place
    for initials in ("JNIM", "ISW"):
        assert geocoder.geocode(initials) is None
    for name in ("Democratic Republic of Congo", "DR Congo", "Czech Republic"):
        place = geocoder.geocode(name)
        assert place is not None and place.precision == "country", name
    assert geocoder.geocode("Congo").country_code == "CD"
    assert geocoder.known("Kharkiv") and geocoder.known("Donetsk region")
    assert not geocoder.known("Zaluzhnyi")
    # an old spelling written in capitals in a dateline still resolves
    assert math.isclose(geocoder.geocode("KIEV").lat, 50.45, abs_tol=0.1)


def _placed(text, title=None):
    from sitrep.extract import extract_claims
    from sitrep.records import Document

    doc = Document(id="pr", text=text, title=title, published="2022-05-03")
    return {(c.category, c.value): c.place and (c.place.name, c.place.precision) for c in extract_claims(doc)}


def test_a_national_figure_takes_the_country_not_a_town_from_context():
    got = _placed("Shelling hit Kharkiv overnight. The UN rights office recorded 3,153 civilians killed in the "
                  "country since February. Russia's defence ministry said 1,351 of its soldiers had been killed "
                  "in Ukraine.", title="War in Ukraine: Kharkiv shelled")
    assert got[("killed", 3153)] == ("Ukraine", "country")
    assert got[("killed", 1351)] == ("Ukraine", "country")  # not Russia: that is the speaker


def test_a_place_named_with_near_is_the_referent_when_nothing_else_is():
    got = _placed("Officials said troops had captured 15 soldiers near Trostianets in the Sumy region before "
                  "the enemy withdrew from the town. Residents there said five civilians were killed.",
                  title="Marines surrender in Mariupol")
    assert got[("killed", 5)][0] == "Trostyanets"
