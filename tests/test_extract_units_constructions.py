"""General constructions of counts and events, each varied (other verbs, word order, actors):
lists after a colon or into the next sentence, munitions shot down, counts as words inside
clauses, totals, subsets, event verbs beyond strike words, protests, abductions, and what is
no attacked place (a front, a destination) or no conflict story (games, films, sport).
All sentences are written for these tests."""
import pytest

from sitrep.extract import extract_claims
from sitrep.records import Document
from fakes import TableGeocoder

TOWNS = {
    "Kharkiv": (49.98, 36.25), "Sumy": (50.91, 34.80), "Poltava": (49.59, 34.55),
    "Odesa": (46.48, 30.72), "Lviv": (49.84, 24.02), "Kyiv": (50.45, 30.52),
    "Izium": (49.21, 37.26), "Lyman": (48.99, 37.80), "Avdiivka": (48.14, 37.74),
    "Kupiansk": (49.71, 37.61), "Bakhmut": (48.59, 38.00), "Dnipro": (48.45, 34.98),
}


def FakeGeocoder():
    return TableGeocoder(TOWNS)


def claims(text):
    return extract_claims(Document(id="k", published="2024-05-06", text=text), geocoder=FakeGeocoder())


def units(text):
    return {(c.category, c.value, c.place.name if c.place else None) for c in claims(text)}


def items(text):
    return sorted((c.value, c.item) for c in claims(text) if c.category == "materiel_lost")


def values(text, category):
    return sorted(c.value for c in claims(text) if c.category == category)


# -- lists ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Enemy losses include: 14 tanks, 9 armoured vehicles and 3 helicopters.",
    "The brigade's losses: 14 tanks, 9 armoured vehicles and 3 helicopters.",
    "According to the staff, losses over the week included: 14 tanks, 9 armoured vehicles and 3 helicopters.",
])
def test_a_list_after_a_colon(text):
    assert items(text) == [(3, "helicopter"), (9, "armoured_vehicle"), (14, "tank")]


@pytest.mark.parametrize("second", [
    "It also listed 11 artillery systems and 4 drones.",
    "In addition, 11 artillery systems and 4 drones.",
    "The report also counted 11 artillery systems and 4 drones.",
])
def test_a_list_goes_on_in_the_next_sentence(second):
    got = items("The army said it destroyed 20 tanks near Izium. " + second)
    assert got == [(4, "drone"), (11, "artillery"), (20, "tank")]


def test_a_new_sentence_without_a_continuation_word_does_not_inherit():
    got = items("The army said it destroyed 20 tanks near Izium. The depot held 11 artillery systems.")
    assert got == [(20, "tank")]


@pytest.mark.parametrize("text, expected", [
    ("Air defences intercepted 31 drones and 5 cruise missiles over Kharkiv.",
     [(5, "missile"), (31, "drone")]),
    ("Gunners shot down 12 drones, two rockets and a guided bomb near Odesa.",
     [(1, "missile"), (2, "missile"), (12, "drone")]),
    ("The air force said it downed 7 glide bombs over Sumy.", [(7, "missile")]),
])
def test_munitions_shot_down(text, expected):
    assert items(text) == expected


def test_people_and_materiel_joined_by_one_verb():
    got = units('A spokesman said its fighters had captured 17 soldiers and "dozens" of army vehicles near Sumy.')
    assert {("captured", 17, "Sumy"), ("materiel_lost", 12, "Sumy")} <= got


# -- counts as words inside clauses ---------------------------------------------------------
@pytest.mark.parametrize("text, category, value", [
    ("One attacker was killed in the shootout in Sumy.", "killed", 1),
    ("Police said three more died in hospital in Kharkiv.", "killed", 3),
    ("Two further were wounded when the second shell landed.", "wounded", 2),
    ("A shell hit a bus stop in Kharkiv, killing a woman.", "killed", 1),
    ("The drone struck a car near Sumy, wounding a man.", "wounded", 1),
    ("Another 12 were hurt in Poltava, the mayor said.", "wounded", 12),
    ("Gunmen killed 40 members of a local militia near Bakhmut.", "killed", 40),
    ("Eight peacekeepers were killed near Bakhmut.", "killed", 8),
    ("About 280 people had been buried in mass graves in Izium.", "killed", 280),
])
def test_counts_in_clauses(text, category, value):
    assert value in values(text, category), text


def test_a_count_before_a_dash_appositive_reaches_its_verb():
    text = "Near Bakhmut, 13 peacekeepers - six from one country and seven from another - were killed."
    assert 13 in values(text, "killed")


def test_a_pronoun_victim_counts_one():
    got = units("The ministry first said a soldier was killed in Sumy, then said he was missing.")
    assert ("missing", 1, "Sumy") in got


def test_a_total_with_a_date_inside_and_the_source_after():
    text = "The number of dead since the siege began on March 3 had passed 2,000, the mayor said."
    assert values(text, "killed") == [2000]
    assert values("The death toll in Odesa has passed 40, officials said on Monday.", "killed") == [40]


def test_a_subset_is_not_another_category():
    got = claims("Twelve people were killed in Sumy, five of them children.")
    assert {c.category for c in got} == {"killed"} and 12 in {c.value for c in got}


@pytest.mark.parametrize("text", [
    "More than 10 million people have been forced from their homes.",
    "The war has driven more than 10 million people from their homes.",
    "The fighting forced more than 10 million people out of their homes.",
])
def test_people_forced_from_their_homes(text):
    assert values(text, "displaced") == [10_000_000]


