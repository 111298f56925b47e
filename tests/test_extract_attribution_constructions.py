"""Attribution constructions of news style, each varied over verbs, word order and actors:
appositions, participles, passives, "in what X called", "X put the toll at", the reach of a
closing speaker, and when a speaker carries over to the next sentence (and when not)."""
import pytest

from sitrep.extract import extract_claims
from sitrep.extract.attribution.choice import find_attributions
from sitrep.extract.attribution.claimant_phrase import text_of
from sitrep.extract.text.tokens import tokenize
from sitrep.extract.vocab import vocab
from sitrep.records import Document
from fakes import TableGeocoder

TOWNS = {"Sumy": "UA", "Kharkiv": "UA", "Kherson": "UA", "Belgorod": "RU", "Kursk": "RU", "Gaza": "PS"}


def FakeGeocoder():
    return TableGeocoder(TOWNS)


def claims(text):
    return extract_claims(Document(id="c", published="2024-05-02", text=text), geocoder=FakeGeocoder())


def one(text, category="killed"):
    got = [c for c in claims(text) if c.category == category]
    assert got, f"no {category} claim in {text!r}"
    return got[0]


def speakers(text):
    toks = tokenize(text)
    return [text_of(toks, r.start, r.end) for r in find_attributions(toks, vocab()) if not r.unnamed and r.pronoun is None]


# -- appositions between commas ---------------------------------------------------------
@pytest.mark.parametrize("text, who", [
    ("Ivan Moroz, a member of the council in the occupied part of the region, said 3 workers were "
     "wounded in Sumy.", "Ivan Moroz"),
    ("Olena Koval, Ukraine's human rights commissioner, said 40 civilians were killed in Kharkiv.", "Olena Koval"),
    ("The independent outlet Vazhno, working with a team of volunteers, has confirmed 900 soldiers killed "
     "near Sumy.", "independent outlet Vazhno"),
    ("The Northern Liberation Front (NLF), the region's largest armed group, claimed responsibility and "
     "said it had killed 30 soldiers near Sumy.", "Northern Liberation Front"),
])
def test_an_apposition_leaves_the_name_before_it(text, who):
    assert one(text, "wounded" if "wounded" in text else "killed").claimant == who


def test_an_apposition_gives_its_speaker_a_side():
    c = one("Ivan Moroz, a member of the Russian-installed administration, said 3 workers were wounded in Sumy.",
            "wounded")
    assert (c.claimant, c.claimant_side) == ("Ivan Moroz", "russia")


@pytest.mark.parametrize("text", [
    "In Sumy, shelling in the centre killed 12 people overnight, said the governor.",
    "Overnight, drones killed 12 people in Sumy, said the governor.",
])
def test_a_clause_between_commas_is_no_apposition(text):
    assert one(text).claimant == "governor"


def test_said_opening_content_is_no_inverted_speaker():
    text = "Ivan Moroz, a member of the administration of the occupied region, said Ukrainian artillery hit Sumy."
    assert "Ukrainian" not in speakers(text)


# -- participles and nouns -----------------------------------------------------------------
def test_a_participle_after_a_comma_keeps_the_speaker_before_it():
    text = "Shelling killed 4 people in Kharkiv, the governor said, adding that 2 of the dead were children."
    assert one(text).claimant == "governor"


@pytest.mark.parametrize("text", [
    "Hundreds of protesters rallied outside embassies in Sumy, accusing France and Poland of doing nothing.",
    "Thousands of people marched in Kharkiv on Sunday, demanding that Russia return the prisoners.",
])
def test_a_participle_with_no_speaker_names_none(text):
    assert all(c.claimant is None for c in claims(text))


@pytest.mark.parametrize("text", [
    "Russian claims of 300 soldiers killed near Sumy were dismissed.",
    "Reports of 30 people killed near Sumy could not be confirmed.",
])
def test_a_speech_word_used_as_a_noun_names_no_speaker(text):
    assert speakers(text) == []


@pytest.mark.parametrize("text, who", [
    ("The defence ministry claims its troops have encircled Sumy.", "defence ministry"),
    ("The brigade claimed to have destroyed 12 tanks near Sumy.", "brigade"),
])
def test_claims_as_a_verb_names_its_subject(text, who):
    assert who in speakers(text)


# -- passives --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, who", [
    ("Twenty people were reported killed by local officials in Sumy.", "local officials in Sumy"),
    ("The deaths of 11 soldiers were confirmed by the military on Sunday near Sumy.", "military"),
    ("The general was quoted as saying that 40 tanks were destroyed near Kharkiv.", "general"),
    ("Eleven people died in Kharkiv, the city's mayor was quoted as saying by local media.", "city's mayor"),
])
def test_a_passive_report_names_its_speaker(text, who):
    cat = "materiel_lost" if "tanks" in text else "killed"
    assert one(text, cat).claimant == who


def test_the_agent_of_a_killing_is_no_speaker():
    assert one("Twelve people were reported killed by Russian troops in Sumy.").claimant is None


# -- whose speech: phrases and reach ---------------------------------------------------------
@pytest.mark.parametrize("text, who", [
    ("More than 30 people were killed in Gaza, the health ministry in the besieged coastal enclave said.",
     "health ministry in the besieged coastal enclave"),
    ("Twelve civilians were killed in Sumy, officials in the northern border region said.",
     "officials in the northern border region"),
    ("Four people were killed in Kharkiv, aid groups say.", "aid groups"),
])
def test_a_head_noun_with_its_description(text, who):
    assert one(text).claimant == who


