"""Event wordings: storming and beating back attacks near a town, people held in prisons,
people taken by an armed force, residents of a town marching, and a town's residents as the
subject of an abduction. Sentences are written for these tests."""
import pytest

from sitrep.extract import extract_claims
from sitrep.records import Document


def got(text):
    doc = Document(id="w", published="2023-02-10", text=text)
    return {(c.category, c.value, c.place.name if c.place else None) for c in extract_claims(doc)}


def test_storming_and_repelled_attacks_are_attacks_at_the_town():
    assert ("attack", None, "Vuhledar") in got("Russian forces trying to storm Vuhledar keep running into mines.")
    assert ("attack", None, "Mar'yinka") in got("Its units had beaten back several counterattacks near Marinka.")
    assert not any(c == "attack" for c, v, p in got("A winter storm hit Kyiv on Monday."))


def test_people_held_in_prisons_are_captured():
    assert ("captured", 1000.0, None) in got("Officials believe thousands of Ukrainian soldiers remain in Russian prisons.")


def test_people_taken_by_an_armed_force_are_abducted():
    assert ("abducted", None, "Kherson Oblast") in got(
        "At least 300 people had been taken by Russian forces across the Kherson region.")
    assert ("abducted", None, "Kherson") in got(
        "Dozens of Kherson residents, among them local councillors, were abducted by Russian forces.")
    assert not any(c == "abducted" for c, v, p in got("Wounded residents were taken by bus to Dnipro."))


def test_residents_of_a_town_marching_protest_there():
    assert ("protest", None, "Skadovsk") in got("Several hundred residents of Skadovsk marched to the town hall carrying flags.")


def test_a_place_taken_by_an_armed_force_is_territory_not_an_abduction():
    for text in ("Lyman was taken by the rebels after a week.", "Lyman had been taken by the rebels after a week."):
        g = got(text)
        assert ("territory", None, "Lyman") in g and not any(c == "abducted" for c, v, p in g)


def test_an_attack_talked_about_is_no_new_attack():
    g = got("The European Commission president, who was visiting Bucha the same day, called the attack despicable.")
    assert not any(c == "attack" for c, v, p in g)
    g = got("The G7 condemned the attack on Kremenchuk, which killed 18 people.")
    assert ("killed", 18.0, "Kremenchuk") in g and not any(c == "attack" for c, v, p in g)


@pytest.mark.parametrize("text, place", [
    ("Russian forces are inching toward Kostiantynivka, Ukrainian officials said.", "Kostiantynivka"),
    ("Rebel troops abandoned Lashio in April, the junta said.", "Lashio"),
    ("The army has lost Kutum to the paramilitaries, residents said.", "Kutum"),
    ("M23 fighters swept into Goma overnight, residents said.", "Goma"),
])
def test_advances_withdrawals_and_losses_of_a_town_are_territory(text, place):
    got = [c for c in extract_claims(Document(id="t", published="2025-02-01", text=text)) if c.category == "territory"]
    assert got and got[0].place is not None and got[0].evidence.text.find(place) >= 0


def test_people_wiped_out_are_killed():
    got = extract_claims(Document(id="t", published="2025-03-09", text="About 200 villagers were wiped out in "
                                  "the village, survivors told reporters."))
    assert [(c.category, c.value) for c in got] == [("killed", 200.0)]


def test_a_change_of_control_years_before_the_story_is_background():
    text = ("Israel captured Quneitra in 1967, the article recalled. "
            "The rebels have besieged Taiz since 2015, residents said.")
    got = {(c.category, c.place.name if c.place else None)
           for c in extract_claims(Document(id="h", published="2025-06-01", text=text))}
    assert got == {("territory", "Taiz")}  # Quneitra is history; a state that lasts "since" then is news


def test_an_attack_told_broadly_at_its_area_is_the_towns_attack():
    text = ("# Six dead in Kharkiv region attack\n\nA Russian missile struck an apartment block in Kupiansk "
            "on Monday, killing six people, the governor said.")
    got = {(c.category, c.place.name) for c in extract_claims(Document(id="f", published="2025-04-07", text=text))
           if c.category == "attack"}
    assert got == {("attack", "Kupyansk")}


