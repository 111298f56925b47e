"""Counts split over places ("two in Toretsk and one in Siversk"), a list item with an "and
other ..." tail, events at a part of a place referred to ("the town's market", "the city
centre"), fire as a weapon, holding most of a town, and a river named like a town. Sentences
are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def claims(text, title=None):
    doc = Document(id="s", published="2022-07-04", text=text, title=title)
    return {(c.category, c.value, c.place.name if c.place else None) for c in extract_claims(doc)}


def test_a_count_split_over_places_gives_one_claim_per_place():
    got = claims("Shelling killed three civilians in Kherson, one in Nikopol and two in Marhanets.")
    assert {("killed", 3.0, "Kherson"), ("killed", 1.0, "Nikopol"), ("killed", 2.0, "Marhanets")} <= got
    got = claims("Two people were wounded in Bakhmut and one in Siversk, the governor said.")
    assert {("wounded", 2.0, "Bakhmut"), ("wounded", 1.0, "Siversk")} <= got


def test_a_figure_with_a_clause_of_its_own_is_not_a_split_count():
    got = claims("Three soldiers were killed in Izium, and 40 in Kharkiv were left without power.")
    assert not any(v == 40.0 for c, v, p in got)


def test_an_and_other_tail_does_not_break_a_list():
    got = claims("The ministry said its forces had destroyed 300 tanks and other armoured vehicles, "
                 "65 rocket launchers and 120 artillery pieces.")
    assert {v for c, v, p in got if c == "materiel_lost"} == {300.0, 65.0, 120.0}


def test_a_part_of_the_place_referred_to_places_the_event():
    got = claims("Nova Kakhovka lies on the Dnipro. Rockets hit the town's market this morning, wounding eight people.")
    assert ("attack", None, "Nova Kakhovka") in got and ("wounded", 8.0, "Nova Kakhovka") in got
    got = claims("Mykolaiv was quiet by day. Russian shells hit the city centre overnight.")
    assert ("attack", None, "Mykolayiv") in got


def test_a_bare_the_city_places_no_event():
    got = claims("Mariupol held out for weeks. Historians will study how the army chose to assault the city.")
    assert not any(c == "attack" for c, v, p in got)


def test_fire_is_a_weapon_for_hit():
    assert ("attack", None, "Lysychansk") in claims("Russian fire hit a crowd of people queuing for water in Lysychansk.")
    assert not any(c == "attack" for c, v, p in claims("The news hit the markets in London on Friday."))


def test_holding_most_of_a_town_is_territory():
    assert ("territory", None, "Siverskodonetsk") in claims("Russian troops now hold most of Sievierodonetsk, the governor said.")


def test_a_river_named_like_a_town_is_no_place():
    got = claims("Ukrainian forces shelled positions on the Dnipro overnight.")
    assert not any(p == "Dnipro" for c, v, p in got)
