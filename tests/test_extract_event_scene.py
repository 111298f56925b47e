"""An attack trigger with no place of its own takes the scene's place: one fronted before
the sentence's first comma, or the place of the main clause that a "when" clause hangs on.
All sentences are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def attacks(text):
    doc = Document(id="s", published="2022-05-02", text=text)
    return sorted(c.place.name for c in extract_claims(doc) if c.category == "attack" and c.place)


def test_fronted_place_is_the_scene():
    assert attacks("In Kupiansk, an elderly man died when a shell hit his garage, police said.") == ["Kupyansk"]


def test_when_clause_takes_the_main_clause_place():
    assert attacks("Six people were wounded in Chuhuiv when rockets landed near a bakery.") == ["Chuhuyiv"]


def test_fronted_place_with_a_settlement_cue():
    got = attacks("In the village of Tsyrkuny, a drone hit a tractor, the governor said.")
    assert got == ["Tsyrkuny"]


def test_a_located_trigger_needs_its_own_place():
    # "fighting" only counts with a place after it: a fronted town does not lend it one
    assert attacks("In Bucha, the mayor said 40 civilians had died during the occupation and fighting.") == []


def test_a_when_clause_far_from_the_place_is_no_scene():
    got = attacks("Three soldiers were buried in Lviv on Monday, a week after the day when "
                  "their unit was hit.")
    assert got == []


def protests(text):
    doc = Document(id="s", published="2022-05-02", text=text)
    return sorted(c.place.name for c in extract_claims(doc) if c.category == "protest" and c.place)


def test_fronted_place_of_a_demonstration():
    assert protests("In Kherson, hundreds of residents demonstrated on Sunday against the occupation.") == ["Kherson"]


def test_a_crowd_gathering_to_demand_something_is_a_protest():
    assert protests("In Enerhodar, some 500 people gathered by the town hall to demand the mayor's "
                    "release.") == ["Enerhodar"]


def test_a_crowd_gathering_for_aid_is_no_protest():
    assert protests("In Kherson, hundreds of people gathered by the town hall to receive bread.") == []
