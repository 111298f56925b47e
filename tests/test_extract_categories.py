"""Every category of the spec, one claim per list item and per place, and what is no claim.
Fixtures are written for these tests; a small fake geocoder keeps them independent of data."""
import pytest

from sitrep.extract import extract_claims
from sitrep.records import Document, Place

TOWNS = {
    "Avdiivka": (48.14, 37.74), "Izium": (49.21, 37.26), "Sumy": (50.91, 34.80),
    "Poltava": (49.59, 34.55), "Kherson": (46.64, 32.61), "Mykolaiv": (46.97, 31.99),
    "Odesa": (46.48, 30.72), "Lviv": (49.84, 24.02), "Kyiv": (50.45, 30.52),
    "Kharkiv": (49.98, 36.25), "Berdiansk": (46.76, 36.79), "Lyman": (48.99, 37.80),
}


class FakeGeocoder:
    def geocode(self, name, context=None):
        if name in TOWNS:
            lat, lon = TOWNS[name]
            return Place(name, lat, lon, "UA", abs(hash(name)) % 10**6, "settlement")
        if name in ("Ukraine", "Russia"):
            return Place(name, None, None, name[:2].upper(), 1, "country")
        return None


def claims(text, published="2023-05-10"):
    return extract_claims(Document(id="t", published=published, text=text), geocoder=FakeGeocoder())


def units(text, **kw):
    return {(c.category, c.value, c.place.name if c.place else None) for c in claims(text, **kw)}


def one(text, category):
    got = [c for c in claims(text) if c.category == category]
    assert len(got) == 1, (text, got)
    return got[0]


def test_killed_and_wounded():
    got = units("Shelling in Kharkiv killed at least six civilians and wounded 18 others.")
    assert ("killed", 6, "Kharkiv") in got and ("wounded", 18, "Kharkiv") in got
    c = one("Shelling in Kharkiv killed at least six civilians.", "killed")
    assert c.qualifier == "at_least" and c.victim_side == "civilian" and c.subject == "civilians"


def test_people_named_by_their_wounds_keep_that_category():
    got = units("Medics counted 27 wounded in Kharkiv, who were carried to field hospitals.")
    assert ("wounded", 27, "Kharkiv") in got and not any(c == "displaced" for c, v, p in got)
    # "of them" points back: the died of their wounds are killed, not wounded
    got = units("Shelling in Kharkiv wounded 30 people. Six of them later died of their wounds.")
    assert ("killed", 6, "Kharkiv") in got or ("killed", 6, None) in got


def test_death_toll_is_cumulative():
    c = one("The death toll in Avdiivka has risen to 41.", "killed")
    assert (c.value, c.scope) == (41, "cumulative")
    c = one("Two hundred Russian soldiers have been killed so far near Izium.", "killed")
    assert c.scope == "cumulative" and c.victim_side == "russia"


def test_captured_missing_displaced_affected():
    assert ("captured", 40, None) in units("Forty Russian soldiers surrendered to a Ukrainian brigade.")
    assert ("missing", 12, "Odesa") in units("Twelve sailors are missing after the ship sank off Odesa.")
    assert ("displaced", 3_000_000, None) in units("About 3 million refugees have crossed into Poland.")
    c = one("Around 400 people are sheltering in the basement of a theatre in Mykolaiv.", "affected")
    assert c.value == 400 and c.qualifier == "approx" and c.place.name == "Mykolaiv"


def test_materiel_list_gives_one_claim_per_item():
    got = [c for c in claims("The brigade reported the loss of 40 tanks, 7 helicopters and 112 armoured vehicles.")
           if c.category == "materiel_lost"]
    assert sorted((c.value, c.item) for c in got) == [(7, "helicopter"), (40, "tank"), (112, "armoured_vehicle")]


def test_materiel_items_and_sides():
    c = one("Air defences shot down 14 Russian drones over Kyiv overnight.", "materiel_lost")
    assert (c.value, c.item, c.victim_side) == (14, "drone", "russia")
    c = one("Ukraine said it had destroyed 9 battalion tactical groups.", "materiel_lost")
    assert c.item == "unit"


def test_attack_at_several_places_gives_one_claim_per_place():
    got = units("Missiles struck Lviv and Odesa early on Monday.")
    assert {("attack", None, "Lviv"), ("attack", None, "Odesa")} <= got


