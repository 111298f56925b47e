"""A speaker separated from its verb by an aside ("X, for its part, said") or by a first
predicate ("Azerbaijan does not disclose its losses but says ..."). Sentences written for
these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def claimants(text):
    doc = Document(id="s", published="2022-10-01", text=text)
    return {(c.category, c.value, c.claimant) for c in extract_claims(doc)}


def test_an_aside_between_speaker_and_verb():
    assert ("killed", 40.0, "Ukraine's General Staff") in claimants(
        "Ukraine's General Staff, for its part, said 40 Russian soldiers were killed near Soledar.")


def test_a_speaker_s_second_predicate():
    got = claimants("Azerbaijan does not disclose its military casualties but says 41 civilians have been killed.")
    assert ("killed", 41.0, "Azerbaijan") in got
    got = claimants("The army denied the report and said 12 soldiers were wounded.")
    assert ("wounded", 12.0, "army") in got
    # a fronted phrase is not read as the speaker; the first verb's subject is
    got = claimants("After a night of shelling, residents fled and said 12 soldiers were wounded.")
    assert ("wounded", 12.0, "residents") in got
