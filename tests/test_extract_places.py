"""Place mentions and the place a claim concerns."""
from sitrep.extract import extract_claims
from sitrep.extract.places.mentions import PlaceResolver, find_places
from sitrep.extract.text.tokens import tokenize
from sitrep.records import Document, Place

KNOWN = {"Kupiansk": (49.71, 37.61), "Izium": (49.21, 37.26), "Kyiv": (50.45, 30.52),
         "Police": (53.55, 14.57), "Monday": (-27.0, -53.0), "Moskva": (55.75, 37.62),
         "Azov": (47.1, 39.4), "Mykolaiv": (46.97, 31.99)}


class FakeGeocoder:
    def __init__(self):
        self.calls = []

    def geocode(self, name, context=None):
        self.calls.append((name, getattr(context, "region", None)))
        if name in KNOWN:
            return Place(name, *KNOWN[name], "XX", 1, "settlement")
        if name.endswith(" region") and name[:-7] in KNOWN:
            return Place(name[:-7] + " Oblast", 49.0, 37.0, "UA", 2, "region")
        return None


class BrokenGeocoder:
    def geocode(self, name, context=None):
        raise RuntimeError("gazetteer offline")


def names(text, geocoder=None):
    return [(m.name, m.kind) for m in find_places(tokenize(text), PlaceResolver(geocoder or FakeGeocoder()))]


def test_settlements_regions_and_sure_names():
    assert names("Shelling hit Kupiansk and the Izium region.") == [("Kupiansk", "settlement"),
                                                                    ("Izium region", "region")]
    # named with a settlement word: kept even when the geocoder does not know it
    assert names("the village of Zelenyi Hai") == [("Zelenyi Hai", "settlement")]


def test_words_that_are_not_places():
    assert names("Police said on Monday that the cruiser Moskva sank in the Sea of Azov.") == []


def test_region_named_next_to_a_town_is_passed_as_context():
    geo = FakeGeocoder()
    names("Shells fell on Zelenyi Hai, Kupiansk district.", geo)
    assert ("Zelenyi Hai", "Kupiansk") in geo.calls


def test_reference_point_is_not_the_event_place():
    doc = Document(id="p", text="Missiles struck Izium, south of Kupiansk, overnight.")
    got = {c.place.name for c in extract_claims(doc, geocoder=FakeGeocoder()) if c.category == "attack"}
    assert got == {"Izium"}


def test_claim_place_from_the_previous_sentence_of_the_paragraph():
    doc = Document(id="p", text="A shelter in Mykolaiv was hit. At least 12 people were killed.")
    killed = [c for c in extract_claims(doc, geocoder=FakeGeocoder()) if c.category == "killed"]
    assert killed[0].place.name == "Mykolaiv"


def test_a_failing_geocoder_does_not_stop_extraction():
    doc = Document(id="p", text="At least 12 people were killed in Mykolaiv.")
    got = extract_claims(doc, geocoder=BrokenGeocoder())
    # the name stays, with no coordinates nobody could give
    assert [(c.category, c.value, c.place.name, c.place.lat) for c in got] == [("killed", 12, "Mykolaiv", None)]
