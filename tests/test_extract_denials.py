"""Denials as claims: each wording makes a `denied` claim of the denier with the denied
event's category, place and date; a reported claim inside a denial is its target."""
import pytest

from sitrep.extract import extract_claims
from sitrep.extract.denials import find_denials
from sitrep.records import Document


def claims_of(text, published="2023-09-18"):
    return extract_claims(Document(id="d", published=published, text=text))


def denied(text):
    return [c for c in claims_of(text) if c.modality == "denied"]


@pytest.mark.parametrize("sentence, wording", [
    ("Ukraine's General Staff denied that the village had fallen.", "denied"),
    ("Ukrainian officials rejected this.", "rejected"),
    ("The ministry dismissed the claim as propaganda.", "dismissed_as"),
    ("The army called the report false.", "called_false"),
    ("The air force said no aircraft were lost.", "said_no"),
    ("The governor said the airfield had not been hit.", "had_not"),
    ("Kyiv said it had lost no helicopters.", "said_no"),
    ("The air force said none of its helicopters had been lost.", "said_no"),
])
def test_each_wording_is_a_denial(sentence, wording):
    (d,) = find_denials(sentence)
    assert d.wording == wording


@pytest.mark.parametrize("sentence", [
    "The village had not been hit since March.",  # a negation in the story's own voice
    "Officials called for calm after the strike.",  # "called" without a word of falsity
    "No one could say how long the siege would last, the mayor said.",
])
def test_not_a_denial(sentence):
    assert find_denials(sentence) == []


def test_a_denied_capture_is_a_territory_claim_of_the_denier_at_the_place():
    (c,) = denied("Russia said its forces had captured Klishchiivka on Sunday. "
                  "Ukraine's military dismissed reports of the capture as Russian propaganda.")
    assert (c.category, c.claimant, c.claimant_side, c.place.name) == ("territory", "Ukraine's military", "ukraine", "Klishchiivka")
    assert c.date and c.date_basis


def test_rejected_this_copies_the_figure_it_points_back_to():
    cs = denied("Russia's Defence Ministry said it hit a hotel in Kharkiv on Thursday and killed about 30 mercenaries; "
                "Ukrainian officials rejected this.")
    killed = [c for c in cs if c.category == "killed"]
    assert killed and killed[0].value == 30 and killed[0].claimant == "Ukrainian officials"
    assert killed[0].place.name == "Kharkiv"


def test_the_reported_claim_inside_a_denial_is_its_target_not_an_assertion():
    cs = claims_of("Ukrainian officials rejected reports that the town of Avdiivka had been encircled.")
    assert [(c.category, c.modality, c.claimant) for c in cs] == [("territory", "denied", "Ukrainian officials")]


def test_said_no_losses_is_a_denied_loss_of_that_item():
    (c,) = denied("Russia said it shot down three Ukrainian helicopters near Kupiansk on Friday. "
                  "Kyiv said it had lost no helicopters.")
    assert (c.category, c.item, c.value, c.claimant) == ("materiel_lost", "helicopter", None, "Kyiv")


def test_a_denial_of_involvement_denies_no_event():
    assert denied("Russia said it struck a power plant in Kharkiv on Friday. "
                  "Ukraine denied any involvement in the attack on Belgorod.") == []


def test_a_denial_of_targeting_civilians_denies_no_event():
    assert denied("The mayor said 5 people were killed in a missile strike on Odesa on Monday. "
                  "Russia denied targeting civilians.") == []


@pytest.mark.parametrize("sentence, wording, points_back", [
    ("Kyiv dismissed the claim.", "dismissed_as", True),
    ("A Ukrainian spokesman said the reports were false.", "called_false", True),
    ("Officials said claims that the town had fallen were untrue.", "called_false", False),
])
def test_more_wordings(sentence, wording, points_back):
    (d,) = find_denials(sentence)
    assert d.wording == wording and (d.target is None) == points_back


def test_a_false_alarm_is_no_denial():
    assert find_denials("Officials said reports of an explosion in the city were a false alarm.") == []


def test_the_denier_is_named_without_its_relative_clause():
    (d,) = find_denials("The Rapid Support Forces, which have besieged the city since May, denied that the airport had fallen.")
    assert d.denier == "The Rapid Support Forces"


def test_a_report_named_before_the_denier_is_what_it_denies():
    (c,) = denied("Asked about the statement on tanks near Orikhiv, a military spokesman called the report false.")
    assert (c.category, c.item, c.claimant) == ("materiel_lost", "tank", "a military spokesman")


def test_dismissed_as_propaganda_before_what_it_dismisses():
    (c,) = denied("A spokesman on Tuesday dismissed as propaganda the claim that the airfield at Saky had been attacked.")
    assert c.category == "attack" and c.subject == "Saky"


def test_a_denied_capture_of_soldiers_is_captured_people():
    cs = denied("The Israeli military denied that any soldier had been captured in Jabalia.")
    assert [c.category for c in cs] == ["captured"]


def test_a_place_the_gazetteer_does_not_know_keeps_its_name():
    (c,) = denied("The army spokesman dismissed the rebel claim to hold Qwertyville as propaganda.")
    assert (c.category, c.subject) == ("territory", "Qwertyville")


def test_a_denial_names_who_it_says_was_not_hurt():
    (c,) = denied("Russia said its drones wounded 5 soldiers in Kupiansk on Monday. "
                  "Ukraine's army said no civilians were hurt.")
    assert (c.category, c.subject) == ("wounded", "civilians")


def test_none_were_destroyed_denies_the_loss_of_the_item_named():
    (c,) = denied("The RSF said their drones destroyed 4 army helicopters at Kosti on Monday. "
                  "The army said one helicopter was damaged at Kosti on Monday and none were destroyed.")
    assert (c.category, c.item, c.claimant) == ("materiel_lost", "helicopter", "The army")


def test_this_points_to_the_clause_before_it_not_to_an_earlier_claim():
    text = ("Rebels killed 5 people and wounded 35 in Gisenyi on Monday, officials said. "
            "The Congolese government accuses Rwanda of deploying thousands of troops alongside M23; "
            "Kigali denies this.")
    assert denied(text) == []  # the deployment is denied, not the Gisenyi toll
