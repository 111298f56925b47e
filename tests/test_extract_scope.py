"""Scope (one incident or a running total) and modality read in the clause that governs each
figure. Every sentence is written for these tests, across several conflicts."""
import pytest

from sitrep.extract import extract_claims
from sitrep.records import Document


def claims(text, published="2024-03-10"):
    return {(c.category, c.value): c for c in extract_claims(Document(id="s", published=published, text=text))}


@pytest.mark.parametrize("text, unit", [
    ("The UN human rights office said it has confirmed 10,582 civilian deaths in Ukraine.", ("killed", 10582.0)),
    ("More than 8 million people have fled their homes since the war in Sudan began, the IOM said.", ("displaced", 8000000.0)),
    ("Since October 7, at least 30,000 Palestinians have been killed in Gaza, the health ministry said.", ("killed", 30000.0)),
    ("So far, 410 bodies have been exhumed in the Kyiv region, prosecutors said.", ("killed", 410.0)),
    ("Investigators have exhumed the bodies of 63 people to date, the police chief said.", ("killed", 63.0)),
    ("In total, 2.5 million people have been displaced in eastern Congo, the UN refugee agency said.", ("displaced", 2500000.0)),
    ("The death toll in Gaza since October has risen to 35,000, the ministry said.", ("killed", 35000.0)),
    ("Russia has lost 24,000 soldiers and 900 tanks, Ukraine's General Staff said.", ("killed", 24000.0)),
])
def test_running_totals_are_cumulative(text, unit):
    assert claims(text)[unit].scope == "cumulative"


@pytest.mark.parametrize("text, unit", [
    ("Shelling killed four people in Kharkiv overnight, the governor said.", ("killed", 4.0)),
    ("A drone strike on a market in El Fasher killed 12 people on Monday, activists said.", ("killed", 12.0)),
    ("Yesterday 40 fighters were captured near Goma, the army said.", ("captured", 40.0)),
])
def test_one_incident_is_an_event(text, unit):
    assert claims(text)[unit].scope == "event"


def test_a_total_and_a_days_figure_in_one_sentence_keep_their_own_scope():
    got = claims("The president, who said 1,300 troops have been killed so far and 500 enemy soldiers surrendered "
                 "yesterday, also said the enemy can only take the capital if it razes the city.")
    assert got[("killed", 1300.0)].scope == "cumulative"
    assert got[("captured", 500.0)].scope == "event"


def test_a_past_figure_beside_a_threat_is_not_warned():
    got = claims("The president, who said 1,300 troops have been killed so far and 500 enemy soldiers surrendered "
                 "yesterday, also said the enemy can only take the capital if it razes the city.")
    assert got[("killed", 1300.0)].modality == "claimed"
    assert got[("captured", 500.0)].modality == "claimed"


def test_a_total_is_placed_where_it_was_counted_not_in_another_clause():
    got = claims("Zelensky, who claimed 1,300 Ukrainian troops have been killed so far, also said Russian forces "
                 "can only take Kyiv if they raze the city.")
    c = got[("killed", 1300.0)]
    assert c.scope == "cumulative" and c.place is not None and c.place.name == "Ukraine"


def test_an_epistemic_may_have_is_a_claim_and_a_forecast_is_warned():
    assert claims("As many as 80 mercenaries may have been killed, Telegram channels said.")[("killed", 80.0)].modality \
        == "claimed"
    got = claims("Aid agencies warned that 10,000 people could flee Rafah if the offensive goes ahead.")
    assert all(c.modality == "warned" for c in got.values())


@pytest.mark.parametrize("text, unit", [
    ("The war has displaced more than 9 million people inside Sudan, the UN said.", ("displaced", 9000000.0)),
    ("At least 2,000 people have been killed in the Amhara region, the rights commission said.", ("killed", 2000.0)),
    ("More than 4,000 people were killed across the Sahel last year, monitors said.", ("killed", 4000.0)),
    ("Over 6 million people are displaced inside Congo, the IOM said.", ("displaced", 6000000.0)),
    ("The IOM has recorded more than 90,000 people displaced from the camps.", ("displaced", 90000.0)),
    ("Israeli strikes have killed 3,100 people and wounded 13,000 since October, the ministry said.", ("wounded", 13000.0)),
    ("Over the past week, gang attacks killed 38 people in Kenscoff, the UN said.", ("killed", 38.0)),
    ("In recent weeks, fighting around Goma has driven 70,000 people from their homes, the IOM said.", ("displaced", 70000.0)),
    ("The UN said 412 civilians were killed in Kadugli between 1 June and 31 August.", ("killed", 412.0)),
    ("The army says three of its soldiers have been killed in Rafah in the same period.", ("killed", 3.0)),
])
def test_running_totals_without_a_since_or_so_far(text, unit):
    assert claims(text)[unit].scope == "cumulative"


@pytest.mark.parametrize("text, unit", [
    ("A strike on a school in Khan Younis has killed 15 people, medics said.", ("killed", 15.0)),
    ("Five civilians have been killed in an attack on a village near Djibo, the army said.", ("killed", 5.0)),
])
def test_one_incident_in_the_perfect_stays_an_event(text, unit):
    assert claims(text)[unit].scope == "event"