def test_territory_abducted_protest():
    assert ("territory", None, "Lyman") in units("Ukrainian troops recaptured Lyman after a week of fighting.")
    assert ("territory", None, "Kherson") in units("Russian forces have withdrawn from Kherson.")
    assert ("abducted", None, "Berdiansk") in units("The mayor of Berdiansk was abducted by soldiers.")
    assert ("protest", None, "Kherson") in units("Hundreds of residents protested in Kherson against the occupation.")


def test_territory_verbs_on_people_are_not_territory():
    got = units("Ukrainian forces captured 30 Russian soldiers in Kharkiv on Tuesday.")
    assert ("territory", None, "Kharkiv") not in got
    assert ("captured", 30, "Kharkiv") in got


def test_events_need_a_place_below_country_level():
    assert not [c for c in claims("Russia has attacked Ukraine.") if c.category == "attack"]


@pytest.mark.parametrize("text", [
    "Poltava, a city of 300,000 people, lies 140 km from the front.",
    "The government pledged $500 million and 40 tanks for next year.",
    "Shares in the steelmaker fell 8% on Tuesday as the company cut 2,000 jobs.",
    "The 62-year-old commander has served for 35 years.",
    "Why were 300 soldiers killed in a single week?",
    "Three people died in a car crash on the motorway near Poltava.",
    "Officials may face a new attack on Kyiv if talks fail.",
    "The home side won 3-1 in front of 40,000 fans in Lviv.",
])
def test_non_claims(text):
    assert claims(text) == [], text


def test_negated_count_is_no_claim():
    got = claims("No civilians were killed in the strike on Sumy, the governor said.")
    # no deaths asserted (at most their denial, with no figure), and the strike itself stands
    assert [(c.value, c.modality) for c in got if c.category == "killed"] in ([], [(None, "denied")])
    assert [(c.place.name, c.modality) for c in got if c.category == "attack"] == [("Sumy", "claimed")]


def test_off_topic_document_gives_no_claims():
    text = ("Stocks rose on Tuesday as investors weighed earnings from 40 companies.\n"
            "The benchmark index gained 1.2% while bond yields hit 3%.\n"
            "Analysts expect the central bank to raise rates by 25 basis points in June.")
    assert claims(text) == []


def test_a_single_named_or_singular_victim_counts_one():
    assert ("killed", 1, None) in units("Soldiers killed a civilian on the road, witnesses said.")
    assert ("killed", 1, "Sumy") in units("Mykhailo was killed by shelling in Sumy on Sunday.")


def test_vague_value_keeps_its_word():
    c = one("Dozens of civilians were killed in Izium, officials said.", "killed")
    assert (c.value, c.vague, c.qualifier) == (12, "Dozens", "approx")


def test_subject_and_actor_of_an_attack():
    c = one("Russian forces shelled a hospital in Kharkiv overnight.", "attack")
    assert (c.subject, c.actor, c.place.name) == ("a hospital", "Russian forces", "Kharkiv")
    c = one("Three soldiers were captured by Ukrainian forces near Izium.", "captured")
    assert c.actor == "Ukrainian forces" and c.subject == "soldiers"


def test_bringing_the_total_to_a_figure_counts_what_the_sentence_counted():
    got = claims("Nine more people were killed in Kherson, bringing the total since June 2023 to 1,412.")
    by_value = {c.value: c for c in got if c.category == "killed"}
    assert by_value[1412].scope == "cumulative"
    assert by_value[9].scope == "event"  # the day's addition, not the total
    assert by_value[9].date == "2023-05-10"  # "since June 2023" is the total's period, not the day's


def test_more_ways_of_naming_the_dead_the_missing_and_the_taken():
    assert ("killed", 12, None) in units("Twelve soldiers fell in combat on Tuesday.")
    assert ("missing", 1, None) in units("One seafarer was unaccounted for after the strike.")
    assert any(c == "abducted" and v == 5 for c, v, p in units("Gunmen abducted five village elders on Friday."))
    assert any(c == "abducted" and v == 9 for c, v, p in units("Rights groups said nine men had been forcibly disappeared."))
    assert any(c == "killed" and v == 40 for c, v, p in units("The army said it had 'eliminated' 40 extremists."))


def test_people_taken_are_counted_in_headline_form_too():
    assert ("abducted", 2, "Kharkiv") in units("Two aid workers abducted in Kharkiv.")
    assert any(c == "abducted" and v == 17 for c, v, p in units("Gunmen kidnapped 17 passengers near Lviv on Sunday."))


def test_a_count_inside_who_speaks_is_no_claim():
    got = claims('"We rebuilt the shops, but not the families," said one trader who lost two brothers.')
    assert not [c for c in got if c.value == 1 and c.category == "killed"]  # "one trader" speaks; he was not killed
