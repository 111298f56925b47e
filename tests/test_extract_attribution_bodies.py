"""More speakers: bodies named by a common noun ("Poland's border guard says", "according to
local aid groups", "Investigators say", "her employer said", "The document put the number of
dead at"), "..., the update added" continuing the speaker of the update just named, a closing
"he said" reaching over a "while" clause, and a dateline inside the document giving "the
city". Sentences are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def got(text, title=None):
    doc = Document(id="a", published="2022-06-02", text=text, title=title)
    return {(c.category, c.value, c.claimant) for c in extract_claims(doc)}


def test_bodies_named_by_a_common_noun_are_speakers():
    assert ("displaced", 9000.0, "Poland's border guard") in got("Poland's border guard says 9,000 people crossed into Poland yesterday.")
    assert ("displaced", 4000.0, "local aid groups") in got(
        "More than 4,000 people have fled the town since the fighting began in early July, according to local aid groups.")
    assert ("killed", 6.0, "Investigators") in got("Investigators say they have recovered the bodies of six men near the village.")
    assert ("killed", 30.0, "document") in got("The document put the number of dead at 30.")


def test_the_update_added_is_the_speaker_of_the_update_just_named():
    text = ("In its daily update, the General Staff said 300 tanks had been destroyed. Seven boats "
            "and 90 vehicles had also been destroyed, the update added.")
    assert {("materiel_lost", 7.0, "General Staff"), ("materiel_lost", 90.0, "General Staff")} <= got(text)
    # in another paragraph, with no update named there, nobody is carried over
    text = "The General Staff said 300 tanks were destroyed.\n\nThe report said 40 people were killed in Bucha."
    assert ("killed", 40.0, None) in got(text)


def test_a_closing_speaker_reaches_over_a_while_clause():
    text = ('Mayor Vladyslav Atroshenko spoke on Monday. "We keep finding bodies," Atroshenko said in '
            'his office. Roughly 90,000 people left the city while it was encircled, he said.')
    assert ("displaced", 90000.0, "Vladyslav Atroshenko") in got(text)
    # two speakers on the two sides of "while" keep their own figures
    text = "Kyiv says 40 soldiers were killed, while Moscow says 300 died."
    g = got(text)
    assert ("killed", 40.0, "Kyiv") in g and ("killed", 300.0, "Moscow") in g


def test_a_dateline_inside_a_round_up_gives_the_city():
    doc = Document(id="a", published="2023-12-30", title="Kharkiv and Avdiivka",
                   text="Avdiivka fell on Saturday.\n\nBELGOROD, Russia — Shelling of the city centre on "
                        "Thursday killed seven people, the governor said.")
    assert {c.place.name for c in extract_claims(doc) if c.category == "killed"} == {"Belgorod"}
