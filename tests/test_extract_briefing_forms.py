"""Briefing forms: "a total of N", "put losses at N", "X put ... and said ...", running
totals "since the start of the operation" placed in the country, and "near A and B" read
as one pair of reference points. All sentences are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def claims(text, title=None):
    return extract_claims(Document(id="b", published="2022-07-01", text=text, title=title))


def test_a_total_of_is_an_exact_count():
    got = claims("Russian forces have destroyed a total of 212 aircraft, the ministry said.")
    assert [(c.category, c.value, c.item, c.qualifier, c.claimant) for c in got] == \
        [("materiel_lost", 212.0, "aircraft", "exact", "ministry")]


def test_losses_put_at_a_figure():
    got = claims("The Ukrainian army put enemy air losses at 88 aircraft and 70 helicopters, and said "
                 "40 drones had been shot down.")
    assert sorted((c.value, c.item, c.claimant) for c in got) == [
        (40.0, "drone", "Ukrainian army"), (70.0, "helicopter", "Ukrainian army"),
        (88.0, "aircraft", "Ukrainian army")]


def test_at_needs_the_loss_noun_right_before_it():
    got = claims("Three civilians were killed at 2 checkpoints near Izium.")
    assert [(c.category, c.value) for c in got] == [("killed", 3.0)]


def test_running_total_since_the_start_of_the_operation_is_national():
    got = claims("KYIV, Ukraine - Heavy fighting went on around Popasna.\n\nSince the start of the special "
                 "military operation, Russian forces have destroyed 900 tanks, Moscow said.")
    tanks = [c for c in got if c.item == "tank"]
    assert tanks and tanks[0].place is not None and tanks[0].place.name == "Ukraine"


def test_near_a_and_b_gives_the_first_reference_point():
    got = claims("Strikes destroyed 5 tanks and 3 howitzers near Kupiansk and Balakliia, the ministry said.")
    assert {c.place.name for c in got if c.category == "materiel_lost"} == {"Kupyansk"}
