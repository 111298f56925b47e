"""Lists of materiel counts whose items are reached only through the list itself: a list
opened by a colon after its verb, an aside ("including ...") between items, a participle with
its own phrase inside an item, an item counted by an article, a list that continues into the
next sentence, a compound adjective ("Iranian-made") inside the counted phrase, and places
joined before a front-line word. All sentences are written for these tests."""
import pytest

from test_extract_units_constructions import claims, items, units, values
from sitrep.extract import extract_claims
from sitrep.records import Document


def test_colon_after_adverb_opens_the_list():
    got = items("The brigade reported what it had destroyed there: 7 tanks, 12 armoured vehicles and 3 howitzers.")
    assert got == [(3, "artillery"), (7, "tank"), (12, "armoured_vehicle")]


def test_colon_list_after_a_longer_clause():
    got = items("Kyiv said 40 soldiers died. It also named the gear it said was destroyed here: "
                "5 helicopters and 9 trucks.")
    assert got == [(5, "helicopter"), (9, "vehicle")]


def test_including_aside_between_items():
    got = items("Officials said troops destroyed 8 tanks, including three American-built Abrams, "
                "21 combat vehicles and 6 mortars.")
    # the aside is a part of the tanks (a unit of its own); the list goes on after it
    assert got == [(3, "tank"), (6, "artillery"), (8, "tank"), (21, "armoured_vehicle")]


def test_participle_phrase_inside_an_item():
    got = items("Air defences shot down 14 missiles launched from bombers, 9 rockets fired by "
                "launchers and 40 drones overnight.")
    assert got == [(9, "missile"), (14, "missile"), (40, "drone")]


def test_first_item_counted_by_an_article():
    # the list goes on after the article item, which is itself a loss of one
    got = items("The army said its gunners destroyed a howitzer, five trucks and 13 drones.")
    assert got == [(1, "artillery"), (5, "vehicle"), (13, "drone")]


def test_article_item_does_not_bridge_other_words():
    # the trigger is too far from the figure once the article phrase is not a list item
    got = items("The army destroyed a bridge near the river where 5 trucks stood.")
    assert (5, "vehicle") not in got


def test_list_continues_into_next_sentence():
    got = items("The ministry said Russia had lost 300 tanks. The list goes on with 40 aircraft and 12 ships.")
    assert got == [(12, "ship"), (40, "aircraft"), (300, "tank")]


def test_continuation_needs_a_previous_list():
    assert items("The list continues with 40 aircraft and 12 ships.") == []


def test_compound_adjective_inside_the_counted_phrase():
    assert items("Gunners shot down six Iranian-made attack drones.") == [(6, "drone")]
    assert items("Crews destroyed two locally-made armoured vehicles.") == [(2, "armoured_vehicle")]


def test_places_joined_before_a_front_word_are_not_targets():
    got = units("Shelling went on along the Lyman and Kupiansk fronts, while a rocket hit Kharkiv.")
    assert ("attack", None, "Kharkiv") in got
    assert not any(p in ("Lyman", "Kupiansk") for c, _, p in got if c == "attack")


def test_places_in_a_comma_list_before_axes_are_not_targets():
    got = units("Fighting raged along the Izium, Lyman and Bakhmut axes, the report said.")
    assert not any(c == "attack" for c, _, _ in got)


def test_a_comma_list_of_hit_towns_is_still_attacked():
    got = {p for c, _, p in units("Russian shelling hit Lyman, Izium and Kupiansk on Monday.") if c == "attack"}
    assert got == {"Lyman", "Izium", "Kupiansk"}
    assert all(c.category != "materiel_lost" for c in claims("Russian shelling hit Lyman on Monday."))


def test_figure_opening_an_aside_shares_the_count_it_belongs_to():
    assert values("Monitors counted 500 civilian deaths, among them 40 children, and 900 civilians injured.",
                  "killed") == [40, 500]
    assert values("The agency reported 300 people killed, including 25 children, and 700 wounded.",
                  "wounded") == [700]


