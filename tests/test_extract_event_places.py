"""Where an event happened when the sentence names several places: a region set as the scene
at the head of the sentence gives way to the town it names, "the outskirts of X" is X, and
air defence destroying drones "over the Bryansk region" attacks no place there (the drones
are materiel lost). Sentences are written for these tests."""
import pytest

from sitrep.extract import extract_claims
from sitrep.records import Document


def got(text):
    doc = Document(id="e", published="2023-06-02", text=text)
    return {(c.category, c.value, c.place.name if c.place else None) for c in extract_claims(doc)}


def test_a_fronted_region_gives_way_to_the_town_it_names():
    g = got("In the Kharkiv region, a man was killed by Russian shelling in the village of Dvorichna, the governor said.")
    assert {p for c, v, p in g if c == "attack"} == {"Dvorichna"}
    g = got("Elsewhere in the Donetsk region, a guided bomb struck an apartment block in Kurakhove, killing three people.")
    assert {p for c, v, p in g if c == "attack"} == {"Kurakhove"}
    # with no town named, the region is the scene
    g = got("In the Sumy region, Russian mortar fire hit border communities 83 times on Saturday.")
    assert ("attack", None, "Sumy Oblast") in g


def test_the_outskirts_of_a_town_are_the_town():
    g = got("In the neighbouring Belgorod region, the governor reported that the outskirts of Shebekino "
            "were hit by mortar fire yesterday evening.")
    assert {p for c, v, p in g if c == "attack"} == {"Shebekino"}


def test_air_defence_over_a_region_is_no_attack_on_it():
    g = got("The ministry said air defence systems had destroyed four Ukrainian drones over the Bryansk region overnight.")
    assert ("materiel_lost", 4.0, "Bryansk Oblast") in g and not any(c == "attack" for c, v, p in g)
    # an attack in another clause of the sentence is still one
    g = got("A missile hit a school in Kharkiv after air defences shot down two others.")
    assert ("attack", None, "Kharkiv") in g
    assert not any(c == "attack" for c, v, p in got("Air defences shot down an attack jet near Izium."))


def test_a_forces_abbreviation_in_brackets_is_no_town():
    g = got("The Malian Armed Forces (FAMa) said on Tuesday that 11 soldiers were killed in an attack near Mopti.")
    assert {p for c, v, p in g} == {"Mopti"}


def test_a_camp_the_gazetteer_lacks_is_still_the_place_of_the_attack():
    g = got("The army said 11 soldiers were killed in the attack on the Dioura camp on Monday.")
    assert ("killed", 11.0, "Dioura") in g


def test_people_seized_near_a_town_do_not_take_the_town():
    g = got("Two Emirati nationals and a Chinese engineer were seized near Kayes in late September.")
    assert not any(c == "territory" for c, v, p in g)
    g = got("Rebels seized the town of Kayes on Monday, and the army said it had pulled its troops out of Nioro.")
    assert {p for c, v, p in g if c == "territory"} >= {"Kayes"}


def test_attacks_a_protest_is_held_against_are_not_attacks_on_the_protests_town():
    g = got("Thousands marched in Hebron on Sunday to protest against the settler attacks of the past month.")
    assert ("protest", None, "Hebron") in g and not any(c == "attack" for c, v, p in g)


def test_a_towns_military_airfield_is_struck_at_the_town():
    g = got("Russia's Defence Ministry said its forces had struck the Starokostiantyniv military airfield overnight.")
    assert ("attack", None, "Starokostyantyniv") in g


@pytest.mark.parametrize("text, town", [
    ("A suicide bomber killed four people at a crowded market in Konduga on Friday.", "Konduga"),
    ("An explosive device went off next to an army vehicle in Rafah, the military said.", "Rafah"),
    ("Russian units inflicted fire damage on enemy formations near the settlement of Rodynske.", "Rodynske"),
])
def test_more_wordings_of_an_attack(text, town):
    assert any(c == "attack" and p and p.startswith(town[:4]) for c, v, p in got(text))  # "Rafaḩ" as the gazetteer writes it


def test_a_designation_with_a_number_is_one_item_and_no_town():
    g = got("The Houthis said they shot down a Hermes 900 drone over Hajjah governorate.")
    assert ("materiel_lost", 1.0, "Hajjah") in g


def test_a_models_designation_is_no_town():
    g = got("The spokesman said the first operation targeted Ramon Airport near Eilat with a Samad-4 drone.")
    assert not any(p and p.startswith("Şam") for c, v, p in g) and any(p == "Eilat" for c, v, p in g)


