"""Recall and precision of units: list items, partitives, ranges, linked loss figures,
combat nouns, reported events, abductions, captivity, and the off-topic guard. All sentences
are written for these tests."""
import pytest

from sitrep.extract import extract_claims
from sitrep.extract.text.sentences import split_sentences
from sitrep.extract.topic import topic_score
from sitrep.records import Document
from fakes import TableGeocoder

TOWNS = {
    "Kharkiv": (49.98, 36.25), "Sumy": (50.91, 34.80), "Poltava": (49.59, 34.55),
    "Odesa": (46.48, 30.72), "Lviv": (49.84, 24.02), "Kyiv": (50.45, 30.52),
    "Izium": (49.21, 37.26), "Lyman": (48.99, 37.80), "Avdiivka": (48.14, 37.74),
    "Kupiansk": (49.71, 37.61), "Bakhmut": (48.59, 38.00),
}


def FakeGeocoder():
    return TableGeocoder(TOWNS)


def claims(text):
    return extract_claims(Document(id="u", published="2024-03-02", text=text), geocoder=FakeGeocoder())


def units(text):
    return {(c.category, c.value, c.place.name if c.place else None) for c in claims(text)}


def values(text, category):
    return sorted(c.value for c in claims(text) if c.category == category)


# -- quantities ------------------------------------------------------------------------------
def test_list_items_after_trigger_words_and_linking_phrases():
    text = ("A monitoring site counts 800 enemy tanks destroyed, damaged or abandoned, along with "
            "1,100 armoured vehicles and 60 helicopters.")
    got = {(c.value, c.item) for c in claims(text) if c.category == "materiel_lost"}
    assert got == {(800, "tank"), (1100, "armoured_vehicle"), (60, "helicopter")}


def test_a_singular_item_in_a_list():
    got = {(c.value, c.item) for c in claims("Gunners shot down 9 drones and one cruise missile near Odesa.")
           if c.category == "materiel_lost"}
    assert got == {(9, "drone"), (1, "missile")}


def test_a_range_with_the_trigger_inside_the_phrase():
    c = [c for c in claims("The clinic takes in between 15 and 25 injured soldiers each night.")
         if c.category == "wounded"]
    assert [(x.value, x.value_high, x.qualifier) for x in c] == [(15, 25, "range")]


def test_partitive_with_a_possessive():
    assert values("Four of the battalion's fighters were killed near Bakhmut.", "killed") == [4]


def test_pronoun_partitive_counts_the_earlier_noun():
    got = [c for c in claims("The enemy fired 50 rockets at Kharkiv, and 41 of them were intercepted.")
           if c.category == "materiel_lost"]
    assert [(c.value, c.item) for c in got] == [(41, "missile")]


def test_pronoun_partitive_is_not_a_list_item():
    assert values("Police detained 60 protesters, 20 of them were freed by evening.", "captured") == [60]


def test_a_loss_noun_linked_to_a_later_figure():
    got = [c for c in claims("The army's losses over the winter included 95 tanks.") if c.category == "materiel_lost"]
    assert [(c.value, c.item) for c in got] == [(95, "tank")]
    assert values("Those killed in the raid included six children.", "killed") == [6]


def test_second_verb_with_its_own_object_does_not_reach_back():
    assert values("Gunmen seized 25 farmers and killed 3 of them.", "killed") == [3]


def test_a_figure_reported_by_a_counted_speaker_is_not_the_speaker():
    assert values("One medic said 7 people were killed in Sumy.", "killed") == [7]


def test_missing_captivity_and_planned_moves():
    assert ("missing", 300, None) in units("The navy said the whereabouts of 300 sailors are unknown.")
    assert values("Officials say 2,500 Ukrainians are still being held by Russia.", "captured") == [2500]
    assert values("Around 4,000 residents, among them 600 children, would be moved out of the area, "
                  "the governor said.", "displaced")[-1] == 4000  # 600 is a subset of it


def test_a_singular_victim_with_an_age_or_a_compound_modifier():
    assert ("killed", 1, "Sumy") in units("A 71-year-old man was killed in Sumy, the governor said.")
    assert ("killed", 1, "Poltava") in units("An elderly woman was killed in Poltava overnight.")


