"""Gazetteer inputs: GeoNames dumps, user alias files, the disk cache, name keys."""
from __future__ import annotations

import os
import pickle

import pytest

from sitrep.geo import GeoDataError, Geocoder, cache
from sitrep.geo.gazetteer import Gazetteer, RawPlace
from sitrep.geo.match import km
from sitrep.geo.normalise import key

# Made-up places in the GeoNames main-table layout (19 tab-separated columns).
MAIN_ROWS = [
    # id, name, ascii, alternates, lat, lon, class, code, cc, cc2, adm1, adm2, adm3, adm4, pop, elev, dem, tz, date
    ["9900001", "Khutir Zelenyi", "Khutir Zelenyi", "Khutor Zelenyy,Хутір Зелений", "48.5000", "37.5000",
     "P", "PPL", "UA", "", "05", "", "", "", "0", "", "150", "Europe/Kyiv", "2024-01-01"],
    ["9900002", "Khutir Zelenyi", "Khutir Zelenyi", "", "50.1000", "30.1000",
     "P", "PPL", "UA", "", "13", "", "", "", "0", "", "150", "Europe/Kyiv", "2024-01-01"],
    ["9900003", "Stara Vodokachka", "Stara Vodokachka", "", "48.6000", "37.6000",
     "S", "TOWR", "UA", "", "05", "", "", "", "0", "", "150", "Europe/Kyiv", "2024-01-01"],
    ["9900004", "Some Ridge", "Some Ridge", "", "48.7", "37.7", "T", "RDGE", "UA", "", "05", "", "", "", "0",
     "", "", "Europe/Kyiv", "2024-01-01"],
    ["9900005", "Donetska Oblast", "Donetska Oblast", "Donetsk Oblast", "48.2", "37.8", "A", "ADM1", "UA", "",
     "05", "", "", "", "0", "", "", "Europe/Kyiv", "2024-01-01"],
    ["9900006", "Testowe Voivodeship", "Testowe Voivodeship", "Testowe", "52.0", "17.0", "A", "ADM1", "PL", "",
     "99", "", "", "", "0", "", "", "Europe/Warsaw", "2024-01-01"],
    ["9900007", "Wioska", "Wioska", "", "52.1", "17.1", "P", "PPL", "PL", "", "99", "", "", "", "300", "", "",
     "Europe/Warsaw", "2024-01-01"],
    ["9900008", "Wioska", "Wioska", "", "50.1", "20.1", "P", "PPL", "PL", "", "98", "", "", "", "900", "", "",
     "Europe/Warsaw", "2024-01-01"],
]
ALT_ROWS = [
    # alternateNameId, geonameid, isolanguage, name, preferred, short, colloquial, historic, from, to
    ["1", "9900001", "ru", "Зеленый Хутор", "", "", "", "", "", ""],
    ["2", "9900001", "link", "https://example.org/khutir", "", "", "", "", "", ""],
    ["3", "9900003", "en", "Old Water Tower", "", "", "", "", "", ""],
    ["4", "123", "en", "Place not loaded", "", "", "", "", "", ""],
]


def tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


@pytest.fixture
def dump_files(write_file):
    main = write_file("UA.txt", tsv(MAIN_ROWS) + "not\ta\tvalid line\n" + "\t".join(["x"] * 19) + "\n")
    alt = write_file("alternateNamesV2.txt", tsv(ALT_ROWS))
    return str(main), str(alt)


def test_dump_loader_reads_places_and_alternate_names(dump_files):
    gc = Geocoder(dumps=dump_files, bundled=False, use_cache=False)
    hut = gc.geocode("Khutir Zelenyi, Donetsk Oblast")
    assert hut.geonameid == 9900001 and hut.precision == "settlement"
    assert gc.geocode("Khutir Zelenyi, Kyiv Oblast").geonameid == 9900002  # region decides
    assert gc.geocode("Khutor Zelenyy").geonameid == 9900001  # alternate name of one of them
    assert gc.geocode("Зеленый Хутор").geonameid == 9900001  # from the alternate-names file
    tower = gc.geocode("Old Water Tower")
    assert tower.geonameid == 9900003 and tower.precision == "point"
    assert gc.geocode("Some Ridge") is None  # feature class T is not loaded
    assert gc.geocode("Place not loaded") is None
    assert len(gc.gazetteer) == 5