@pytest.mark.parametrize("verb", ["carried off", "rounded up", "whisked away"])
def test_people_carried_off_by_armed_men_are_abducted(verb):
    text = f"Bandits {verb} 12 women from a village in Zamfara state on Sunday, police said."
    assert any(c.category == "abducted" for c in extract_claims(Document(id="a", published="2025-05-05", text=text)))


@pytest.mark.parametrize("text, category", [
    ("Russian forces recently advanced in central Toretsk, the ISW said.", "territory"),
    ("The command authorised its units to withdraw from Vuhledar.", "territory"),
    ("A ballistic missile smashed into a hotel in Kryvyi Rih, the governor said.", "attack"),
    ("Gang members stormed Mirebalais, torching the police station, police said.", "attack"),
])
def test_advances_withdrawals_and_strikes_in_more_words(text, category):
    assert any(c.category == category for c in extract_claims(Document(id="x", published="2025-02-02", text=text)))


@pytest.mark.parametrize("text, place", [
    # an armed force seizing or taking people abducts them (Nigeria, Myanmar, Haiti)
    ("Bandits seized 23 worshippers from a mosque in Kaura Namoda on Friday.", "Kaura Namoda"),
    ("Junta soldiers took 15 villagers from a hamlet near Kyauktaw as porters.", "Kyauktaw"),
    ("Gang members seized 12 passengers from a bus outside Mirebalais.", "Mirebalais"),
])
def test_an_armed_force_seizing_people_abducts_them(text, place):
    doc = Document(id="a", published="2025-04-04", text=text)
    assert ("abducted", place) in {(c.category, c.place.name if c.place else None) for c in extract_claims(doc)}


def test_seizing_a_town_is_no_abduction():
    doc = Document(id="a", published="2025-04-04", text="Rebels seized the town of Bunia after heavy fighting.")
    assert {c.category for c in extract_claims(doc)} == {"territory"}


@pytest.mark.parametrize("text, place", [
    ("Israeli jets struck the Houthi-held port of Hodeidah before dawn.", "Al Ḩudaydah"),
    ("Shelling hit a market in Russian-occupied Oleshky on Tuesday.", "Oleshky"),
    ("Army drones struck RSF-controlled Nyala overnight.", "Nyala"),
])
def test_a_place_named_as_held_by_a_side_is_no_change_of_control(text, place):
    g = got(text)
    assert ("attack", None, place) in g and not any(c == "territory" for c, v, p in g)


def test_a_name_glued_to_a_descriptor_is_no_place_and_the_next_name_still_is():
    g = got("The Beijing-brokered truce collapsed when army jets bombed Lashio on Monday.")
    assert ("attack", None, "Lashio") in g and not any(p == "Beijing" for c, v, p in g)
    assert ("attack", None, "Rostov-on-Don") in got("Drones struck Rostov-on-Don overnight, the governor said.")


def test_a_reference_point_after_a_verb_is_the_events_own_place():
    g = got("Villagers from the Golan Heights marched to the fence near Majdal Shams on Friday in solidarity with Sweida.")
    assert ("protest", None, "Majdal Shams") in g
    assert not any(p == "As-Suwayda" for c, v, p in g)  # the cause, not the scene
    assert ("attack", None, "Ras Isa port") in got("A strike hit the Ras Isa fuel port north of Hodeidah on Thursday.")


def test_a_running_toll_of_many_attacks_is_no_attack_there_but_one_attack_is():
    g = got("Since 1 January, Russian attacks have killed 41 civilians in Kherson region, officials said.")
    assert not any(c == "attack" for c, v, p in g) and any(c == "killed" and v == 41.0 for c, v, p in g)
    g = got("A Russian drone attack on Kherson killed two people on Monday, bringing the toll since January to 41.")
    assert ("attack", None, "Kherson") in g