def test_participle_after_the_next_figure_is_that_figures():
    assert values("Monitors counted 500 civilian deaths and 900 civilians injured.", "killed") == [500]
    assert values("Monitors counted 500 civilian deaths and 900 civilians injured.", "wounded") == [900]


def test_finite_verb_after_two_figures_is_shared():
    assert values("Five soldiers and two civilians were killed in the strike.", "killed") == [2, 5]
    assert values("Five soldiers and two civilians have been wounded.", "wounded") == [2, 5]


def test_list_item_with_its_own_category_noun():
    assert values("The agency reported 300 people killed and 700 wounded.", "wounded") == [700]
    assert values("The agency reported 300 people killed and 700 wounded.", "killed") == [300]


def test_toll_number_far_after_the_number_of_phrase():
    got = units("The number of people killed in Monday's strike on a shopping centre in Kharkiv "
                "has risen to 16, the governor said.")
    assert ("killed", 16, "Kharkiv") in got


def _values(text):
    from sitrep.extract import extract_claims
    from sitrep.records import Document
    doc = Document(id="p", published="2025-07-20", text=text)
    return {(c.category, c.value) for c in extract_claims(doc)}


@pytest.mark.parametrize("text, part", [
    # an aside naming part of the toll, after the place of the whole
    ("At least 90 people were killed in clashes around Sweida, among them 41 fighters and 49 civilians.",
     {("killed", 41.0), ("killed", 49.0)}),
    # bare parts by place
    ("Air defences downed 70 drones overnight, including 28 over the Kursk region.", {("materiel_lost", 28.0)}),
    ("The army said it shot down 30 drones, 12 of them over the Red Sea.", {("materiel_lost", 12.0)}),
    # a part named by what it is
    ("Gunmen killed 14 villagers near Djibo, six of them children.", {("killed", 6.0)}),
])
def test_parts_of_a_figure_share_its_category(text, part):
    assert part <= _values(text)


def test_a_part_with_its_own_predicate_is_not_counted_with_the_whole():
    got = _values("Shelling wounded 40 people in Kadugli, 12 of whom remained in hospital on Sunday.")
    assert ("wounded", 12.0) not in got and ("wounded", 40.0) in got


def test_a_figure_among_the_wounded_is_wounded():
    assert ("wounded", 9.0) in _values("Two people died in Sumy and 9 were among the wounded, the governor said.")


@pytest.mark.parametrize("text, unit", [
    ("Rescuers searched the rubble for 14 people reported missing in Dnipro.", ("missing", 14.0)),
    ("At least 30 gold miners feared dead after the raid near Kidal.", ("killed", 30.0)),
])
def test_a_figure_reported_in_a_state_takes_that_state(text, unit):
    assert unit in _values(text)


@pytest.mark.parametrize("text, unit", [
    ("Investigators documented the summary executions of at least seven men in Uvira.", ("killed", 7.0)),
    ("The massacre of 40 villagers near Kidal drew condemnation.", ("killed", 40.0)),
])
def test_executions_and_massacres_count_the_dead(text, unit):
    assert unit in _values(text)


def test_a_vague_part_is_no_count_of_its_own():
    got = _values("Medics treated 14 wounded people in Idlib, several of them in serious condition.")
    assert ("wounded", 14.0) in got and not any(v == 3.0 for c, v in got)


def test_a_count_split_over_places_named_with_words_around_them():
    doc = Document(id="l", published="2025-05-25", text=(
        "Three more deaths were reported in the Kyiv region, and one in the southern city of Mykolaiv."))
    got = {(c.category, c.value, c.place.name if c.place else None) for c in extract_claims(doc)}
    assert ("killed", 1.0, "Mykolayiv") in got
    assert all(c.subject for c in extract_claims(doc))


def test_a_part_of_a_toll_is_counted_like_the_toll():
    doc = Document(id="t", published="2025-11-04", text="The death toll rose to 31, among them nine children, the ministry said.")
    got = {(c.category, c.value) for c in extract_claims(doc)}
    assert {("killed", 31.0), ("killed", 9.0)} <= got
