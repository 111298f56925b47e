"""How far an attribution reaches: in its sentence, over sentences, and the claimant's side."""
import pytest

from sitrep.extract import extract_claims
from sitrep.extract.attribution.claimant_sides import local_side, span_side
from sitrep.extract.text.tokens import tokenize
from sitrep.extract.vocab import vocab
from sitrep.records import Document
from fakes import TableGeocoder

TOWNS = {"Sumy": "UA", "Kharkiv": "UA", "Kherson": "UA", "Belgorod": "RU", "Kursk": "RU", "Gaza": "PS",
         "Lashio": "MM"}


def FakeGeocoder():
    return TableGeocoder(TOWNS)


def claims(text):
    return extract_claims(Document(id="r", published="2024-05-02", text=text), geocoder=FakeGeocoder())


def by_value(text, category="killed"):
    return {c.value: c for c in claims(text) if c.category == category}


# -- inside a sentence ----------------------------------------------------------------------
def test_a_closing_attribution_covers_what_comes_before_it():
    got = by_value("Drones killed 3 people in Sumy overnight, the regional administration said on its channel.")
    assert got[3].claimant == "regional administration"


def test_an_attribution_opening_its_content_does_not_reach_back():
    got = by_value("Four people were killed in Kherson, and the governor said 9 were wounded there.", "wounded")
    assert got[9].claimant == "governor"
    killed = by_value("Four people were killed in Kherson, and the governor said 9 were wounded there.")
    assert killed[4].claimant is None


@pytest.mark.parametrize("text", [
    "A shell killed 8 people in Sumy, while Moscow said 40 soldiers died there.",
    "A shell killed 8 people in Sumy; Moscow said 40 soldiers died there.",
])
def test_no_reach_back_across_a_clause_boundary(text):
    got = by_value(text)
    assert got[8].claimant is None
    assert got[40].claimant == "Moscow"


def test_a_source_phrase_covers_only_its_side_of_a_boundary():
    got = by_value("According to the United Nations, 50 civilians were killed in Kharkiv, "
                   "while Moscow said 10 civilians died there.")
    assert (got[50].claimant, got[10].claimant) == ("United Nations", "Moscow")


def test_a_boundary_does_not_cut_the_speech_it_follows():
    got = by_value("The governor said 5 people were killed in Sumy; 12 others were killed in nearby villages.")
    assert got[12].claimant == "governor"


# -- over sentences ----------------------------------------------------------------------
def test_a_quotation_over_sentences_belongs_to_who_closes_it():
    text = ("The street was quiet on Friday. \"We buried our friends today. Eleven of our men were killed in the "
            "raid on Sumy,\" the platoon commander, Taras Bondar, told reporters. Nobody else spoke.")
    assert by_value(text)[11].claimant == "Taras Bondar"


def test_a_quotation_opened_after_a_colon_belongs_to_its_speaker():
    text = 'The governor wrote on Telegram: "The night was hard. Three people were killed in Belgorod."'
    assert by_value(text)[3].claimant == "governor"


def test_it_says_after_a_body_published_its_figures():
    text = ("The army's general staff has published its weekly update.\n"
            "It says 70 enemy tanks were destroyed near Kharkiv.")
    assert by_value(text, "materiel_lost")[70].claimant == "army's general staff"


def test_a_lede_that_withholds_a_name_takes_the_next_sentences_name():
    text = ("LASHIO, May 2 - An armed group said it had killed 25 soldiers near Lashio.\n"
            "The Northern Liberation Front (NLF) said on Sunday that its fighters held the town.")
    assert by_value(text)[25].claimant == "Northern Liberation Front"


def test_a_withheld_name_is_not_replaced_late_in_the_story():
    text = ("Fighting went on near Lashio for a week. Roads were closed. Power was cut.\n"
            "Nine civilians were killed in Lashio, a local rescue group said.\n"
            "The United Nations said it was alarmed.")
    assert by_value(text)[9].claimant == "local rescue group"


def test_she_said_refers_to_the_person_just_introduced():
    text = ("Deputy Minister Hanna Koval said the line held.\n"
            "The clinic relies on Oksana, a 41-year-old army surgeon who gave only her first name.\n"
            "On a calm day, she said, 15 wounded soldiers arrive.")
    assert by_value(text, "wounded")[15].claimant == "Oksana"


# -- sides -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, side", [
    ("Sumy mayor Petro Hnatenko said 5 residents were killed.", "ukraine"),
    ("The governor of Kursk said 5 residents were killed.", "russia"),
    ("Belgorod's acting governor said 5 residents were killed.", "russia"),
    ("The health ministry in Gaza said 5 residents were killed.", "hamas"),  # the party the Gaza profile names
    ("The Russian-installed mayor of Kherson said 5 residents were killed.", "russia"),
    ("Shelling killed 5 residents in Belgorod, the regional governor said.", "russia"),
    ("Shelling killed 5 residents in Kherson, city authorities said.", "ukraine"),
    ("Shelling killed 5 residents in Kherson, a witness said.", "other"),  # no party: a third party,
])
def test_claimant_side_of_local_officials(text, side):
    assert by_value(text)[5].claimant_side == side


def test_side_carries_over_to_pronouns():
    text = "Belgorod's governor spoke on Monday.\nHe said 5 residents were killed overnight."
    c = by_value(text)[5]
    assert (c.claimant, c.claimant_side) == ("Belgorod's governor", "russia")


def test_side_helpers_without_a_geocoder_answer_from_words_only():
    v = vocab()
    toks = tokenize("the mayor of Kherson")
    assert span_side(toks, 0, len(toks), v) is None
    assert span_side(toks, 0, len(toks), v, lambda name: "UA" if name == "Kherson" else None) == "ukraine"
    assert local_side(tokenize("a witness"), 0, 2, v, lambda name: "UA") is None

    def broken(name):
        raise RuntimeError("geocoder down")
    assert span_side(toks, 0, len(toks), v, broken) is None