@pytest.mark.parametrize("text", [
    "A second evacuation train left for Lviv with about 400 people on board.",
    "Buses carrying 400 residents were evacuated from Sumy on Monday.",
])
def test_people_carried_in_an_evacuation(text):
    assert values(text, "displaced") == [400]


def test_people_on_a_vehicle_without_a_displacement_are_no_claim():
    assert not [c for c in claims("A convoy with 30 soldiers drove to Sumy.") if c.category == "displaced"]


# -- event verbs ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, unit", [
    ("A drone dropped an explosive on a car in Kupiansk.", ("attack", None, "Kupiansk")),
    ("The village of Lyman came under fire overnight.", ("attack", None, "Lyman")),
    ("A school in Izium was hit on Tuesday.", ("attack", None, "Izium")),
    ("Two warehouses had been struck in Dnipro, residents said.", ("attack", None, "Dnipro")),
    ("Falling drone parts set fire to a shop in Sumy.", ("attack", None, "Sumy")),
    ("Russian troops raised their flag over Avdiivka's main square.", ("territory", None, "Avdiivka")),
    ("Ukrainian units reached the outskirts of Kupiansk.", ("territory", None, "Kupiansk")),
    ("The rebels took the town of Lyman after a week.", ("territory", None, "Lyman")),
    ("The militia tightened its grip on Izium.", ("territory", None, "Izium")),
    ("The army controlled about 400 square kilometres of the land around Sumy.", ("territory", None, "Sumy")),
])
def test_event_verbs(text, unit):
    assert unit in units(text), text


def test_people_hit_are_no_attacked_place():
    got = units("Three people were hit by stray bullets and taken to hospital in Lviv.")
    assert not [u for u in got if u[0] == "attack"]


# -- protests and abductions ----------------------------------------------------------------
@pytest.mark.parametrize("text, town", [
    ("Hundreds of people rallied in Lviv against the draft law.", "Lviv"),
    ("Thousands marched through Kyiv on Sunday.", "Kyiv"),
    ("Residents took to the streets in Lviv.", "Lviv"),
    ("Hundreds of people demonstrated in Odesa on Saturday.", "Odesa"),
    ("Families of the missing were demonstrating outside the town hall in Dnipro.", "Dnipro"),
])
def test_protests(text, town):
    assert ("protest", None, town) in units(text), text


def test_a_result_that_demonstrates_something_is_no_protest():
    assert not units("The strike on the base demonstrated the range of the new missile.")


@pytest.mark.parametrize("text", [
    "Soldiers seized five men in Izium and took them to an unknown location.",
    "Masked gunmen detained two farmers in Izium and drove them to an undisclosed location.",
])
def test_abductions_to_an_unknown_place(text):
    got = units(text)
    assert ("abducted", None, "Izium") in got and ("territory", None, "Izium") not in got


def test_detention_by_troops_is_capture():
    assert values("Russian troops detained 15 men in Kupiansk.", "captured") == [15]


# -- what is no attacked place ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Fighting raged on the Bakhmut front.",
    "Russia attacked along the Kupiansk axis overnight.",
    "Assaults continued in the Lyman direction.",
])
def test_fronts_and_axes_are_not_places_hit(text):
    assert not [u for u in units(text) if u[0] in ("attack", "territory")], text


@pytest.mark.parametrize("text", [
    "Families fled towards Kharkiv as shelling intensified.",
    "Thousands fled to Lviv while the bombardment went on.",
])
def test_a_destination_is_not_a_target(text):
    assert not [u for u in units(text) if u[0] == "attack"], text


def test_a_place_taken_in_the_passive_is_still_territory():
    assert ("territory", None, "Lyman") in units("Lyman was taken by the rebels after a week.")


# -- off-topic stories ----------------------------------------------------------------------
OFF_TOPIC = [
    # a video-game review
    "The sequel's campaign sends the player through ruined streets where drones attack in waves.\n"
    "Reviewers praised the gameplay, the graphics and the multiplayer modes on every console.\n"
    "The studio said a patch will fix the frame rate, and the developer promised new quests.\n"
    "In one boss fight, the player must destroy 12 tanks before the timer runs out.",
    # a film review
    "The film follows a medic through the siege of a city, and its director shot most scenes at night.\n"
    "Critics called the actress superb; audiences at the film festival stood for the final scene.\n"
    "The movie, starring two unknown actors, opened at cinemas with strong box office figures.\n"
    "In the plot, 40 soldiers are killed in an ambush before the hero escapes.",
    # sport
    "The team stormed back in the second half and the players celebrated with the fans.\n"
    "Their coach said the club had shot down every attack the visitors launched.\n"
    "The striker scored twice and the goalkeeper saved a penalty as the league leaders won the match.",
]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_off_topic_stories_give_no_claims(text):
    assert claims(text) == [], text


@pytest.mark.parametrize("text, category, value", [
    ("The total number of civilians killed in Sumy since the war began on May 7 had passed 3,000.",
     "killed", 3000),
    ("The number of soldiers wounded in the assault on Lyman rose to 300.", "wounded", 300),
])
def test_number_of_people_with_a_trigger_reaches_the_figure(text, category, value):
    assert values(text, category) == [value]


def test_number_of_things_is_no_count_of_people():
    assert not claims("The number of homes damaged in Sumy rose to 300.")


@pytest.mark.parametrize("text", [
    "Their ambulance was struck on the road from Bakhmut, she added.",
    "Artillery fired on Kharkiv from positions near Sumy.",
])
def test_a_place_of_origin_is_not_a_target(text):
    assert ("attack", None, "Bakhmut") not in units(text) and ("attack", None, "Sumy") not in units(text)