def test_dump_loader_reads_zip_archives(dump_files, tmp_path):
    import zipfile

    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "not data")
        zf.writestr("UA.txt", tsv(MAIN_ROWS))
    gc = Geocoder(dumps=[str(archive)], bundled=False, use_cache=False)
    assert gc.geocode("Khutir Zelenyi, Donetsk Oblast").geonameid == 9900001


def test_dump_regions_complete_and_extend_the_region_list(dump_files):
    gc = Geocoder(dumps=dump_files, bundled=False, use_cache=False)
    donetsk = gc.geocode("Donetsk Oblast")
    assert donetsk.geonameid == 9900005 and (donetsk.lat, donetsk.lon) == (48.2, 37.8)
    assert donetsk.name == "Donetsk Oblast"  # the name from regions.yaml
    assert gc.geocode("Testowe Voivodeship").precision == "region"  # a region only the dump has
    assert gc.geocode("Wioska, Testowe Voivodeship").geonameid == 9900007
    assert gc.geocode("Wioska, Testowe").geonameid == 9900007  # designator left out
    assert gc.geocode("Wioska") is None  # two small namesakes and nothing says which


def test_dump_adds_to_bundled_data(dump_files, tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    gc = Geocoder(dumps=dump_files)
    assert gc.geocode("Khutir Zelenyi, Donetsk Oblast").geonameid == 9900001
    assert gc.geocode("Kharkiv").country_code == "UA"
    assert list((tmp_path / "cache").glob("gazetteer-*.pickle"))


@pytest.mark.parametrize(
    "content, reason",
    [("", "empty"), ("a,b,c\n1,2,3\n", "not a GeoNames dump"), ("\t".join(["x"] * 19) + "\n", "no readable")],
)
def test_bad_dumps_are_clear_errors(write_file, content, reason):
    path = str(write_file("bad.txt", content))
    with pytest.raises(GeoDataError, match=reason) as err:
        Geocoder(dumps=[path], bundled=False, use_cache=False).gazetteer
    assert path in str(err.value)


def test_missing_dump_is_a_clear_error(tmp_path):
    with pytest.raises(GeoDataError, match="not found"):
        Geocoder(dumps=[str(tmp_path / "nope.txt")], bundled=False, use_cache=False).gazetteer


ALIAS_YAML = """
places:
  - name: Pidhirne Front
    aliases: [Pidgornoye Front, Pidhirne-Front]
    lat: 48.41
    lon: 37.92
    region: Donetsk Oblast
    country_code: UA
  - name: Khutir Zelenyi
    lat: 48.52
    lon: 37.52
    region: Donetsk Oblast
    country_code: UA
  - geonameid: 9900002
    aliases: [Zelenyi Kut]
"""


def test_alias_file_adds_and_overrides(dump_files, write_file):
    aliases = str(write_file("aliases.yaml", ALIAS_YAML))
    gc = Geocoder(dumps=dump_files, aliases=[aliases], bundled=False, use_cache=False)
    new = gc.resolve("Pidgornoye Front, Donetsk Oblast")
    assert new.method == "alias" and km(new.place.lat, new.place.lon, 48.41, 37.92) < 0.1
    override = gc.geocode("Khutir Zelenyi, Donetsk Oblast")  # alias outranks the dump row
    assert override.geonameid is None and km(override.lat, override.lon, 48.52, 37.52) < 0.1
    assert gc.geocode("Zelenyi Kut").geonameid == 9900002  # spelling added to a known place


def test_default_geocoder_reads_alias_files_from_the_environment(write_file, monkeypatch):
    path = write_file("env-aliases.csv", "name,lat,lon,country_code,admin1\nEnvtestivka,47.5,35.5,UA,26\n")
    monkeypatch.setenv("SITREP_GEO_ALIASES", str(path))
    with_alias = Geocoder.default()
    assert with_alias.aliases == (str(path),)
    assert with_alias.geocode("Envtestivka, Zaporizhzhia Oblast").name == "Envtestivka"
    monkeypatch.delenv("SITREP_GEO_ALIASES")
    assert Geocoder.default().aliases == () and Geocoder.default().geocode("Envtestivka") is None


def test_alias_csv(write_file):
    path = write_file("aliases.csv", "name,lat,lon,country_code,admin1,aliases\n"
                                     "Testove Pole,47.5,35.5,UA,26,Testovo Pole|Test Field\n")
    gc = Geocoder(aliases=[str(path)], bundled=False, use_cache=False)
    assert gc.geocode("Test Field, Zaporizhzhia Oblast").name == "Testove Pole"


@pytest.mark.parametrize(
    "content, reason",
    [
        ("- name: Nowhere\n", "needs lat and lon"),
        ("- name: Far\n  lat: 123\n  lon: 1\n", "out of range"),
        ("- name: X\n  lat: north\n  lon: 1\n", "not a number"),
        ("- name: X\n  lat: 1\n  lon: 1\n  region: Atlantis Oblast\n", "unknown region"),
        ("- name: X\n  lat: 1\n  lon: 1\n  precision: galaxy\n", "precision"),
        ("just a string", "list of place entries"),
        ("places: [unclosed", "not valid YAML"),
    ],
)
def test_bad_alias_entries_are_clear_errors(write_file, content, reason):
    path = str(write_file("bad.yaml", content))
    with pytest.raises(GeoDataError, match=reason) as err:
        Geocoder(aliases=[path], bundled=False, use_cache=False).gazetteer
    assert path in str(err.value)


def tiny() -> Gazetteer:
    gaz = Gazetteer()
    gaz.add(RawPlace(1, "Testivka", 48.0, 37.0, "UA", "05", 100))
    return gaz


def test_cache_is_written_atomically_and_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    built = []

    def builder():
        built.append(1)
        return tiny()

    first = cache.load_or_build(builder)
    second = cache.load_or_build(builder)
    assert len(built) == 1 and second.names == first.names == ["Testivka"]
    assert [p.name for p in tmp_path.iterdir()] == [cache.cache_path().name]  # no temp files left


def test_old_caches_are_pruned(tmp_path):
    for i in range(5):
        old = tmp_path / f"gazetteer-old{i}.pickle"
        old.write_bytes(b"x")
        os.utime(old, (1000 + i, 1000 + i))
    (tmp_path / "unrelated.txt").write_text("keep me")
    assert cache.save(tiny(), tmp_path / "gazetteer-new.pickle")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["gazetteer-new.pickle", "gazetteer-old3.pickle", "gazetteer-old4.pickle", "unrelated.txt"]


def test_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    path = cache.cache_path()
    path.write_bytes(b"\x80\x05 truncated garbage")
    assert cache.load_or_build(tiny).names == ["Testivka"]
    assert pickle.loads(path.read_bytes()).names == ["Testivka"]
    path.write_bytes(pickle.dumps({"not": "a gazetteer"}))
    assert cache.load_or_build(tiny).names == ["Testivka"]


def test_unwritable_cache_dir_still_works(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(blocker / "sub"))  # parent is a file
    assert cache.load_or_build(tiny).names == ["Testivka"]


def test_cache_key_follows_dumps(tmp_path, write_file):
    path = write_file("d.txt", tsv(MAIN_ROWS))
    k1 = cache.cache_key([str(path)])
    os.utime(path, ns=(1, 1))
    assert cache.cache_key([str(path)]) != k1 != cache.cache_key()


@pytest.mark.parametrize(
    "variants",
    [
        ["Shchastia", "Shchastya", "Щастя"],
        ["Mykolaiv", "Mykolayiv", "Mykolajiw"],
        ["Zaporizhzhia", "Zaporizhia", "Zaporizhzhya", "Zaporizja"],
        ["Blagodatnoye", "Blahodatne", "Благодатное"],
        ["Pryazovs'ke", "Priazovskoye", "Pryazovske"],
        ["Velyki Kopani", "Welyki Kopani", "Velikiye Kopani"],
        ["Malaya Rohan", "Mala Rohan"],
        ["Odessa", "Odesa", "Одеса"],
        ["Tsjernihiv", "Chernihiv", "Чернігів"],
    ],
)
def test_romanisation_variants_share_a_key(variants):
    assert len({key(v) for v in variants}) == 1, {v: key(v) for v in variants}


def test_different_names_keep_different_keys():
    assert key("Kharkiv") != key("Kherson")
    assert key("Novopetrivka") != key("Novopavlivka")
    assert key("!!!") == "" and key("北京") == ""
