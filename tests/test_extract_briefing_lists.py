"""Briefing-style lists and counts: a list whose verb comes after its last item, items with
"and other ..." or "and mortars" tails, "52 of 54 drones" (the claim is 52), ages ("a woman of
57"), "another wounded", people "taken out of" a town or "moved" from it, territory wordings
("back under Ukrainian control", "gaining ground around X", "the ruby-mining town of X") and a
region in a town's appositive. Sentences are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def got(text):
    doc = Document(id="b", published="2023-11-22", text=text)
    return {(c.category, c.value, c.item, c.place.name if c.place else None) for c in extract_claims(doc)}


def test_a_list_whose_verb_follows_its_last_item():
    g = got("Up to 30 soldiers were killed, and four armoured vehicles, two pickup trucks and a "
            "howitzer were destroyed over the past day.")
    assert {("materiel_lost", 4.0, "armoured_vehicle", None), ("materiel_lost", 2.0, "vehicle", None)} <= g
    # a second verb with its own object does not reach back
    g = got("Gunmen seized 25 farmers and killed 3 of them.")
    assert not any(v == 25.0 and c == "killed" for c, v, i, p in g)


def test_list_items_with_tails():
    g = got("The following were destroyed: 400 anti-aircraft missile systems, 7,000 field artillery "
            "guns and mortars and 15,000 special military vehicles.")
    assert {v for c, v, i, p in g if c == "materiel_lost"} == {400.0, 7000.0, 15000.0}


def test_the_whole_of_a_part_is_no_claim():
    g = got("Air force: 40 of 46 drones were destroyed overnight.")
    assert {v for c, v, i, p in g} == {40.0}


def test_ages_and_another():
    g = got("In the village of Bilozerka, a woman of 63 died when a shell exploded in her yard.")
    assert ("killed", 1.0, None, "Bilozerka") in g and not any(v == 63.0 for c, v, i, p in g)
    g = got("One man was killed and another wounded in a strike on Kupiansk on Monday.")
    assert {("killed", 1.0), ("wounded", 1.0)} <= {(c, v) for c, v, i, p in g}


def test_people_taken_out_of_or_moved_from_a_place():
    g = got("More than 900 people had been taken out of the flooded town of Nova Kakhovka.")
    assert ("displaced", 900.0, None, "Nova Kakhovka") in g
    g = got("The occupation authorities moved about 50,000 people from the right bank of the Kherson region.")
    assert ("displaced", 50000.0) in {(c, v) for c, v, i, p in g}


def test_territory_wordings():
    assert ("territory", None, None, "Vuhledar") in got("Russian units were gaining ground around Vuhledar.")
    assert ("territory", None, None, "Mogok") in got("Rebels took control of the ruby-mining town of Mogok last month.")
    g = got("Snihurivka, a town in neighbouring Mykolaiv province, was back under Ukrainian control on Friday.")
    assert {p for c, v, i, p in g if c == "territory"} == {"Snihurivka"}  # the province only locates it


def test_a_loss_list_with_dashes_under_a_dated_opener():
    g = got("Total losses of the enemy from 24.02.2022 to 01.06.2025 are approximately:\n\n"
            "tanks — 10,870 (+4)\nair defence means — 1,180\nships / boats — 28\n"
            "strange widgets — 40\nsubmarines — 1")
    assert {v for c, v, i, p in g if c == "materiel_lost"} == {10870.0, 4.0, 1180.0, 28.0, 1.0}  # 4: the day's change


def test_a_list_after_destroyed_were():
    g = got("Over the past day the rebels lost 60 fighters near Kadugli. Destroyed were: a tank "
            "supplied from abroad, six armoured vehicles and 11 pickup trucks.")
    assert {("materiel_lost", 6.0), ("materiel_lost", 11.0)} <= {(c, v) for c, v, i, p in g}


def test_where_a_weapon_was_made_is_not_a_place():
    g = got("Troops destroyed four drones made in Iran near Port Sudan.")
    assert {p for c, v, i, p in g if c == "materiel_lost"} == {"Port Sudan"}


def test_a_force_that_lost_men_is_not_the_actor():
    doc = Document(id="b", published="2023-11-22", text="The Myanmar army lost 45 soldiers near Lashio.")
    assert [c.actor for c in extract_claims(doc) if c.category == "killed"] == [None]
