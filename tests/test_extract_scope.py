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
    ("The death toll from the attack on the market in Omdurman rose to 130, medics said.", ("killed", 130.0)),
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
