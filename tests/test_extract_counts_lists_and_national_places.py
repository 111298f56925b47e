"""A count whose verb follows a "from ..." phrase ("2,439 fighters
from the Azov regiment and other units had surrendered"), a colon list after "Losses so
far:", a list item after "had been shot down, along with", "pieces of military equipment",
a country named as where in the figure's own clause beating a town in a later clause,
news agencies as no places, a town's airport as the town, and "fled abroad" as national.
Sentences are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def got(text, title=None):
    doc = Document(id="r", published="2022-10-11", text=text, title=title)
    return {(c.category, c.value, c.place.name if c.place else None) for c in extract_claims(doc)}


def values(text, category):
    return sorted(v for c, v, p in got(text) if c == category)


def test_a_verb_after_a_from_phrase_reaches_its_count():
    assert values("A total of 1,900 fighters from the marine brigade and other units had surrendered, the ministry said.",
                  "captured") == [1900.0]


def test_list_forms():
    assert values("Losses so far: 2,400 tanks, 260 aircraft and 1,500 drones, the General Staff said.",
                  "materiel_lost") == [260.0, 1500.0, 2400.0]
    assert values("Russia launched 90 missiles, and the air force said 70 of them had been shot down, "
                  "along with 12 Shahed drones.", "materiel_lost") == [12.0, 70.0]
    assert values("Ukrainian forces destroyed over 150 pieces of military equipment in the area.",
                  "materiel_lost") == [150.0]


def test_a_country_in_the_figure_s_clause_beats_a_town_in_a_later_one():
    text = ("The UN says it has recorded 5,000 civilians killed in Ukraine since February, and stresses "
            "that the real figure is higher because little is known about Mariupol.")
    assert ("killed", 5000.0, "Ukraine") in got(text)


def test_agencies_are_no_places_and_an_airport_is_its_town():
    g = got("/TASS/. Russian forces destroyed two launchers near Kostiantynivka, the ministry said.")
    assert not any(p and p.upper() == "TASS" for c, v, p in g)
    assert ("killed", 1.0, "Kaduna") in got("Gunmen raided Kaduna airport on Saturday, killing a security guard.")


def test_fleeing_abroad_is_a_national_figure():
    text = "Shelling hit Kharkiv again. More than 4 million people have fled abroad, the UN refugee agency says."
    assert ("displaced", 4000000.0, "Ukraine") in got(text, title="War in Ukraine: day 40")


def test_territory_changes_hands_in_more_words():
    g = got("Villages in the area, among them Shevchenkove and Savyntsi, had been freed, the army said.")
    assert {("territory", None, "Shevchenkove"), ("territory", None, "Savyntsi")} <= g
    assert ("territory", None, "Lyman") in got("Russia said it had pulled its troops out of the eastern town of Lyman.")
    assert ("territory", None, "Chernihiv") in got("Russian troops closed in around Chernihiv at the start of the month.")
    assert ("territory", None, "Balakliya") in got("Soldiers raised the national flag over the town hall in Balakliia.")
    # people freed are no ground changing hands
    assert not any(c == "territory" for c, v, p in got("The hostages were freed in Gaza on Sunday."))


def test_more_ways_people_leave():
    assert values("More than 20,000 have managed to drive out in private cars since March 15.", "displaced") == [20000.0]
    assert values("Roughly 1,500 residents had been taken out over the weekend.", "displaced") == [1500.0]


def test_a_person_taken_away_by_soldiers_is_abducted():
    g = got("The mayor of Hola Prystan, Oleksandr Babych, was taken away by Russian soldiers from his office.")
    assert ("abducted", None, "Hola Prystan") in g and not any(c == "territory" for c, v, p in g)


def test_counts_that_lean_on_the_sentence_before_or_an_aside():
    text = "Officials said 2,000 fighters had surrendered. Forty of them, she said, were badly wounded."
    assert values(text, "wounded") == [40.0]
    text = "Between 900 and 1,100 people, mostly women, children and the elderly, were sheltering in the theatre."
    assert values(text, "affected") == [900.0]


def test_a_toll_reaches_back_over_a_date_with_an_abbreviated_month():
    text = "The ministry said the number of its servicemen killed since the fighting erupted on Sept. 27 had risen to 480."
    assert values(text, "killed") == [480.0]


def test_one_item_lost_in_the_passive():
    assert values("A Russian Su-34 fighter-bomber was shot down near Chernihiv.", "materiel_lost") == [1.0]
    assert values("A school near the tank factory was destroyed.", "materiel_lost") == []


def test_more_displacement_and_missing_wordings():
    assert values("Polish officials said 400,000 Ukrainians had entered the country.", "displaced") == [400000.0]
    assert values("About 40,000 Ukrainians had already left the country, the UN said.", "displaced") == [40000.0]
    assert values("The railway said it had not yet been able to account for 120 passengers.", "missing") == [120.0]
