"""Speech frames read on the parse, for claims the surface rules leave unattributed. The
sentences are written for these tests."""
import pytest

from sitrep.extract import extract_claims
from sitrep.records import Document


def claimants(text):
    doc = Document(id="a", published="2024-07-01", text=text)
    return {(c.category, c.value, c.claimant) for c in extract_claims(doc)}


@pytest.mark.parametrize("text, unit", [
    ("According to some unofficial Russian Telegram channels, as many as 80 Russians were killed.",
     ("killed", 80.0, "some unofficial Russian Telegram channels")),
    ("A former commander of the ambushed convoy said on Telegram that more than 15 men had been captured.",
     ("captured", 15.0, "A former commander of the ambushed convoy")),
    ("At least 300 people have been killed in strikes on Rafah since May, according to the enclave's health ministry.",
     ("killed", 300.0, "enclave's health ministry")),
    ("The region's civil defence said Saturday's strikes by the RSF killed 21 people in El Obeid.",
     ("killed", 21.0, "region's civil defence")),
])
def test_the_parse_names_the_speaker_of_an_unattributed_claim(text, unit):
    assert unit in claimants(text)


def test_an_appositive_name_is_the_speaker():
    got = claimants("The head of the regional administration, Oleh Synehubov, said four people were killed in Kharkiv.")
    assert ("killed", 4.0, "Oleh Synehubov") in got


def test_passive_reports_and_media_are_no_speakers():
    assert all(c is None for _, _, c in claimants("Strikes were also reported in Dnipro and Sumy."))
    assert all(c is None for _, _, c in claimants(
        "Some 100 protesters marched in Melitopol, according to footage verified by the agency."))


def test_a_semicolon_ends_a_speech_verbs_reach():
    got = claimants("Gunmen abducted 30 pupils in Kuriga in March; local officials said on Friday that talks had begun.")
    assert all(c is None for cat, _, c in got if cat == "abducted")


def test_a_long_name_labelling_a_bulletin_line_is_its_speaker():
    got = claimants("African Union Support and Stabilization Mission in Somalia (AUSSOM): troops of its Ugandan "
                    "contingent repelled an attack on a forward base, killing three attackers.")
    assert ("killed", 3.0, "African Union Support and Stabilization Mission in Somalia (AUSSOM)") in got
    got = claimants("Somali Police Force, spokesman Abdifatah Aden Hassan: a roadside bomb struck a minibus in "
                    "Mogadishu, killing four people.")
    assert ("killed", 4.0, "Somali Police Force, spokesman Abdifatah Aden Hassan") in got
    assert all(c is None for _, _, c in claimants("BELGOROD REGION: two people were killed by shelling."))


def test_a_short_acronym_keeps_the_article_the_text_gives_it():
    got = claimants("Nearly 2 million people had been displaced in Gaza, according to figures from the UN.")
    assert ("displaced", 2000000.0, "the UN") in got
    assert ("killed", 12.0, "MSF") in claimants("MSF said 12 people were killed in El Fasher.")


def test_a_speaker_the_parser_hung_on_the_claims_last_noun_still_speaks():
    got = extract_claims(Document(id="p", published="2024-07-30", text=(
        "Eight people were killed in a strike on a shelter in Deir al-Balah, a medic at the "
        "hospital that treated the wounded told reporters.")))
    assert got and all(c.claimant and "medic" in c.claimant for c in got)


def test_according_to_new_developments_names_no_one():
    got = extract_claims(Document(id="p", published="2025-12-23", text=(
        "According to new developments, Ukrainian troops have withdrawn from the eastern town of Siversk.")))
    assert got and all(c.claimant is None for c in got)


def test_a_dateline_does_not_hide_the_speaker_of_the_lead_sentence():
    got = extract_claims(Document(id="p", published="2026-08-22", text=(
        "SANAA, Aug. 22 - The spokesman of the armed forces, Brigadier General Yahya Karim, announced on "
        "Saturday that air defences had shot down three American drones over Marib province.")))
    assert got and all(c.claimant and any(w in c.claimant for w in ("Karim", "spokesman", "armed forces"))
                       for c in got)


def test_a_second_clauses_own_speaker_is_not_the_first_clauses_subject():
    got = claimants("Ukrainian troops have pushed east of Kupiansk near Radkivka, and the Russian Defence "
                    "Ministry on March 9 claimed the capture of Kindrativka, north of the town.")
    assert ("territory", None, "Russian Defence Ministry") in got


def test_who_puts_a_toll_at_a_figure_gives_it():
    got = claimants("The health ministry put the toll from Sunday's shelling of Omdurman at eight dead and 30 wounded.")
    assert ("killed", 8.0, "health ministry") in got and ("wounded", 30.0, "health ministry") in got


def test_a_hyphenated_modifier_stays_in_the_speakers_name():
    got = claimants("Four soldiers guarding a bridge near Kupiansk were captured on Monday, the Kharkiv "
                    "operational-tactical grouping said.")
    assert ("captured", 4.0, "Kharkiv operational-tactical grouping") in got


def test_a_town_in_the_speakers_name_is_not_where_the_figure_happened():
    doc = Document(id="a", published="2024-07-01",
                   text="Four soldiers guarding a bridge near Kupiansk were captured on Monday, the Kharkiv "
                        "operational-tactical grouping said.")
    placed = {(c.category, c.place.name if c.place else None) for c in extract_claims(doc)}
    assert ("captured", "Kupyansk") in placed and ("captured", "Kharkiv") not in placed


def test_a_plural_possessive_stays_in_the_speakers_name():
    assert ("captured", 11.0, "Palestinian Prisoners' Society") in claimants(
        "Eleven men were detained in Hebron overnight, the Palestinian Prisoners' Society said.")
