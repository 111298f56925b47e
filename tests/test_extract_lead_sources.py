"""A headline's figure restated in the body with its source takes that source; one the body
gives no single source for stays the outlet's. Pages written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def lead_claim(text, value):
    got = extract_claims(Document(id="l", published="2025-10-02", text=text))
    return [c for c in got if c.value == value and c.evidence.start == 0]


def test_a_headline_figure_takes_the_body_source_of_the_same_figure():
    text = ("Shelling toll in Kherson rises to 14\n\n"
            "KHERSON - Russian shelling of Kherson has killed 14 people since Sunday, the regional governor said.")
    (c,) = lead_claim(text, 14.0)
    assert (c.claimant, c.claimant_side, c.modality) == ("regional governor", "ukraine", "claimed")


def test_a_headline_figure_with_two_sources_or_none_stays_the_outlets():
    two = ("Strike on Kherson market kills 14\n\n"
           "KHERSON - A strike on a market killed 14 people, the regional governor said. "
           "The city's mayor also said 14 people were killed.")
    (c,) = lead_claim(two, 14.0)
    assert c.claimant is None and c.modality == "asserted"
    none = "Strike on Kherson market kills 14\n\nKHERSON - A strike on a market killed 14 people on Sunday."
    assert all(c.claimant is None for c in lead_claim(none, 14.0))


def test_a_headline_naming_two_towns_takes_the_source_of_the_body_figure_at_either():
    text = ("Russian missiles pound Dnipro and Zaporizhzhia, killing 7\n\n"
            "KYIV - A missile barrage killed seven people in Dnipro overnight, regional officials said.")
    (c,) = lead_claim(text, 7.0)
    assert c.claimant == "regional officials"
