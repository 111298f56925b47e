"""Named areas beyond towns: seas and straits, first-level areas of any country in the forms
news uses, camps and crossings, and compass parts of a country ("southern Lebanon")."""
import pytest

from sitrep.geo.geocoder import Geocoder, directional


@pytest.fixture(scope="module")
def geo():
    return Geocoder()


def answer(geo, query):
    res = geo.resolve(query)
    assert res is not None, query
    p = res.place
    return p.name, p.country_code, p.precision


def near(geo, query, lat, lon, km=60):
    from sitrep.geo.match import km as dist

    p = geo.resolve(query).place
    return dist(p.lat, p.lon, lat, lon) <= km


@pytest.mark.parametrize("query, name", [
    ("Gulf of Aden", "Gulf of Aden"), ("the Red Sea", "Red Sea"), ("Sea of Azov", "Sea of Azov"),
    ("Strait of Hormuz", "Strait of Hormuz"), ("Black Sea", "Black Sea"),
])
def test_seas_gulfs_and_straits_answer_as_regions_of_no_country(geo, query, name):
    assert answer(geo, query) == (name, None, "region")


@pytest.mark.parametrize("query, name, cc", [
    ("North Kordofan", "North Kordofan", "SD"), ("North Kordofan state", "North Kordofan", "SD"),
    ("Borno State", "Borno", "NG"), ("North Kivu", "North Kivu", "CD"), ("Rakhine State", "Rakhine", "MM"),
    ("Middle Shabelle", "Middle Shabelle", "SO"), ("Gaza Strip", "Gaza Strip", "PS"),
    ("West Bank", "West Bank", "PS"), ("Tigray", "Tigray", "ET"), ("Bekaa valley", "Bekaa", "LB"),
])
def test_first_level_areas_of_any_country_answer_in_their_english_form(geo, query, name, cc):
    assert answer(geo, query) == (name, cc, "region")


def test_a_curated_region_keeps_its_own_entry(geo):
    assert answer(geo, "Kherson Oblast") == ("Kherson Oblast", "UA", "region")
    assert answer(geo, "Crimea") == ("Crimea", "UA", "region")


def test_an_area_named_like_a_word_needs_a_region_word(geo):
    assert answer(geo, "Rivers State") == ("Rivers", "NG", "region")
    assert geo.resolve("Rivers").place.country_code != "NG"  # bare, it is no Nigerian state


def test_a_town_named_like_its_area_stays_the_town_unless_the_area_is_said(geo):
    assert answer(geo, "Kayes")[2] == "settlement"
    assert answer(geo, "Kayes region") == ("Kayes", "ML", "region")


@pytest.mark.parametrize("query, name, cc", [
    ("Zamzam camp", "Zamzam camp", "SD"), ("Masnaa crossing", "Masnaa crossing", "LB"),
    ("Ras Isa port", "Ras Isa port", "YE"), ("Kakhovka dam", "Kakhovka dam", "UA"),
])
def test_camps_crossings_ports_and_dams_answer_at_point_precision(geo, query, name, cc):
    assert answer(geo, query) == (name, cc, "point")


def test_a_compass_word_before_a_country_gives_that_part_of_it(geo):
    assert answer(geo, "southern Lebanon") == ("southern Lebanon", "LB", "region")
    assert near(geo, "southern Lebanon", 33.27, 35.40, km=30)
    assert answer(geo, "north-east Nigeria") == ("north-east Nigeria", "NG", "region")
    north, south = geo.resolve("northern Israel").place, geo.resolve("southern Israel").place
    assert north.lat > south.lat + 0.5


def test_a_compass_part_of_an_area_known_by_its_point(geo):
    north, south = geo.resolve("northern Gaza Strip").place, geo.resolve("southern Gaza Strip").place
    assert north.precision == south.precision == "region" and north.lat > south.lat


def test_names_that_start_with_a_compass_word_are_read_whole(geo):
    assert answer(geo, "West Bank") == ("West Bank", "PS", "region")
    assert answer(geo, "South Sudan") == ("South Sudan", "SS", "country")
    assert answer(geo, "North Kivu") == ("North Kivu", "CD", "region")
    assert directional("southern Lebanon") == ((-1, 0), "Lebanon")
    assert directional("Lebanon") is None


def test_named_areas_are_matched_only_as_written(geo):
    # "Hodan" (a Mogadishu district) is two edits from "Hrodna" and from "Golan": no match
    assert geo.resolve("Hodan") is None or geo.resolve("Hodan").place.country_code not in ("BY", "IL")


def test_a_settlement_carries_no_false_area_when_named_with_an_area_known_by_point(geo):
    from sitrep.geo import GeoContext

    place = geo.resolve("Jenin", GeoContext(region="West Bank")).place
    assert (place.country_code, place.precision) == ("PS", "settlement")


def test_same_name_areas_of_several_countries_follow_the_country_or_places_around(geo):
    from sitrep.geo import GeoContext
    from sitrep.records import Place

    assert answer(geo, "Centre region, Haiti")[1] == "HT"
    assert geo.resolve("Centre region", GeoContext(country_code="TG")).place.country_code == "TG"
    port_au_prince = Place("Port-au-Prince", 18.54, -72.34, "HT")
    assert geo.resolve("Centre region", GeoContext(nearby=[port_au_prince])).place.country_code == "HT"
    alone = geo.resolve("Centre region")
    assert alone.confidence < 0.85  # three countries have one and nothing says which


def test_an_area_named_with_its_article_dropped_is_found(geo):
    assert answer(geo, "Artibonite")[:2] == ("Artibonite", "HT")


@pytest.mark.parametrize("query, name, cc", [
    ("Balochistan", "Balochistan", "PK"), ("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "PK"),
    ("Helmand", "Helmand", "AF"), ("Nineveh", "Nineveh", "IQ"), ("Far North region", "Far North", "CM"),
])
def test_areas_answer_to_the_spelling_news_uses(geo, query, name, cc):
    assert answer(geo, query) == (name, cc, "region")


def test_cameroon_regions_named_by_compass_need_a_region_word(geo):
    assert answer(geo, "Northwest region") == ("North-West", "CM", "region")
    bare = geo.resolve("Far North")
    assert bare is None or bare.place.country_code != "CM"
    assert geo.resolve("Northwest").place.country_code != "CM"


def test_an_area_beats_a_small_town_that_bears_its_name_only_as_an_alternate(geo):
    assert answer(geo, "Bekaa")[1:] == ("LB", "region")
    assert answer(geo, "Rakhine")[1:] == ("MM", "region")
    assert answer(geo, "Hodeidah")[2] == "settlement"  # the port city is known by that name too