@pytest.mark.parametrize("text, unit, scope", [
    ("Some 3.6 million people remain displaced from their homes, the UN said.", ("displaced", 3600000.0), "cumulative"),
    ("At least 1,500 people were killed across Haiti between January and March, the UN said.", ("killed", 1500.0),
     "cumulative"),
    ("The UN said about 60,000 people had fled the camp by Sunday.", ("displaced", 60000.0), "event"),
])
def test_stocks_periods_and_narrative_past_perfect(text, unit, scope):
    assert claims(text)[unit].scope == scope


@pytest.mark.parametrize("text, unit", [
    ("More than 3,000 people have been killed in gang violence in Haiti this year, the UN said.", ("killed", 3000.0)),
    ("An Israeli soldier was killed in southern Lebanon, bringing the number of soldiers killed in the ground "
     "campaign to 14, the army said.", ("killed", 14.0)),
    ("Some 200,000 people were killed in the civil war between 1960 and 1996, a truth commission found.",
     ("killed", 200000.0)),
    ("The clashes had killed 250 people by Friday, the monitor said.", ("killed", 250.0)),
    ("The company said 19 crew members are being held by the rebels at the port.", ("captured", 19.0)),
    ("The death toll in Avdiivka has risen to 41, the governor said.", ("killed", 41.0)),
    ("The General Staff said Russia had lost 18,600 troops, 684 tanks and 150 aircraft.", ("materiel_lost", 684.0)),
    ("The offensive has already killed 3,400 civilians, according to the regional health office.", ("killed", 3400.0)),
    ("Houthi forces have downed 14 US drones since October, the group's spokesman said.", ("materiel_lost", 14.0)),
])
def test_more_markers_of_a_running_total(text, unit):
    assert claims(text)[unit].scope == "cumulative"


@pytest.mark.parametrize("text, unit", [
    ("The toll from Tuesday's missile strike on the Dnipro apartment block rose to 46, officials said.", ("killed", 46.0)),
    ("Medics at the clinic put the toll there at three dead and nine injured.", ("killed", 3.0)),
    ("The death toll from the collapse of the apartment block hit by the missile rose to 23, rescuers said.",
     ("killed", 23.0)),
])
def test_the_toll_of_one_attack_is_an_event(text, unit):
    assert claims(text)[unit].scope == "event"


@pytest.mark.parametrize("text, unit", [
    ("Human rights researchers identified 27 bodies in a video filmed in the village.", ("killed", 27.0)),
    ("About 5,000 people fled the town between 3 and 6 June, the IOM said.", ("displaced", 5000.0)),
    ("The blast came a day after a rocket attack on the port wounded three workers in Odesa, officials said.",
     ("wounded", 3.0)),
    ("Ukraine lost 900 soldiers in all directions, the Russian defence ministry claimed.", ("killed", 900.0)),
    ("Jets struck a market in the town on Monday, killing 8 people, residents said.", ("killed", 8.0)),
])
def test_words_that_look_like_a_total_but_date_one_incident(text, unit):
    """A finding told in the simple past, a span of days, "a day after", "in all directions"."""
    assert claims(text)[unit].scope == "event"


@pytest.mark.parametrize("text, unit", [
    ("About 300 displaced people were sheltering in the school when it was hit, a teacher said.", ("affected", 300.0)),
    ("Four aid workers remain missing after the convoy was ambushed, the agency said.", ("missing", 4.0)),
])
def test_people_trapped_sheltering_or_missing_at_a_place_are_its_state_not_a_total(text, unit):
    assert claims(text)[unit].scope == "event"


@pytest.mark.parametrize("text, units", [
    ("Since February 2022, Russia has lost 8,000 tanks, 15,000 armoured vehicles and 300 aircraft, Kyiv says.",
     [("materiel_lost", 8000.0), ("materiel_lost", 15000.0), ("materiel_lost", 300.0)]),
    ("Since the offensive on the coast began, the rebels have captured 200 soldiers and seized 3 patrol boats, "
     "the group said.", [("captured", 200.0), ("materiel_lost", 3.0)]),
    ("Since January the militants have attacked 40 villages, burning homes and killing at least 9 farmers, "
     "a local official said.", [("killed", 9.0)]),
    ("Gaza's health ministry says the death toll since October has risen to 40,000, with 92,000 people wounded.",
     [("killed", 40000.0), ("wounded", 92000.0)]),
    ("The losses of the enemy amount to 15,300 personnel, 509 tanks and 1,556 armoured combat vehicles, the "
     "ministry said.", [("killed", 15300.0), ("materiel_lost", 509.0), ("materiel_lost", 1556.0)]),
])
def test_a_total_keeps_its_scope_through_its_list_and_shared_verbs(text, units):
    got = claims(text)
    assert [got[u].scope for u in units] == ["cumulative"] * len(units)


def test_a_figure_is_not_given_the_scope_of_a_relative_clause_about_another_figure():
    got = claims("Militants also seized 80 hostages, 30 of whom are still held in tunnels, the army said.")
    assert got[("abducted", 80.0)].scope == "event"