# -- events ----------------------------------------------------------------------------------
def test_combat_nouns_need_the_place_after_a_preposition():
    assert ("attack", None, "Bakhmut") in units("Heavy fighting continued in Bakhmut on Friday.")
    got = units("Rebels launched an offensive in the spring and captured Lyman.")
    assert ("attack", None, "Lyman") not in got and ("territory", None, "Lyman") in got
    assert not [u for u in units("Thousands fled Izium and Lyman after fighting resumed.") if u[0] == "attack"]


def test_an_advance_is_not_an_attack():
    got = units("Ukrainian units retook Kupiansk and Izium in a swift counter-offensive.")
    assert ("territory", None, "Kupiansk") in got and ("territory", None, "Izium") in got
    assert not [u for u in got if u[0] == "attack"]


def test_passive_report_of_strikes_at_several_places():
    got = units("Strikes were also reported in Lviv, Odesa and Poltava.")
    assert {("attack", None, "Lviv"), ("attack", None, "Odesa"), ("attack", None, "Poltava")} <= got


def test_entering_a_described_settlement():
    assert ("territory", None, "Lyman") in units("Russian troops entered the small town of Lyman on Monday.")


def test_people_held_by_a_side_are_no_territory():
    got = units("Families of soldiers held by Russia gathered in Kyiv, chanting and waving flags.")
    assert ("territory", None, "Kyiv") not in got and ("protest", None, "Kyiv") in got
    assert ("territory", None, "Lyman") in units("The town of Lyman is now held by Ukrainian forces.")
    assert not units("Two aid workers, who had been held by gunmen near Sumy, were freed.") & {("territory", None, "Sumy")}


def test_a_place_that_declines_to_comment_is_no_target():
    assert not [u for u in units("Kyiv did not comment on the Kharkiv strike.") if u[0] == "attack"]


def test_abductions_by_taking_away():
    assert ("abducted", None, "Izium") in units("In Izium, soldiers detained a teacher and took him away.")


# -- off-topic guard ------------------------------------------------------------------------
OFF_TOPIC = [
    # sport: a crowd "storms" the court, people hurt at a game
    "The visitors' defense captured 11 steals in the fourth quarter in Lviv.\n"
    "Their coach said three people were injured when fans stormed the court in Lviv after the game.\n"
    "The team extended its season to a playoff game in front of a home crowd.",
    # business: an offensive in a market, workers moved to a plant
    "The carmaker launched an aggressive offensive in the market in Kyiv, and shares rose 4%.\n"
    "Investors cheered quarterly earnings as revenue beat analysts' guidance, and 300 workers were moved to a new plant.\n"
    "Sales of its models rose while the stock index fell.",
    # weather and scouts: people moved out of a camp before a storm
    "Forecasters said the storm would bring winds and flooding to the coast.\n"
    "More than 2,000 people were moved out of the jamboree campsite near Odesa overnight.\n"
    "Scout leaders moved campers to a school gym until the floods passed.",
    # health: deaths from a disease, counted as an outbreak's toll
    "Health officials in Poltava confirmed a plague outbreak on Monday.\n"
    "The disease caused 14 deaths in the region last year, and 40 infections were diagnosed.\n"
    "A vaccine is not available, but the bacteria respond to antibiotics and the epidemic is contained.",
]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_off_topic_stories_give_no_claims(text):
    assert claims(text) == [], text


def test_war_story_with_market_words_is_kept():
    text = ("Russian missiles struck Kharkiv overnight, killing 4 civilians, the governor said.\n"
            "Markets in Kyiv stayed open, and shares of the largest bank fell 2%.\n"
            "The army said air defences shot down 20 drones.")
    assert ("killed", 4, "Kharkiv") in units(text)
    score = topic_score(s.tokens for s in split_sentences(text))
    assert not score.off_topic and score.conflict >= 3


def test_borrowed_war_words_do_not_count_as_conflict():
    text = "A price war and a trade war hit the think tank's forecasts."
    assert topic_score(s.tokens for s in split_sentences(text)).conflict == 0


def test_a_word_shared_by_two_frames_counts_for_both():
    # "game", "players" are sport and gaming words: a game review must still add up as gaming
    from sitrep.extract.topic import topic_score
    from sitrep.extract.text.tokens import tokenize

    text = ("The new shooter from a small studio drops players into a ruined city. Reviewers praised the "
            "graphics. In the campaign your squad has killed 340 enemy soldiers, and the game's quests send "
            "you through villages where 2,000 refugees have fled. The multiplayer mode adds ten maps.")
    score = topic_score([tokenize(text)])
    assert score.frame == "gaming" and score.off_topic
