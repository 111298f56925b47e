"""Places next to speakers and in headings: a region named in a speaker's title ("the Sumy
regional governor") is the region, not its capital, and never the place of a figure in the
next sentence; "the city" after such a title is the region's namesake city; a headline that
names only a country gives the country for "in the country"; weapon names are no places.
All sentences are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def claims(text, title=None):
    return extract_claims(Document(id="p", published="2022-06-02", text=text, title=title))


def places(text, title=None):
    return {(c.category, c.value, c.place.name if c.place else None) for c in claims(text, title)}


def test_regional_title_names_the_region():
    got = places("Sumy regional governor Dmytro Zhyvytskyi said three people were killed overnight.")
    assert got == {("killed", 3.0, "Sumy Oblast")}


def test_speaker_home_is_not_the_next_sentence_place():
    got = places("SLOVIANSK, Ukraine - A rocket hit a market in Sloviansk on Tuesday, killing four, "
                 "the Donetsk regional governor said.\n\nNine more people were wounded, he said.")
    assert ("wounded", 9.0, "Slovyansk") in got


def test_the_city_after_a_regional_title_is_the_namesake_city():
    got = places("The Kharkiv regional governor says 6 people were hurt when shells hit the city centre.")
    assert ("wounded", 6.0, "Kharkiv") in got


def test_headline_country_for_in_the_country():
    got = places("OVERVIEW\n\nMonitors counted 410 civilians killed in the country during the month.",
                 title="Yemen: monthly humanitarian update")
    assert got == {("killed", 410.0, "Yemen")}


def test_weapon_name_is_not_a_place():
    got = places("Air defences downed two jets over the Kherson region and a Bayraktar drone, the army said.")
    assert ("materiel_lost", 2.0, "Kherson Oblast") in got
    assert all(p in ("Kherson Oblast", None) for _, _, p in got)


def test_a_running_total_with_no_place_is_the_countrys():
    got = places("Fighting continued in Ukraine on Monday.\n\nSince March, the army has lost 400 soldiers "
                 "in total, officials said.")
    assert ("killed", 400.0, "Ukraine") in got


def test_a_capital_that_speaks_is_no_place():
    got = places("Since the start of what Moscow calls its special operation, Russian forces have "
                 "destroyed 300 tanks, the ministry said.", title="War in Ukraine: day 100")
    assert got == {("materiel_lost", 300.0, "Ukraine")}


def test_a_name_in_the_story_country_beats_a_namesake_abroad():
    got = places("SANAA, Jan 22 - An air strike on a prison in Saada killed at least 60 people, "
                 "medics said.")
    assert ("killed", 60.0, "Sa'dah") in got