@pytest.mark.parametrize("text, who", [
    ("A drone struck a depot in Sumy on Friday; nobody was hurt, the city council said.", "city council"),
    ("Missiles hit a school in Kharkiv overnight; 3 guards were injured, regional police said on Telegram.",
     "regional police"),
])
def test_a_lone_closing_speaker_reaches_back_over_a_semicolon(text, who):
    assert one(text, "attack").claimant == who


@pytest.mark.parametrize("text, who, side", [
    ('Russia hit Sumy with drones overnight in what its defence ministry called a "precision strike".',
     "Russia's defence ministry", "russia"),
    ("Ukrainian forces shelled Kursk in what the regional governor described as the worst attack of the year.",
     "regional governor", None),
    ("Drones hit Sumy on Monday in what Kyiv called an act of terror.", "Kyiv", "ukraine"),
])
def test_in_what_x_called_makes_x_the_speaker(text, who, side):
    c = one(text, "attack")
    assert c.claimant == who
    if side:
        assert c.claimant_side == side


@pytest.mark.parametrize("text, who", [
    ("A police source in Sumy, the regional capital, put the death toll at 40.", "police source in Sumy"),
    ("Local officials placed the number of dead in Kharkiv at between 20 and 30.", "Local officials"),
    ("The ministry later raised the toll from the strike on Sumy to 25.", "ministry"),
])
def test_who_puts_a_toll_at_a_figure_claims_it(text, who):
    assert one(text).claimant == who


# -- over sentences: carried on, and not -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "According to the health ministry, 31 people were killed in Kharkiv. Another 50 were wounded.",
    "The health ministry said 31 people were killed in Kharkiv. Fifty others were wounded.",
    "The health ministry said 31 people were killed in Kharkiv. Among the victims, 50 were wounded.",
])
def test_a_sentence_continuing_the_count_keeps_the_speaker(text):
    assert one(text, "wounded").claimant == "health ministry"


def test_a_new_paragraph_does_not_continue_the_speaker():
    text = "The governor said 4 people were killed in Sumy.\n\nNine others were wounded in Kharkiv on Friday."
    assert one(text, "wounded").claimant is None


def test_a_reference_to_the_speakers_list_keeps_the_speaker():
    text = ("The monitoring site, which counts only losses shown in photos, lists 400 Russian tanks destroyed "
            "near Sumy. Ukrainian losses on its tally include 120 tanks.")
    got = {c.value: c.claimant for c in claims(text) if c.category == "materiel_lost"}
    assert got == {400: "monitoring site", 120: "monitoring site"}


@pytest.mark.parametrize("text", [
    '"We lost 5 men," the commander said. The town of Sumy has been shelled for weeks and 300 residents have fled.',
    "'Our unit held,' the commander said. Sumy has been shelled for weeks and 300 residents have fled.",
])
def test_the_writers_sentence_after_a_quotation_stays_the_writers(text):
    assert one(text, "displaced").claimant is None


def test_a_quoted_sentence_after_a_quotation_is_the_speakers():
    assert one("'Sumy is burning,' the mayor said. 'We counted 40 dead.'").claimant == "mayor"


@pytest.mark.parametrize("text, who", [
    ("The regional administration gave an update on Tuesday. It added that 6 people were killed in Sumy.",
     "regional administration"),
    ("The defence ministry held a briefing in Kyiv. It said 30 people were killed in Sumy.", "defence ministry"),
])
def test_it_refers_to_a_body_that_reported(text, who):
    assert one(text).claimant == who


def test_what_x_called_does_not_cover_what_follows_the_name():
    text = 'Russia struck Sumy with drones overnight in what its defence ministry called a "massive strike", ' \
           'a day after an attack on Kharkiv.'
    got = {c.place.name: c.claimant for c in claims(text) if c.category == "attack"}
    assert got == {"Sumy": "Russia's defence ministry", "Kharkiv": None}


def _claimants(text):
    from sitrep.extract import extract_claims
    from sitrep.records import Document

    return [(c.category, c.value, c.claimant) for c in extract_claims(Document(id="t", text=text, published="2024-05-26"))]


def test_according_to_figures_from_a_source_names_the_source():
    assert ("displaced", 2100000, "UNICEF") in _claimants(
        "According to the latest figures from UNICEF, some 2.1 million children have fled the country.")
    assert ("displaced", 1200000, "UN refugee agency") in _claimants(
        "According to new figures released by the UN refugee agency, about 1.2 million people have fled Sudan.")


def test_according_to_the_same_report_points_back_to_its_source():
    got = _claimants("The General Staff published its morning update. "
                     "According to the same update, Russia has lost 300 tanks since the start of the war.")
    assert ("materiel_lost", 300, "General Staff") in got


def test_adverb_between_auxiliary_and_speech_verb():
    got = _claimants("The toll from the strike on a depot in Dnipro has risen to 12, the regional governor, "
                     "Serhiy Lysak, has just said. He added that 30 people were injured.")
    assert ("killed", 12, "Serhiy Lysak") in got and ("wounded", 30, "Serhiy Lysak") in got
