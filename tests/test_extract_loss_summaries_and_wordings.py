"""Loss summaries whose lines carry no ';' and follow an announcing line ("... lost the
following equipment:"), running totals whose loss noun stands before dates, and event and
count wordings: "came under mortar fire", "tore into", "retaking", "laid down their arms",
"have not been accounted for". All sentences are written for these tests."""
import pytest

from sitrep.extract import extract_claims
from sitrep.records import Document


def claims(text, title=None):
    return extract_claims(Document(id="f", published="2022-07-08", text=text, title=title))


def test_announced_list_without_semicolons():
    text = ("Kyiv's General Staff said on Friday that Russia has lost the following equipment in Ukraine:\n\n"
            "tanks – 1,500 (+4)\nartillery systems – 700\nhelicopters – 150 (+1)\n\nMore follows.")
    got = sorted((c.value, c.item, c.claimant, c.place.name if c.place else None) for c in claims(text))
    assert got == [(1.0, "helicopter", "Kyiv's General Staff", "Ukraine"),
                   (4.0, "tank", "Kyiv's General Staff", "Ukraine"),
                   (150.0, "helicopter", "Kyiv's General Staff", "Ukraine"),
                   (700.0, "artillery", "Kyiv's General Staff", "Ukraine"),
                   (1500.0, "tank", "Kyiv's General Staff", "Ukraine")]
    tanks = {c.value: c for c in claims(text) if c.item == "tank"}
    assert tanks[1500.0].evidence.text == "tanks – 1,500 (+4)" and tanks[1500.0].scope == "cumulative"
    assert tanks[4.0].evidence.text == "tanks – 1,500 (+4)" and tanks[4.0].scope == "event"


def test_a_summary_lines_bracketed_change_is_the_days_losses_only_after_its_running_figure():
    text = ("The General Staff listed the enemy's losses since the invasion:\n"
            "tanks – 2,100 (+7)\nartillery systems – 900 (12 of them this week)\n")
    got = sorted((c.value, c.scope) for c in claims(text))
    assert got == [(7.0, "event"), (900.0, "cumulative"), (2100.0, "cumulative")]


def test_list_lines_without_an_announcement_are_no_losses():
    text = "Our garden this year:\n\ntomatoes – 40\nbeans – 12\n"
    assert claims(text) == []


def test_loss_noun_before_dates_links_to_its_figure():
    got = claims("Russia's losses in Ukraine between February 24 and July 8 have reached about 30,000 "
                 "personnel, the army said.")
    assert [(c.category, c.value) for c in got] == [("killed", 30000.0)]


def test_event_wordings():
    def cats(text):
        return sorted((c.category, c.place.name if c.place else None) for c in claims(text))
    assert ("attack", "Okhtyrka") in cats("Okhtyrka came under mortar fire on Sunday, the governor said.")
    assert ("attack", "Kharkiv") in cats("Two missiles tore into a dormitory in Kharkiv late on Monday.")
    assert ("territory", "Lyman") in cats("Ukrainian troops are retaking villages including Lyman.")


def test_count_wordings():
    got = sorted((c.category, c.value) for c in claims(
        "Some 260 fighters laid down their arms at the plant. About 30 people have not been "
        "accounted for, rescuers said."))
    assert got == [("captured", 260.0), ("missing", 30.0)]


def test_a_loss_list_with_figure_dashes_is_read_like_one_with_en_dashes():
    text = ("The enemy's total combat losses since the invasion are approximately:\n"
            "personnel \u2012 about 900,000 (+1,100) persons\ntanks \u2012 10,500 (+6)\n")
    got = sorted((c.category, c.value, c.scope) for c in claims(text))
    assert got == [("killed", 1100.0, "event"), ("killed", 900000.0, "cumulative"),
                   ("materiel_lost", 6.0, "event"), ("materiel_lost", 10500.0, "cumulative")]


