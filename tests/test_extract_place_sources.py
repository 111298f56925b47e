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


def test_a_town_in_the_headlines_region_places_what_follows_it():
    text = ("Jets bombed the market in Kyaukphyu late on Monday, killing 12 people, a rescue team said.\n\n"
            "Volunteers had recovered nine bodies by the next morning, the team added.")
    got = places(text, title="Air raid on Rakhine market kills 12")
    assert ("killed", 9.0, "Kyaukpyu") in got


def test_a_force_named_like_a_place_is_no_place_of_its_own():
    got = places("The separatists said they had stormed a Frontier Corps camp in Panjgur and killed nine soldiers.")
    assert {p for _, _, p in got} == {"Panjgur"}
    got = places("Militia spokesmen said drones had struck SDF positions near Manbij overnight.")
    assert ("territory", None, "Manbij") not in got  # positions struck are a target, not ground held
    assert all(p != "SDF" for _, _, p in got)


def test_a_region_named_in_several_countries_is_the_storys_and_locates_its_town():
    text = ("YAOUNDE - Cameroonian soldiers killed nine separatist fighters in a raid near Ndop in the North-West "
            "region on Monday, the army said.")
    got = claims(text)
    assert {(c.category, c.place.name, c.place.country_code) for c in got} == {
        ("killed", "Ndop", "CM"), ("attack", "Ndop", "CM")}
    assert {c.actor for c in got} == {"Cameroonian soldiers"}  # the dateline is no part of who acted


def test_a_place_name_with_a_given_name_in_it_is_still_a_place_after_in():
    got = claims("Eleven people were killed in clashes in Sidi Hussein, the emergency service said.")
    assert {(c.category, c.place.name) for c in got} >= {("killed", "Sidi Hussein")}
    got = claims("Salim said 11 people were killed in clashes near Misrata.")
    assert all(c.place is not None and c.place.name != "Salim" for c in got)


def test_an_unlisted_place_in_a_story_about_one_town_takes_the_towns_point():
    text = "Nine people were wounded in clashes in Bab Tajoura on Monday, the health ministry said."
    placed = claims(text, title="Calm returns to Tripoli after a day of clashes")
    assert [(c.place.name, c.place.country_code) for c in placed if c.category == "wounded"] == [("Bab Tajoura", "LY")]
    filed = claims("TRIPOLI, Libya - " + text)  # a story about one town, filed from there
    assert [c.place.country_code for c in filed if c.category == "wounded"] == ["LY"]
    about = claims("TRIPOLI, Libya - " + text, title="Bab Tajoura clashes leave nine wounded")
    assert [c.place.country_code for c in about if c.category == "wounded"] == [None]  # filed elsewhere, maybe


def test_a_dam_or_terminal_named_after_a_town_is_at_that_town():
    got = places("Drones struck the Sennar Dam power station on Tuesday, the army said.")
    assert ("attack", None, "Sennar") in got
