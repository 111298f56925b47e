"""Words glued across a lost space are split again when the head is a well-known place."""
from sitrep.clean.glued import unglue
from sitrep.clean import clean_document
from sitrep.records import Document


def test_a_place_glued_to_a_small_word_is_split():
    text, n = unglue("Drones hit Odesain the south and Khartoumon Monday; Bakhmutwas quiet.")
    assert text == "Drones hit Odesa in the south and Khartoum on Monday; Bakhmut was quiet."
    assert n == 3


def test_names_and_words_that_only_look_glued_stay_whole():
    text = ("Hamas, Putin, Martin, Britain, the Kremlin, Benjamin, Latin, Boston, Preston, Stalin, Erdogan, "
            "Jason, Bastion, Legion, Israelis, Login/Register and https://example.com/Cat-found-in-New-Mexico-after-x.")
    assert unglue(text) == (text, 0)


def test_cleaning_repairs_glued_words_and_says_how_many():
    doc = clean_document(Document(id="g", raw_text="Shelling hit Kharkivon Tuesday, the governor said."))
    assert "Kharkiv on Tuesday" in doc.text
    assert doc.meta.get("glued_words_split") == 1


def test_a_long_town_name_glued_is_split_even_when_the_town_is_small():
    assert unglue("Gangs seized control of the central town of Mirebalaison Monday.")[0] == \
        "Gangs seized control of the central town of Mirebalais on Monday."