@pytest.mark.parametrize("text, past, threat", [
    ("Aid agencies said 4,000 people have fled Rafah since Monday and warned that 50,000 people could flee if "
     "the offensive goes ahead.", ("displaced", 4000.0), ("displaced", 50000.0)),
])
def test_a_past_figure_beside_a_condition_keeps_claimed_and_the_condition_warns(text, past, threat):
    got = claims(text)
    assert (got[past].modality, got[past].scope) == ("claimed", "cumulative")
    assert got[threat].modality == "warned"


@pytest.mark.parametrize("text, unit, scope", [
    ("The army said it killed 30 militants in Gao on Sunday and threatened to kill 500 more if the attacks continue.",
     ("killed", 30.0), "event"),
    ("Rebel commanders said they have captured 120 soldiers since the offensive began and vowed to take the "
     "provincial capital within a week.", ("captured", 120.0), "cumulative"),
    ("The governor said 14 people were wounded in the shelling overnight and that the city could be cut off if "
     "the bridge falls.", ("wounded", 14.0), "event"),
])
def test_a_past_figure_beside_a_threat_or_plan_is_claimed(text, unit, scope):
    c = claims(text)[unit]
    assert (c.modality, c.scope) == ("claimed", scope)


def events(text):
    return [c for c in extract_claims(Document(id="s", published="2024-03-10", text=text)) if c.value is None]


@pytest.mark.parametrize("text", [
    "The Kachin Independence Army has been besieging Bhamo since December, residents said.",
    "Rebel fighters continue to besiege Kadugli and Dilling.",
    "Kadugli, the state capital, also remains surrounded.",
])
def test_a_siege_told_as_lasting_is_a_running_state(text):
    got = [c for c in events(text) if c.category == "territory"]
    assert got and all(c.scope == "cumulative" for c in got)


@pytest.mark.parametrize("text", [
    "Russian troops encircled Avdiivka on Monday, the general staff said.",
    "The army broke the siege of Dilling last week.",
    "M23 rebels captured Goma in January.",
])
def test_the_start_or_end_of_a_hold_is_an_event(text):
    got = [c for c in events(text) if c.category == "territory"]
    assert got and all(c.scope == "event" for c in got)


@pytest.mark.parametrize("text, unit", [
    ("The army warned it will strike any vessel approaching the port, a day after it sank two boats in the strait.",
     ("materiel_lost", 2.0)),
    ("Houthi leaders threatened to target US warships after claiming they had downed 12 drones.",
     ("materiel_lost", 12.0)),
    ("Israel said it would expand the operation in Rafah after 8 soldiers were killed there on Saturday.",
     ("killed", 8.0)),
    ("The army said its units lost six men, may God rest their souls, and 14 were wounded.", ("wounded", 14.0)),
])
def test_a_past_clause_inside_a_warning_is_claimed(text, unit):
    assert claims(text)[unit].modality == "claimed"


def test_a_warning_about_the_future_stays_warned():
    got = claims("The agency warned that 30,000 more people could be displaced in Rakhine if the fighting spreads.")
    assert [c.modality for c in got.values()] == ["warned"]


def test_a_loss_summary_told_in_the_past_is_one_days_report():
    got = claims("The enemy's losses near Kupiansk amounted to up to 320 servicemen and three tanks, the ministry said.")
    assert got[("killed", 320.0)].scope == "event"


def test_a_town_that_has_been_encircled_for_weeks_is_a_hold_to_date():
    got = extract_claims(Document(id="s", published="2025-08-20", text=(
        "In South Kordofan, the town of Dilling has been encircled by the RSF for weeks, aid workers say.")))
    assert [(c.category, c.scope) for c in got if c.category == "territory"] == [("territory", "cumulative")]


def test_a_period_total_is_dated_by_the_periods_end():
    got = claims("Local monitors said 1,150 civilians were killed in Kadugli from the beginning of June "
                 "to the end of August.", published="2026-09-10")
    c = got[("killed", 1150.0)]
    assert (c.scope, c.date) == ("cumulative", "2026-08")
    assert claims("Shelling killed 9 people in Kadugli between 13 and 19 May.")[("killed", 9.0)].scope == "event"


def test_figures_beside_a_running_total_share_its_period_when_their_own_clause_says_nothing():
    got = claims("The ministry said 1,617 people were killed and 580 injured in violence across Haiti "
                 "between January and March.", published="2026-04-10")
    assert got[("killed", 1617.0)].scope == got[("wounded", 580.0)].scope == "cumulative"
    got = claims("Shelling killed four people in Kharkiv on Monday, and 12 were wounded, the governor said.")
    assert got[("killed", 4.0)].scope == got[("wounded", 12.0)].scope == "event"


def test_a_whole_wars_toll_told_in_the_past_is_a_running_total():
    got = claims("That war killed more than 3,000 people in Lebanon and displaced over a million, officials say.")
    assert {(c.category, c.scope) for c in got.values()} == {("killed", "cumulative"), ("displaced", "cumulative")}
    got = claims("The strike killed 14 people in Nabatieh, officials say.")
    assert got[("killed", 14.0)].scope == "event"
