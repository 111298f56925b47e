"""Sentence splitting on scraped text, with exact offsets."""
from sitrep.extract.text.sentences import split_sentences


def texts(text):
    sents = split_sentences(text)
    for s in sents:
        assert text[s.start:s.end] == s.text
    return [s.text for s in sents]


def test_missing_space_after_full_stop_is_a_boundary():
    assert texts("The town was shelled.Later the mayor spoke.") == [
        "The town was shelled.", "Later the mayor spoke."]


def test_caption_date_running_into_the_next_sentence():
    got = texts("Soldiers are seen on February 24Captured troops spoke on March 2.")
    assert got == ["Soldiers are seen on February 24", "Captured troops spoke on March 2."]


def test_abbreviations_do_not_end_sentences():
    assert texts("Gov. Ivan Petrenko said the U.S. Army and Maj. Gen. Smith agreed.") == [
        "Gov. Ivan Petrenko said the U.S. Army and Maj. Gen. Smith agreed."]


def test_quote_followed_by_he_said_stays_one_sentence():
    got = texts("'We lost the village,' he said. 'Nobody came.'")
    assert got[0] == "'We lost the village,' he said."


def test_broken_line_joins_and_lines_are_paragraphs():
    text = "The governor of the region\nsaid the bridge was hit.\n• First item\n• Second item"
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "The governor of the region\nsaid the bridge was hit.", "• First item", "• Second item"]
    assert [s.para for s in sents] == [0, 1, 2]


def test_headline_without_stop_is_its_own_sentence():
    assert texts("Police: 40 bodies found near the river\nThe count went on.") == [
        "Police: 40 bodies found near the river", "The count went on."]


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences("\n\n   \n") == []


def test_a_bar_between_titles_is_a_boundary_and_belongs_to_neither():
    got = texts("See also: Rebels tighten siege of Bhamo | Kachin villagers flee to the border")
    assert got == ["See also: Rebels tighten siege of Bhamo", "Kachin villagers flee to the border"]
    assert texts("Tanks | 3,120 (+4)") == ["Tanks | 3,120 (+4)"]  # a table row keeps its figure
