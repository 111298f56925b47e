"""Speakers referred back to across sentences, and appositions that name a speaker."""
import pytest

from sitrep.extract import extract_claims
from sitrep.records import Document, Place


class FakeGeocoder:
    def geocode(self, name, context=None):
        if name in ("Sumy", "Kharkiv", "Bakhmut", "Lyman", "Izium", "Balakliia"):
            return Place(name, 50.0, 35.0, "UA", 1, "settlement")
        return None


def claimant(text, category="killed"):
    doc = Document(id="r", published="2024-03-01", text=text)
    got = [c for c in extract_claims(doc, geocoder=FakeGeocoder()) if c.category == category]
    assert got, text
    return got[-1].claimant


@pytest.mark.parametrize("text, who", [
    # a long description of the office between commas does not hide the name before it
    ("Shelling hit a school in Sumy overnight, Petro Marchenko, head of the Sumy City Military "
     "Administration, said on Telegram. Two people were killed there, he said.", "Petro Marchenko"),
    ("Olha Kravets, spokeswoman for the State Border Guard Service of Ukraine, said 4 guards were "
     "killed near Sumy.", "Olha Kravets"),
    ("Nine soldiers were killed near Lyman, Andriy Sobko, deputy commander of the Eastern Operational "
     "Command, told reporters.", "Andriy Sobko"),
    # a role of lowercase office words: "head of the Sumy regional military administration"
    ("A drone hit a shop in Sumy, killing three people, including a 10-year-old girl, Ihor Tkach, "
     "head of the Sumy regional military administration, wrote on Telegram.", "Ihor Tkach"),
])
def test_a_long_role_in_apposition_keeps_the_name(text, who):
    assert claimant(text) == who


@pytest.mark.parametrize("text, who", [
    ("The militia's founder, Dmytro Halych, claimed the capture of the bridge. Later he said that "
     "about 300 of his men had been killed there.", "Dmytro Halych"),
    ("The company's founder, Artem Bilyk, said the plant was hit on Monday. He said 12 workers were killed in Kharkiv.",
     "Artem Bilyk"),
])
def test_a_founder_in_apposition_is_a_speaker_for_he(text, who):
    assert claimant(text) == who


@pytest.mark.parametrize("text", [
    "The regional governor, Oleh Marko, said the town was shelled. In Izium, a drone attack wounded "
    "a man who was walking home. Four people were killed in Balakliia, he said.",
    "Governor Oleh Marko spoke on television. In Lyman, a shell injured a woman who was queuing "
    "for bread, Oleh Marko said. Later 4 people were killed in Izium, he said.",
])
def test_a_place_opening_a_sentence_is_not_a_speaker_for_he(text):
    assert claimant(text) == "Oleh Marko"


@pytest.mark.parametrize("text, who", [
    ("The Northern Liberation Front said on Friday it had seized a border post. The group said its "
     "fighters had killed 30 soldiers in the assault.", "Northern Liberation Front"),
    ("The Free Valley Movement announced a ceasefire on Monday. On Tuesday the movement said 8 of "
     "its members were killed in an air strike.", "Free Valley Movement"),
])
def test_the_group_refers_back_to_the_named_organisation(text, who):
    assert claimant(text) == who


def test_the_group_without_a_named_organisation_stays_as_written():
    assert claimant("The group said 30 soldiers were killed in the assault.") == "group"


@pytest.mark.parametrize("text, who", [
    ("Gunmen killed at least 40 villagers on Sunday, according to two security sources.",
     "two security sources"),
    ("At least 25 people were killed in the raid, according to three local officials.",
     "three local officials"),
    ("Six soldiers were killed, according to 2 military sources and a resident.", "2 military sources"),
])
def test_according_to_a_counted_source(text, who):
    assert claimant(text) == who


@pytest.mark.parametrize("text", [
    "The army said on Monday it had destroyed 3 tanks.\n\nThe list also includes 12 destroyed artillery systems.",
    "The army said on Monday it had destroyed 3 tanks.\n\nThe list continues with 12 artillery systems.",
    "The army said on Monday it had destroyed 3 tanks. The update also counts 12 destroyed helicopters.",
])
def test_the_list_after_a_speaker_is_their_report(text):
    doc = Document(id="r", published="2024-03-01", text=text)
    got = [c for c in extract_claims(doc, geocoder=FakeGeocoder()) if c.category == "materiel_lost"]
    assert {c.value: c.claimant for c in got}.get(12) == "army"


def test_a_toll_in_the_writers_voice_stays_unattributed():
    assert claimant("The mayor said shelling went on.\n\nThe toll rose to 12 killed in Sumy.") is None


@pytest.mark.parametrize("text, category, who", [
    # "according to him": the pronoun object of a source phrase is the last named speaker
    ("Mayor Ihor Terekhov said 3 people were killed in Kharkiv. According to him, 7 more were "
     "wounded.", "wounded", "Mayor Ihor Terekhov"),
    # a speaker met again as a subject, long after speaking, is the one "he" refers to
    ("Governor Serhiy Lysak said a strike on Sumy killed 4. The army said it hit back. Moscow denied "
     "it. Britain said little. Kyiv said more. Berlin said less. The EU said nothing. Lysak asked "
     "people to leave. About 900 were evacuated from Sumy, he said.", "displaced", "Governor Serhiy Lysak"),
    # a place word between the speaker and the verb
    ("Residents there said 6 civilians were killed in Izium.", "killed", "Residents"),
    # a hospital as source
    ("Two men were wounded in Balakliia, according to the district hospital.", "wounded", "district hospital"),
])
def test_speakers_named_again_or_by_object_pronoun(text, category, who):
    assert claimant(text, category) == who


