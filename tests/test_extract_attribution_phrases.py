"""Claimant phrases: where the name of who speaks starts and ends, and whose it is."""
import pytest

from sitrep.extract import extract_claims
from sitrep.extract.attribution.choice import find_attributions
from sitrep.extract.attribution.claimant_phrase import subject_before
from sitrep.extract.attribution.speakers import Speakers, introduced
from sitrep.extract.text.tokens import tokenize
from sitrep.extract.vocab import vocab
from sitrep.records import Document
from fakes import TableGeocoder

TOWNS = {"Sumy": "UA", "Kharkiv": "UA", "Izium": "UA", "Belgorod": "RU", "Kursk": "RU", "Lashio": "MM"}


def FakeGeocoder():
    return TableGeocoder(TOWNS)


def claims(text):
    return extract_claims(Document(id="p", published="2024-05-02", text=text), geocoder=FakeGeocoder())


def claimant(text, category="killed"):
    got = [c for c in claims(text) if c.category == category]
    assert got, text
    return got[0].claimant


@pytest.mark.parametrize("text, who", [
    # lowercase words between a determiner and the head noun belong to the phrase
    ("In a short statement, Kyiv's air force said 9 pilots were killed near Izium.", "Kyiv's air force"),
    ("A volunteer rescue group said 7 villagers were killed in Sumy.", "volunteer rescue group"),
    ("According to the local rescue group, 7 villagers were killed in Sumy.", "local rescue group"),
    # function words inside an organisation's name
    ("The Centre for the Study of Conflict said 30 fighters were killed near Kharkiv.",
     "Centre for the Study of Conflict"),
    # an acronym in brackets between the name and the verb
    ("The Northern Liberation Front (NLF) said 11 soldiers were killed near Lashio.", "Northern Liberation Front"),
    # a person's name in apposition wins over the description before it
    ("The mayor of Sumy, Petro Hnatenko, said 5 residents were killed.", "Petro Hnatenko"),
    ("A Ukrainian medic, Iryna Savchuk, said 5 of her patients were killed.", "Iryna Savchuk"),
    # reporting verbs of monitors and trackers
    ("The monitoring mission has verified 212 civilian deaths in Kharkiv.", "monitoring mission"),
    ("An open-source blog, Frontline Ledger, lists 640 Russian tanks destroyed.", "Frontline Ledger"),
])
def test_claimant_phrase(text, who):
    category = "materiel_lost" if "tanks" in text else "killed"
    assert claimant(text, category) == who


def test_a_possessive_figure_names_its_source():
    text = "Moscow's own latest official tally, released in May, was 6,100 soldiers killed."
    assert claimant(text) == "Moscow"


def test_said_to_be_is_no_speaker():
    v = vocab()
    toks = tokenize("Nine soldiers said to be from the brigade were killed near Sumy.")
    assert find_attributions(toks, v) == []


def test_subject_before_gives_the_name_and_where_its_description_starts():
    v = vocab()
    toks = tokenize("The acting governor of Kursk, Anton Belov, said it was calm.")
    said = next(k for k, t in enumerate(toks) if t.lower == "said")
    s, e, ctx = subject_before(toks, said, v)
    assert " ".join(t.text for t in toks[s:e]) == "Anton Belov"
    assert ctx < s and toks[ctx].lower == "acting"


def test_an_apposition_introduces_a_person_or_a_body():
    v = vocab()
    people = introduced(tokenize("The story is told by Marta, a 29-year-old army nurse who asked to stay anonymous."), v)
    assert people == [("Marta", "person")]
    bodies = introduced(tokenize("Figures come from Warwatch, a monitoring group that counts losses."), v)
    assert bodies == [("Warwatch", "org")]
    assert introduced(tokenize("They reached Lashio, a town near the border."), v) == []


def test_kind_of_reads_the_head_noun():
    v = vocab()
    sp = Speakers(full_names={"Hnatenko": "Petro Hnatenko"})
    assert sp.kind_of("defence ministry in Kyiv", v) == "org"
    assert sp.kind_of("spokesman for the group", v) == "person"
    assert sp.kind_of("regional officials", v) == "plural"
    assert sp.kind_of("NLF", v) == "org"
    assert sp.kind_of("Petro Hnatenko", v) == "person"


def test_pronoun_after_an_org_with_a_place_in_its_name():
    text = ("Local officials said the town was calm, and the defence ministry in Kyiv released footage of what "
            "it said were 14 destroyed Russian tanks near Izium.")
    assert claimant(text, "materiel_lost") == "defence ministry in Kyiv"


def test_definite_description_finds_a_name_given_earlier():
    text = ("Sumy mayor Petro Hnatenko toured the damaged district on Monday.\n"
            "The mayor said 6 residents were killed.")
    assert claimant(text) == "Petro Hnatenko"
    text = ("The Northern Liberation Front is part of the Free Hills Alliance, which began its offensive in May.\n"
            "About 300 soldiers were captured near Lashio, according to the alliance.")
    assert claimant(text, "captured") == "Free Hills Alliance"


def test_a_short_acronym_keeps_the_article_the_text_gives_it():
    from sitrep.extract import extract_claims
    from sitrep.records import Document
    got = extract_claims(Document(id="u", published="2025-05-01", text="The UN says 5,600 people were killed "
                                  "in gang violence across Haiti last year."))
    assert [c.claimant for c in got] == ["the UN"]
    assert got[0].claimant_side == "other"


@pytest.mark.parametrize("text, who", [
    ("Rights Watch identified at least 58 bodies in the footage from the village.", "Rights Watch"),
    ("Villagers gave a higher toll of 57 dead, the rights group reported.", "Villagers"),
])
def test_a_body_that_identifies_a_toll_or_gives_one_is_its_claimant(text, who):
    from sitrep.extract import extract_claims
    from sitrep.records import Document
    got = extract_claims(Document(id="i", published="2025-05-01", text=text))
    assert got and who in (got[0].claimant or "")


def test_humanitarian_partners_who_report_that_are_the_claimant():
    from sitrep.extract import extract_claims
    from sitrep.records import Document
    got = extract_claims(Document(id="p", published="2025-05-16", text="Partners report that a shell hit the "
                                  "main market of Dilling on 14 May, killing three traders."))
    assert {(c.category, c.claimant, c.claimant_side) for c in got} >= {("killed", "Partners", "other")}


@pytest.mark.parametrize("text", [
    "According to preliminary data, our units destroyed 14 enemy vehicles near Kupiansk.",
    "According to the latest figures, 12 people were killed in the strike on Kharkiv.",
    "According to initial information, nine people were wounded in the shelling of Kherson.",
])
def test_according_to_data_that_names_no_one_is_no_claimant(text):
    got = extract_claims(Document(id="a", published="2025-12-06", text=text))
    assert got and all(c.claimant is None for c in got)


def test_according_to_a_named_bodys_figures_keeps_the_body():
    got = extract_claims(Document(id="a", published="2025-12-06",
                                  text="According to UN figures, 12 people were killed in the strike on Kharkiv."))
    assert any(c.claimant == "UN" for c in got)
