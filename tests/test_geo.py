"""Geocoding over the bundled gazetteer: spellings, regions, context, honesty, bad input."""
from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo import GeoContext, Geocoder, GeoResult
from sitrep.geo.match import km
from sitrep.records import Place

# Approximate coordinates of well-known places (general knowledge, not test data).
KHARKIV = (49.99, 36.23)
MYKOLAIV = (46.97, 32.00)
SHCHASTIA = (48.74, 39.23)
LYMAN = (48.99, 37.80)
ZAPORIZHZHIA = (47.84, 35.14)
KYIV = (50.45, 30.52)
MARIUPOL = (47.10, 37.55)
PRYAZOVSKE = (46.73, 35.65)
HULYAIPOLE_ZAP = (47.66, 36.26)  # the town in Zaporizhzhia Oblast
HULYAIPOLE_DNI = (48.12, 34.15)  # the village in Dnipropetrovsk Oblast


@pytest.fixture(scope="module")
def gc() -> Geocoder:
    return Geocoder.default()


def near(place: Place | None, where: tuple[float, float], within_km: float = 15.0) -> bool:
    return place is not None and km(place.lat, place.lon, *where) <= within_km


@pytest.mark.parametrize(
    "spellings, where",
    [
        (["Kharkiv", "Kharkov", "Charkiw", "Харків", "Харьков"], KHARKIV),
        (["Mykolaiv", "Nikolaev", "Mykolayiv", "Mykolajiw", "Николаев"], MYKOLAIV),
        (["Shchastia", "Schast'ye", "Shchastya", "Щастя"], SHCHASTIA),
        (["Lyman", "Krasny Liman", "Krasnyy Lyman"], LYMAN),
        (["Zaporizhzhia", "Zaporozhye", "Zaporizhia", "Zaporizhzhya", "Запоріжжя"], ZAPORIZHZHIA),
        (["Kyiv", "Kiev", "Київ", "  kyiv  "], KYIV),
        (["Mariupol", "Mariupol'", "Mariupol’", "Маріуполь"], MARIUPOL),
        (["Pryazovske", "Pryazovs'ke", "Priazovskoye", "Priazovskoe"], PRYAZOVSKE),
    ],
)
def test_romanisations_resolve_to_one_place(gc, spellings, where):
    ukraine = GeoContext(country_code="UA")
    for s in spellings:
        place = gc.geocode(s, ukraine)
        assert near(place, where), f"{s!r} -> {place}"
        assert place.precision == "settlement" and place.country_code == "UA"


def test_region_in_query_picks_the_namesake_inside_it(gc):
    zap = gc.geocode("Hulyaipole, Zaporizhzhia Oblast")
    dni = gc.geocode("Huliaipole, Dnipropetrovs'ka oblast")
    assert near(zap, HULYAIPOLE_ZAP) and near(dni, HULYAIPOLE_DNI)
    assert zap.geonameid != dni.geonameid


def test_region_spellings(gc):
    for q in ["Donetsk Oblast", "Oblast Donetsk", "Donets'ka oblast", "Донецька область", "Donetsk region"]:
        place = gc.geocode(q)
        assert place is not None and place.precision == "region" and place.name == "Donetsk Oblast", q


def test_region_from_context_sentence(gc):
    res = gc.resolve("Huliaipole", GeoContext(region="Dnipropetrovsk region"))
    assert near(res.place, HULYAIPOLE_DNI)
    alone = gc.resolve("Huliaipole")
    assert near(alone.place, HULYAIPOLE_ZAP)  # the larger one without a hint
    assert res.confidence > alone.confidence


def test_nearby_places_pick_the_namesake(gc):
    by_dnipro = GeoContext(nearby=[Place("Dnipro", 48.45, 34.98, "UA", None, "settlement")])
    assert near(gc.geocode("Hulyaipole", by_dnipro), HULYAIPOLE_DNI)


def test_unusable_context_parts_are_ignored(gc):
    ctx = GeoContext(nearby=[Place("no coordinates"), Place("bad", float("nan"), 500.0)])
    assert near(gc.geocode("Hulyaipole, Zaporizhzhia Oblast", ctx), HULYAIPOLE_ZAP)
    with pytest.raises(TypeError, match="must be a string"):
        gc.geocode("Hulyaipole", GeoContext(region=42))