def test_a_partys_positions_are_no_place_of_their_own():
    g = got("The Sudanese army said its aircraft had pounded RSF positions around El Obeid on Sunday.")
    assert not any(p == "RSF" for c, v, p in g)


def _events(text):
    return {(c, p) for c, _, p in got(text) if c in ("attack", "territory")}


def test_a_capital_standing_for_its_government_is_no_event_place():
    got = _events("The Kyiv regime shelled Horlivka overnight, the city's mayor said.")
    assert ("attack", "Horlivka") in got and not any(p == "Kyiv" for _, p in got)
    got = _events("A drone of the Kinshasa government bombed a market in Kitshanga on Tuesday.")
    assert not any(p == "Kinshasa" for _, p in got)


def test_a_market_named_after_its_village_in_a_district_is_at_the_village():
    got = _events("A drone bombed the Kitshanga market in Masisi territory on Tuesday, residents said.")
    assert ("attack", "Kitshanga") in got and ("attack", "Masisi territory") not in got


def test_a_market_named_like_a_town_abroad_is_no_town_abroad():
    places = {p for _, _, p in got(
        "EL FASHER, Sudan - Shelling hit the Naivasha market in El Fasher, killing 21 people, a Sudanese doctor said.")}
    assert "El Fasher" in places and "Naivasha" not in places


def test_north_of_the_capital_is_a_reference_and_the_count_is_at_the_town():
    places = {(c, p) for c, _, p in got(
        "Gang members attacked several neighbourhoods of Arcahaie, north of the capital, on Saturday, killing eight "
        "people, Haiti's national police said.")}
    assert ("killed", "Arcahaie") in places



@pytest.mark.parametrize("text, capital", [
    ("A bomb killed six soldiers near Beni as Kinshasa tries to end its war with the rebels.", "Kinshasa"),
    ("Beirut urged Washington to press Israel after strikes killed four people in Nabatieh.", "Washington"),
])
def test_a_capital_standing_for_its_government_is_no_scene(text, capital):
    from sitrep.extract import extract_claims
    from sitrep.records import Document

    got = extract_claims(Document(id="g", published="2025-05-01", text=text))
    assert got and not any(c.place is not None and c.place.name == capital for c in got)


def test_an_attack_on_a_named_village_the_gazetteer_lacks_is_at_that_village():
    g = got("Gunmen killed nine people during an attack on Pont-Sondé late on Friday, police said.")
    assert ("attack", None, "Pont-Sondé") in g and ("killed", 9.0, "Pont-Sondé") in g


def test_an_attack_on_a_feast_day_is_no_place():
    g = got("Russia launched one of its largest drone attacks on New Year's Eve, officials in Kyiv said.")
    assert not any(p and "Year" in p for c, v, p in g)


def test_a_district_of_a_city_is_that_city():
    g = got("Two drones hit the Slobidskyi district of Kharkiv on Monday, injuring six people.")
    assert {p for c, v, p in g if c == "attack"} == {"Kharkiv"}


def test_a_count_of_soldiers_and_auxiliaries_keeps_its_victims():
    doc = Document(id="e", published="2023-06-02",
                   text="The group said its fighters killed 25 soldiers and VDP auxiliaries near Arbinda.")
    (c,) = [c for c in extract_claims(doc) if c.category == "killed"]
    assert c.subject == "soldiers and VDP" and c.victim_side == "other"


def test_a_raid_that_only_detains_is_no_attack():
    g = got("Israeli forces raided the Balata camp before dawn and detained 14 people.")
    assert ("captured", 14.0, "Balata camp") in g or any(c == "captured" and v == 14.0 for c, v, p in g)
    assert not any(c == "attack" for c, v, p in g)
    g = got("Israeli forces raided Nablus, killing one man and detaining nine.")
    assert any(c == "attack" for c, v, p in g)  # a raid that kills is an attack


def test_the_attack_told_next_places_the_figures_of_a_country_part():
    g = got("On Monday, nine soldiers were killed in an attack in northern Burkina Faso, the army said. "
            "The attack targeted an army post in Djibo.")
    assert ("killed", 9.0, "Djibo") in g
    # not a town the next sentence names for something else
    g = got("On Monday, nine soldiers were killed in an attack in northern Burkina Faso, the army said. "
            "Aid convoys later reached Djibo.")
    assert ("killed", 9.0, "Djibo") not in g
