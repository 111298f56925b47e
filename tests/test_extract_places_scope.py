"""Which place a figure concerns: a national total, a displacement's origin, a landmark, and
"the enclave" standing for the story's territory. Sentences are made up for these tests."""
from sitrep.extract import extract_claims
from sitrep.extract.places.mentions import national, place_words
from sitrep.extract.text.tokens import tokenize
from sitrep.records import Document, Place

PLACES = {"Kyiv": (50.45, 30.52, "UA", "settlement"), "Poltava": (49.59, 34.55, "UA", "settlement"),
          "Izium": (49.21, 37.25, "UA", "settlement"), "Kharkiv": (49.99, 36.23, "UA", "settlement"),
          "Kharkiv oblast": (49.5, 36.5, "UA", "region"), "Ukraine": (49.0, 32.0, "UA", "country"),
          "Aden": (12.78, 45.04, "YE", "settlement"), "Yemen": (15.5, 48.0, "YE", "country"),
          "Gaza": (31.5, 34.47, "PS", "settlement"), "Deir al-Balah": (31.42, 34.35, "PS", "settlement"),
          "Khan Younis": (31.34, 34.31, "PS", "settlement"), "Lido": (2.05, 45.35, "SO", "settlement"),
          "Mogadishu": (2.04, 45.34, "SO", "settlement"), "Somalia": (6.0, 46.0, "SO", "country")}


class Gazetteer:
    def geocode(self, name, context=None):
        hit = PLACES.get(name) or PLACES.get(name.title())
        if hit is None:
            return None
        lat, lon, cc, precision = hit
        return Place(name, lat, lon, cc, 1, precision)


def claims(text, title=None):
    doc = Document(id="t", text=text, title=title, published="2024-03-02")
    return [(c.category, c.value, c.place.name if c.place else None)
            for c in extract_claims(doc, geocoder=Gazetteer())]


def test_national_cues_are_read_as_phrases():
    w = place_words()
    assert national(tokenize("The war has killed 500 people since the fighting began."), w)
    assert national(tokenize("Some 2 million people are internally displaced."), w)
    assert not national(tokenize("The fighting began in the north and 5 people were killed."), w)


def test_a_national_total_takes_the_country_not_the_dateline_town():
    text = "ADEN, May 3 (Wire) - The war has killed 900 people since it began, the health ministry said."
    assert ("killed", 900, "Yemen") in claims(text)
    brief = "ADEN, May 3 (Wire) - Fighting near the port killed 9 people, the health ministry said."
    assert ("killed", 9, "Aden") in claims(brief)  # no national cue: the dateline's town stays


def test_a_national_total_in_a_story_about_a_town():
    got = claims("Nationwide, 40 people were wounded on Sunday, officials said.", title="Blasts shake Poltava")
    assert ("wounded", 40, "Ukraine") in got
    assert ("wounded", 4, "Poltava") in claims("Four people were wounded on Sunday.", title="Blasts shake Poltava")


def test_from_after_an_evacuation_word_is_the_origin_not_a_reference():
    text = "In Kharkiv oblast, volunteers evacuated about 600 residents, including 90 children, from Izium."
    assert ("displaced", 600, "Izium") in claims(text)
    far = "Rockets hit a school in Poltava, 300 kilometres from Kharkiv, and 5 people were killed."
    assert ("killed", 5, "Poltava") in claims(far)


def test_a_beach_named_after_a_name_is_a_landmark():
    got = claims("At least 11 people were killed when gunmen stormed a hotel on Lido beach in Mogadishu.")
    assert ("killed", 11, "Mogadishu") in got


def test_the_enclave_is_the_story_territory_not_the_last_town():
    text = "Air strikes hit Khan Younis and Deir al-Balah overnight, medics said, killing at least 30 people in the north of the enclave."
    assert ("killed", 30, "Gaza") in claims(text, title="Strikes across Gaza")