def test_common_village_name_needs_evidence(gc):
    """Andriivka is the name of many villages: with only the region, the answer is the
    region; with a nearby place it is the village next to it."""
    res = gc.resolve("Andriivka, Zaporizhzhia Oblast")
    assert res.place.precision == "region" and res.place.name == "Zaporizhzhia Oblast"
    ctx = GeoContext(nearby=[Place("Berdiansk", 46.76, 36.80, "UA", None, "settlement")])
    res = gc.resolve("Andriivka, Zaporizhzhia Oblast", ctx)
    assert res.place.precision == "settlement"
    assert km(res.place.lat, res.place.lon, 46.76, 36.80) < 80


def test_unknown_village_falls_back_to_its_region_not_a_namesake(gc):
    res = gc.resolve("Xylofonivka, Kyiv Oblast")
    assert res.place.precision == "region" and res.place.name == "Kyiv Oblast"
    assert res.method == "region-fallback" and res.confidence < 0.5


@pytest.mark.parametrize("query", ["Xylofonivka", "Xylofonivka, Ukraine", "Qqqqzzz", "Zyxwvut, Narnia", "Kh", "UA"])
def test_not_found_is_null_never_a_country_centroid(gc, query):
    assert gc.resolve(query) is None


def test_unreadable_qualifier_lowers_confidence(gc):
    plain = gc.resolve("Huliaipole")
    odd = gc.resolve("Huliaipole, Narnia")
    assert odd.place == plain.place and odd.confidence < plain.confidence


def test_country_query(gc):
    place = gc.geocode("Ukraine")
    assert place.precision == "country" and place.country_code == "UA"
    assert 44 < place.lat < 53 and 22 < place.lon < 41


def test_fuzzy_typo_only_inside_the_named_region(gc):
    res = gc.resolve("Mariupil, Donetsk Oblast")  # one letter off
    assert res.method == "fuzzy" and near(res.place, MARIUPOL)
    assert gc.resolve("Mariupil") is None  # no area: no guessing
    assert near(gc.geocode("Mariupil", GeoContext(country_code="UA")), MARIUPOL)  # a city
    assert gc.resolve("Xylofonivka", GeoContext(country_code="UA")) is None


@pytest.mark.parametrize(
    "query",
    ["", "   ", ",,,;;", "!!!???...", "\x00\x01\x02", "\ud800\udfff", "a" * 100_000, "🙂🙂🙂", "北京市"],
)
def test_malformed_queries_are_not_found(gc, query):
    assert gc.resolve(query) is None
    assert gc.to_json(query, None)["name"] is None


@pytest.mark.parametrize("bad", [None, b"Kyiv", 42, ["Kyiv"]])
def test_non_string_query_is_a_clear_error(gc, bad):
    with pytest.raises(TypeError, match="must be a string"):
        gc.geocode(bad)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_none_or_a_valid_place(text):
    res = Geocoder.default().resolve(text)
    if res is not None:
        assert res.place.precision in {"point", "settlement", "region", "country"}
        assert -90 <= res.place.lat <= 90 and -180 <= res.place.lon <= 180
        assert 0 < res.confidence <= 1


def test_to_json_is_the_cli_object(gc):
    out = gc.to_json("Kharkov", gc.resolve("Kharkov"))
    assert list(out) == ["query", "name", "lat", "lon", "country_code", "admin1", "admin1_code", "geonameid",
                         "precision", "confidence"]
    assert out["query"] == "Kharkov" and out["country_code"] == "UA" and isinstance(out["geonameid"], int)
    json.dumps(out)
    empty = gc.to_json("nowhere", None)
    assert empty["query"] == "nowhere" and all(v is None for k, v in empty.items() if k != "query")
    pair = gc.geocode_with_confidence("Kharkov")
    assert gc.to_json("Kharkov", pair) == out
    assert gc.to_json("Kharkov", gc.geocode("Kharkov")) == out  # confidence found again


def test_results_are_copies(gc):
    a = gc.geocode("Kharkiv")
    a.name = "changed"
    assert gc.geocode("Kharkiv").name != "changed"


def test_pickles_as_settings_only(gc):
    blob = pickle.dumps(gc)
    assert len(blob) < 1000
    clone = pickle.loads(blob)
    assert clone is gc  # a worker process shares one loaded instance per settings
    other = Geocoder(memo_size=10)
    again = pickle.loads(pickle.dumps(other))
    assert again.settings() == other.settings() and again is pickle.loads(pickle.dumps(other))
    assert again.geocode("Kharkiv") == gc.geocode("Kharkiv")


def test_resolve_result_type(gc):
    res = gc.resolve("Kharkiv")
    assert isinstance(res, GeoResult) and res.method == "exact" and res.confidence >= 0.8