@pytest.mark.parametrize("text, category, who", [
    # "the group" read on the parse takes the organisation named before
    ("Al-Shabaab said it attacked an army base near Jowhar. The group also claimed to have "
     "destroyed four army vehicles in the fighting.", "materiel_lost", "Al-Shabaab"),
    # a body introduced by an apposition ("X, a monitoring group") is what "the group" means later
    ("The Karen Human Rights Watch Network, a monitoring group based in Mae Sot, counted the "
     "dead. Another 14 villagers were wounded, according to the group.", "wounded",
     "Karen Human Rights Watch Network"),
    # the speaker of the first of two coordinated verbs speaks the second
    ("The Nigeria Security Watch, a research group, blamed ISWAP for the raid and said 23 "
     "farmers were killed near Damboa.", "killed", "Nigeria Security Watch"),
])
def test_definite_descriptions_and_coordinated_speech_name_the_body(text, category, who):
    assert claimant(text, category) == who


def test_an_office_followed_by_its_holder_s_name_gives_the_name_and_the_office_s_side():
    doc = Document(id="r", published="2024-03-01", text=(
        "A missile hit a depot in Kharkiv, killing three workers, according to the regional "
        "governor, Oleh Syniehubov."))
    got = [c for c in extract_claims(doc, geocoder=FakeGeocoder()) if c.category == "killed"]
    assert [(c.claimant, c.claimant_side) for c in got] == [("Oleh Syniehubov", "ukraine")]


@pytest.mark.parametrize("text, who", [
    # the place phrase after a body belongs to it: the body speaks
    ("Al-Shifa Hospital in the northern part of Gaza City said it had received 17 bodies.", "Al-Shifa Hospital"),
    ("Officials in the town of Kupiansk said 3 people were killed.", "Officials"),
    # an adverb between the speaker and the verb is skipped
    ("The Sudanese army strongly said 12 civilians were killed in the shelling of Omdurman.", "Sudanese army"),
])
def test_a_speaker_before_a_place_phrase_or_an_adverb(text, who):
    assert claimant(text) == who


def test_the_group_is_the_party_named_just_before_even_when_it_did_not_speak_there():
    doc = Document(id="r", published="2026-06-10", text=(
        "JNIM, al-Qaeda's branch in the Sahel, issued a claim late on Monday for the attack on the army camp at Djibo.\n"
        "The group claimed 57 soldiers were killed at Djibo."))
    assert [c.claimant for c in extract_claims(doc) if c.category == "killed"] == ["JNIM"]


def test_a_datelines_place_is_no_speaker_before_the_spokesman_it_introduces():
    doc = Document(id="r", published="2026-06-10", text=(
        "SANAA, June 10 - The armed forces spokesman, Brigadier General Yahya Mansour, said the naval "
        "forces had struck the tanker Aegean Star in the Red Sea."))
    got = [c.claimant for c in extract_claims(doc)]
    assert got and all(c and "SANAA" not in c for c in got)


def test_a_ministry_of_two_portfolios_is_one_claimant():
    doc = Document(id="r", published="2026-10-22", text=(
        "The Ministry of Justice and Public Security said 610 people had been killed in Haiti since July."))
    assert [c.claimant for c in extract_claims(doc)] == ["Ministry of Justice and Public Security"]


@pytest.mark.parametrize("noun", ["communiqué", "statement", "bulletin"])
def test_according_to_the_statement_is_its_issuer_named_before(noun):
    text = ("The army's General Staff said in a statement on Monday that its units repelled an attack "
            f"near Izium. Four soldiers were killed near Izium, according to the {noun}.")
    assert claimant(text) == "army's General Staff"


def test_a_quoted_statement_announced_by_a_colon_line_is_its_issuers():
    text = ("KHARTOUM - The Rapid Support Forces said they had taken a village in North Kordofan.\n\n"
            "The paper translated the RSF statement. Its full text reads:\n\n"
            "\"Glory to our fighters. Our units killed 40 of the enemy and took the village.\n\n"
            "We will keep advancing.\"\n\n"
            "Twelve civilians were killed in El Obeid on Sunday.")
    doc = Document(id="q", published="2024-03-01", text=text)
    got = {c.value: c for c in extract_claims(doc, geocoder=FakeGeocoder()) if c.category == "killed"}
    assert got[40.0].claimant in ("RSF", "Rapid Support Forces") and got[40.0].modality == "claimed"
    assert got[12.0].claimant is None  # after the quotation closes, the outlet's own voice again


def test_a_quotation_after_said_in_a_statement_colon_is_the_speakers():
    text = ("The regional governor said in a statement:\n\n"
            "\"Russian shelling killed seven people in Sumy overnight.\"")
    assert claimant(text) == "regional governor"
