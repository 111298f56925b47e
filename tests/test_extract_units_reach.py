"""Counts whose category or noun stands away from the figure: a toll named before a relative
clause ("The number of people killed by a missile that struck ... has risen to four"), a
second figure sharing the first one's noun ("and 39 were still missing", "and injured more
than 130 on Friday"), words in scare quotes ("90 'mercenaries' had been 'eliminated'").
Sentences are written for these tests."""
import pytest

from sitrep.extract import extract_claims
from sitrep.extract.text.tokens import drop_scare_quotes, tokenize
from sitrep.extract.vocab import VocabularyError, vocab
from sitrep.records import Document


def got(text, title=None):
    doc = Document(id="u", published="2022-06-02", text=text, title=title)
    return {(c.category, c.value) for c in extract_claims(doc)}


def test_a_rising_toll_reaches_back_across_a_relative_clause():
    text = ("The number of people killed by a missile that struck a nine-storey block in Odesa "
            "overnight has risen to six, the mayor said.")
    assert ("killed", 6.0) in got(text)
    text = ("The death toll from two days of clashes between rival clans in the Darfur town of "
            "Nyala has climbed to 41, the health ministry said.")
    assert ("killed", 41.0) in got(text)


def test_a_rising_count_of_something_else_is_not_the_toll():
    text = "The death toll was not known and the number of evacuees has risen to 300, officials said."
    assert not any(c == "killed" and v == 300.0 for c, v in got(text))


def test_a_second_figure_shares_the_first_one_s_people():
    text = "At least 60 people were wounded and 12 were still missing on Sunday, police said."
    assert {("wounded", 60.0), ("missing", 12.0)} <= got(text)
    text = "The raid killed at least 30 people and injured more than 80 on Friday, medics said."
    assert {("killed", 30.0), ("wounded", 80.0)} <= got(text)
    # a bare figure with a noun of its own is not a person count
    assert not any(v == 15.0 for c, v in got("Troops killed 20 fighters and captured 15 villages on Friday."))


def test_scare_quotes_are_read_through():
    toks = drop_scare_quotes(tokenize("claiming that 90 'mercenaries' had been 'eliminated' there"))
    assert [t.text for t in toks] == ["claiming", "that", "90", "mercenaries", "had", "been", "eliminated", "there"]
    text = "The ministry claimed that more than 40 'nationalists' had been 'eliminated' in the strike."
    assert ("killed", 40.0) in got(text)
    # a quotation is no scare quote: its marks stay
    toks = tokenize('He said "we will hold the line, whatever it costs" on Monday.')
    assert drop_scare_quotes(toks) == toks


def test_ethnic_groups_are_no_places_and_a_state_is_a_region():
    text = ("Fighting between the Hausa and Berta ethnic groups in Sudan's Blue Nile state has "
            "killed 20 people, the health ministry said.")
    doc = Document(id="u", published="2022-07-18", text=text)
    assert {c.place.name for c in extract_claims(doc) if c.place} == {"Blue Nile state"}


def test_a_town_named_before_a_local_venue_is_the_place():
    doc = Document(id="u", published="2022-06-28", text="Eighteen people died at the Kremenchuk mall, officials said.")
    assert {c.place.name for c in extract_claims(doc) if c.place} == {"Kremenchuk"}


def test_every_word_list_keeps_words_yaml_would_read_as_booleans():
    v = vocab()
    assert {"on", "off", "no"} <= v.np_breakers


def test_a_user_actor_file_with_a_bare_boolean_is_a_clear_error(tmp_path):
    f = tmp_path / "actors.yaml"
    f.write_text("actors:\n  - {name: Village council, side: ukraine, aliases: [council, no]}\n")
    with pytest.raises(VocabularyError, match="true/false"):
        vocab(str(f))


@pytest.mark.parametrize("text", [
    "The death toll from the shelling was at least 40 people, the health ministry said.",
    "The number of dead from the market strike has risen to 40 people, officials said.",
])
def test_a_toll_linked_to_its_figure_by_a_verb_is_a_killed_count(text):
    from sitrep.extract import extract_claims
    from sitrep.records import Document
    got = extract_claims(Document(id="t", published="2025-03-03", text=text))
    assert [(c.category, c.value) for c in got if c.category == "killed"] == [("killed", 40.0)]


def test_people_forced_out_of_camps_are_displaced():
    from sitrep.extract import extract_claims
    from sitrep.records import Document
    got = extract_claims(Document(id="d", published="2025-03-03", text="Around 40,000 people have been forced out "
                                  "of the Jenin and Tulkarem camps, UNRWA said."))
    assert [(c.category, c.value) for c in got] == [("displaced", 40000.0)]
