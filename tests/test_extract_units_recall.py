"""Constructions that used to be missed: the lines of a daily loss summary ("tanks - 80
(+3);"), ground held or won back by an armed force ("troops control X", "took back X",
"positions around X", "pushing toward X"), a place as the subject of a passive hit ("X was
also hit"), arrests by soldiers as abductions, and people who stayed in a town under fire.
Each new trigger needs an armed force or weapon around it, so the look-alikes at the end stay
empty. All sentences are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def claims(text):
    return extract_claims(Document(id="r", published="2024-05-06", text=text))


def found(text):
    return {(c.category, c.value, c.place.name if c.place else None) for c in claims(text)}


def losses(text):
    return sorted((c.category, c.value, c.item) for c in claims(text))


# -- loss summary lines --------------------------------------------------------------------

def test_summary_lines_under_a_loss_line():
    got = losses("The army published its estimate of enemy losses on Monday.\n\n"
                 "Personnel - roughly 1,500 (+20) soldiers were liquidated;\n"
                 "tanks - 80 (+3);\narmoured combat vehicles - 214 (+9);\naircraft: 12.")
    assert got == [("killed", 20.0, None), ("killed", 1500.0, None), ("materiel_lost", 3.0, "tank"),
                   ("materiel_lost", 9.0, "armoured_vehicle"), ("materiel_lost", 12.0, "aircraft"),
                   ("materiel_lost", 80.0, "tank"), ("materiel_lost", 214.0, "armoured_vehicle")]


def test_summary_lines_take_the_heading_speaker_and_the_country():
    got = claims("KYIV, Ukraine - The Ukrainian army has published its estimate of Russian losses.\n\n"
                 "Personnel - roughly 1,500 (+20) soldiers were liquidated;\n"
                 "tanks - 80 (+3);\nartillery systems - 41.\n\n"
                 "The heaviest fighting was near Izium, the army said.")
    lines = [c for c in claims_with_items(got)]
    assert sorted(c.value for c in lines) == [3.0, 20.0, 41.0, 80.0, 1500.0]  # the days' changes too
    for c in lines:
        assert (c.claimant, c.claimant_side) == ("Ukrainian army", "ukraine")
        assert c.place is not None and c.place.name == "Ukraine"
    tank = next(c for c in got if c.item == "tank" and c.value == 80.0)
    assert tank.evidence.text == "tanks - 80 (+3);"  # one line of the list, not the whole list


def claims_with_items(got):
    return [c for c in got if c.category in ("killed", "materiel_lost")]


def test_summary_lines_continue_into_the_next_sentence():
    got = losses("Kyiv said 310 Russian soldiers were killed over the day. helicopters - 7 (+1);"
                 " drones - 95.")
    assert ("materiel_lost", 7.0, "helicopter") in got and ("materiel_lost", 95.0, "drone") in got


def test_summary_lines_without_a_loss_above_are_not_losses():
    assert losses("The club's record this season so far:\nwins - 12;\nplayers - 40;\ntanks - 3.") == []


def test_a_dash_inside_a_sentence_is_not_a_summary_line():
    got = losses("Russian soldiers were killed near the river - 40 were buried later; tanks - 3 "
                 "were parked nearby.")
    assert ("materiel_lost", 3.0, "tank") not in got


# -- ground held, won back, pushed toward ----------------------------------------------------

def test_troops_control_two_towns():
    got = {(c, p) for c, _, p in found("Russian troops now control Kherson and Mariupol, Kyiv admitted.")}
    assert {("territory", "Kherson"), ("territory", "Mariupol")} <= got


def test_forces_took_back_a_town():
    assert ("territory", None, "Kherson") in found("Ukrainian forces took back Kherson on Friday.")


def test_positions_around_and_pushing_toward():
    assert ("territory", None, "Kharkiv") in found("Russian troops still hold positions around Kharkiv.")
    assert ("territory", None, "Bakhmut") in found("Enemy units were pushing toward Bakhmut from the east.")


def test_control_without_an_armed_force_is_no_territory():
    assert found("The city council wants to control Kyiv rents, the mayor said.") == set()
    assert found("The team took back Kyiv's trophy on Sunday.") == set()


# -- passive hit with the place as subject ----------------------------------------------------

def test_place_was_also_hit():
    got = found("Russian artillery pounded Kramatorsk overnight. Bakhmut was also hit, the mayor said.")
    assert ("attack", None, "Bakhmut") in got and ("attack", None, "Kramatorsk") in got


# -- arrests by soldiers ---------------------------------------------------------------------

def test_seized_by_soldiers_is_an_abduction():
    assert any(c == "abducted" and p == "Bucha" for c, _, p in
               found("The mayor of Bucha was seized by Russian soldiers on Monday, officials said."))


def test_detained_by_troops_and_not_seen_since():
    assert any(c == "abducted" and p == "Kherson" for c, _, p in
               found("A teacher in Kherson was detained by Russian troops and has not been seen since."))


def test_police_arrest_is_no_abduction():
    assert found("A local journalist was detained by police in Lviv for speeding.") == set()


# -- people who stayed -----------------------------------------------------------------------

def test_people_remained_in_a_shelled_town():
    got = found("Despite the shelling, about 20,000 people remained in Lysychansk, the governor said.")
    assert ("affected", 20000.0, "Lysychansk") in got


def test_remained_in_hospital_after_an_outbreak_is_nothing():
    assert found("About 40 people remained in the hospital in Lviv after the flu outbreak.") == set()