def test_a_bulletins_key_figure_lines_are_running_totals():
    text = ("SOUTH SUDAN\nHumanitarian Update No. 9\n\nKEY FIGURES\n"
            "Internally displaced people (South Sudan): 2.1 million\nPeople killed since January: 1,240\n"
            "People in need: 9 million\n")
    got = sorted((c.category, c.value, c.scope) for c in claims(text))
    assert got == [("displaced", 2100000.0, "cumulative"), ("killed", 1240.0, "cumulative")]


def test_a_sentence_with_a_colon_is_no_key_figure_line():
    got = claims("Fighting flared again on Tuesday: 14 soldiers died near the border town of Kupiansk.")
    assert [(c.category, c.value, c.scope) for c in got if c.value] == [("killed", 14.0, "event")]


def test_gendarmes_and_recruits_are_people_who_can_be_killed():
    got = claims("Gunmen attacked a police post in Diapaga on Monday, killing nine gendarmes and four recruits.")
    assert {(c.category, c.value) for c in got if c.value} >= {("killed", 9.0), ("killed", 4.0)}


def test_a_second_count_with_a_verb_of_its_own_is_not_counted_as_the_firsts():
    got = claims("In the raid on Kibbutz Beeri, 100 people were killed and 30 others were taken hostage.")
    assert ("killed", 100.0) in {(c.category, c.value) for c in got}
    assert ("killed", 30.0) not in {(c.category, c.value) for c in got}
    assert any(c.category == "abducted" for c in got)


@pytest.mark.parametrize("text, value, item", [
    ("US officials said a single MQ-9 Reaper had been lost over Marib on Wednesday.", 1.0, "drone"),
    ("Kyiv said its forces destroyed two Su-25 jets near Pokrovsk on Monday.", 2.0, "aircraft"),
    ("The army said a Ka-52 helicopter was shot down near Kherson.", 1.0, "helicopter"),
    ("The brigade said it knocked out four T-72 tanks near Kurakhove.", 4.0, "tank"),
])
def test_weapon_designations_are_materiel(text, value, item):
    assert ("materiel_lost", value, item) in {(c.category, c.value, c.item) for c in claims(text)}


def test_a_single_item_with_a_long_modifier_run_is_a_loss_of_one():
    got = claims("Moscow said its fighters shot down a Ukrainian Air Force Su-27 aircraft over the Zaporizhzhia region.")
    assert ("materiel_lost", 1.0, "aircraft") in {(c.category, c.value, c.item) for c in got}


@pytest.mark.parametrize("text, unit", [
    ("The group said its fighters burned 42 tankers near Diboli.", ("materiel_lost", 42.0)),
    ("The army said 23 motorcycles were recovered or destroyed near Djibo.", ("materiel_lost", 23.0)),
    ("Two of our brothers were martyred in the operation near Diboli.", ("killed", 2.0)),
    ("We mourn the loss of 17 of our soldiers near Djibo.", ("killed", 17.0)),
    ("Insurgents raided a village near Macomia, beheading at least six men.", ("killed", 6.0)),
    ("Twelve parishioners were unaccounted for after the attack in Komanda.", ("missing", 12.0)),
    ("The army said it had neutralised 40 khwarij in North Waziristan.", ("killed", 40.0)),
    ("Our units managed to neutralise 19 terrorists near Tillia.", ("killed", 19.0)),
    ("Russian artillery has not stopped shelling Nikopol for a week.", ("attack", None)),
    ("The patrol recovered 14 motorcycles and a pickup near Kaya.", ("materiel_lost", 14.0)),
])
def test_wordings_of_statements_from_many_conflicts(text, unit):
    assert unit in {(c.category, c.value) for c in claims(text)}


def test_the_loss_of_tanks_stays_a_materiel_loss():
    got = claims("Kyiv reported the loss of 173 tanks by Russia since the invasion began.")
    assert ("materiel_lost", 173.0) in {(c.category, c.value) for c in got}
