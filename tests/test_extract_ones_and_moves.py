"""A single piece of materiel after a loss verb, prisoners taken, arrests, and people who
left their homes or were taken to safety. All sentences are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def got(text):
    doc = Document(id="o", published="2022-08-01", text=text)
    return sorted((c.category, c.value, c.item) for c in extract_claims(doc))


def test_shot_down_a_jet_is_one_aircraft():
    assert got("Air defences shot down a Russian Su-34 jet near Kharkiv.") == [("materiel_lost", 1.0, "aircraft")]


def test_a_single_item_beside_a_counted_one():
    assert got("Gunners destroyed a tank and 4 howitzers.") == [
        ("materiel_lost", 1.0, "tank"), ("materiel_lost", 4.0, "artillery")]


def test_destroyed_a_bridge_is_no_materiel():
    assert got("The retreating unit destroyed a bridge over the river.") == []


def test_taken_prisoner_with_the_noun_between():
    assert got("Marines said they took 12 enemy soldiers prisoner.") == [("captured", 12.0, None)]


def test_arrested_fighters_are_captured():
    assert got("Security forces said 9 gunmen had been arrested after the raid.") == [("captured", 9.0, None)]


def test_abandoned_homes_and_taken_to_safety():
    assert got("About 700 villagers abandoned their homes. Another 45 people were taken to safety.") == [
        ("displaced", 45.0, None), ("displaced", 700.0, None)]


def test_crossing_a_river_is_no_displacement():
    assert got("Two soldiers crossed the river at night.") == []


def test_war_deaths_through_hunger_and_disease_still_count():
    assert got("The war has killed some 200,000 people through fighting, hunger and disease.") == [
        ("killed", 200000.0, None)]


def test_a_soldier_in_a_car_crash_is_no_war_death():
    assert got("A soldier died in a car crash near Lviv on Sunday.") == []


def test_a_single_victim_with_a_long_age_and_also_is_one():
    assert ("wounded", 1.0, None) in got("A 73-year-old woman was also injured in that attack, officials said.")


def test_prisoners_returned_or_exchanged_are_captured():
    assert ("captured", 307.0, None) in got("Another 307 Ukrainian prisoners had returned home, officials said.")
    assert ("captured", 390.0, None) in got("Russia and Ukraine exchanged 390 prisoners each on Friday.")
    assert ("captured", 84.0, None) in got("The two sides swapped 84 prisoners of war in a prisoner exchange.")


def test_inmates_of_a_jail_and_the_two_sides_of_a_swap_are_not_captured():
    assert not got("Gunmen freed around 60 prisoners from the local jail, an official said.")
    assert not any(c == "captured" and v == 2.0 for c, v, _ in got(
        "The two sides last swapped prisoners in February, when 100 were returned on each side."))


def test_one_of_its_jets_lost_and_a_jet_lost_are_one_aircraft():
    assert ("materiel_lost", 1.0, "aircraft") in got(
        "The air force said one of its Su-25 attack jets was lost near Avdiivka on Tuesday.")
    assert ("materiel_lost", 1.0, "tank") in got("The brigade lost a tank near Bakhmut on Friday.")
    assert got("He lost a son in the war, his neighbours said.") == []


def test_destroying_one_of_a_partys_jets_is_one_aircraft():
    assert ("materiel_lost", 1.0, "aircraft") in got(
        "Kyiv said it had destroyed one of Russia's newest and most advanced fighter jets at an airfield.")
    assert ("materiel_lost", 1.0, "tank") in got("Gunners destroyed one of the tanks near Bakhmut.")


def test_a_loss_verb_coordinated_with_another_still_counts():
    assert ("materiel_lost", 3.0, "ship") in got("Naval drones sank or severely damaged three warships in the Black Sea.")


def people(text):
    return [(c, v) for c, v, _ in got(text) if c in ("killed", "wounded")]


def test_one_person_named_by_role_with_the_or_a_possessive_is_one():
    assert people("A drone hit a van near Vovchansk, killing the driver, the governor said.") == [("killed", 1.0)]
    assert people("The headmaster was shot dead by gunmen in Kagoro on Friday.") == [("killed", 1.0)]
    assert people("A shell hit a cart in Bentiu, killing its rider and wounding a bystander.") == [
        ("killed", 1.0), ("wounded", 1.0)]
    assert people("A 15-year-old was shot dead during a raid in Tubas.") == [("killed", 1.0)]


def test_a_definite_person_in_a_list_or_with_an_ordinal_is_no_count_of_one():
    assert people("Shelling hit a bus in Hola Prystan, killing the driver and a passenger.") == []
    assert people("She was the third teacher killed in the district this year.") == []


def test_euphemisms_for_soldiers_killed_count_the_dead():
    assert people("Four soldiers paid the ultimate price in the ambush near Gajiram, the army said.") == [
        ("killed", 4.0)]
    assert people("The military said 12 soldiers embraced shahadat in the clashes at Zhob.") == [("killed", 12.0)]


def test_the_item_a_story_told_of_shot_down_is_one():
    found = got("Militants fired a rocket at Sderot; the rocket was intercepted, the army said.")
    assert [x for x in found if x[0] == "materiel_lost"] == [("materiel_lost", 1.0, "missile")]


def test_each_count_of_a_list_after_one_verb_is_counted():
    found = got("The ministry said air defences had destroyed six drones over Belgorod and 41 drones over "
                "the Bryansk region overnight.")
    assert ("materiel_lost", 6.0, "drone") in found and ("materiel_lost", 41.0, "drone") in found
    assert ("killed", 4.0, None) in got("The strike killed a mother and her four children in Rafah.")


def test_the_whole_a_part_was_destroyed_of_is_no_loss():
    found = got("The air force said it had destroyed 31 of 40 missiles launched overnight.")
    assert ("materiel_lost", 31.0, "missile") in found and not any(v == 40.0 for _, v, _ in found)
