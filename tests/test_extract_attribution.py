"""Who asserts each claim: attribution patterns, name resolution, sides, user vocabularies."""
import pytest

from sitrep.extract import VocabularyError, extract_claims
from sitrep.extract.attribution.choice import claimant_side
from sitrep.extract.vocab import vocab
from sitrep.records import Document, Place


class FakeGeocoder:
    def geocode(self, name, context=None):
        if name in ("Sumy", "Kharkiv", "Bakhmut"):
            return Place(name, 50.0, 35.0, "UA", 1, "settlement")
        return None


def claims(text, **kw):
    return extract_claims(Document(id="a", published="2023-03-01", text=text), geocoder=FakeGeocoder(), **kw)


def claimant(text, category="killed", **kw):
    got = [c for c in claims(text, **kw) if c.category == category]
    assert got, text
    return got[0].claimant


@pytest.mark.parametrize("text, who", [
    ("Ukrainian officials said 14 civilians were killed in Sumy.", "Ukrainian officials"),
    ("Shelling killed 14 civilians in Sumy, the regional governor said.", "regional governor"),
    ("Shelling killed 14 civilians in Sumy, said Oleh Petrenko, the head of the council.", "Oleh Petrenko"),
    ("According to the State Emergency Service, 14 civilians were killed in Sumy.", "State Emergency Service"),
    ("The Russian Defence Ministry claimed 14 Ukrainian soldiers were killed.", "Russian Defence Ministry"),
    ("The ministry, citing local police, said 14 people were killed.", "local police"),
    ("US officials told the New York Times that 14 soldiers were killed.", "US officials"),
    ("In Kharkiv, Gov. Petro Ivanenko said 14 people were killed.", "Gov. Petro Ivanenko"),
    ("Police: 14 bodies found near Bakhmut", "Police"),
    ("14 people were killed in Sumy.", None),
])
def test_attribution_patterns(text, who):
    assert claimant(text) == who


def test_who_claimed_apposition_and_full_name():
    text = ("President Olena Marchuk visited the front on Monday.\n"
            "Marchuk, who claimed 300 enemy soldiers were killed, also said the town held.")
    assert claimant(text) == "Olena Marchuk"


def test_pronoun_resolves_to_last_named_speaker():
    text = ("Mayor Ihor Kovalenko spoke to reporters in Sumy.\n"
            "Kovalenko said the city was calm. He added that 6 people were wounded overnight.")
    assert claimant(text, "wounded") == "Ihor Kovalenko"


def test_definite_description_resolves_to_earlier_speaker():
    text = ("A senior U.S. defense official said the offensive had stalled.\n"
            "The official said 40 Russian tanks were destroyed near Bakhmut.")
    assert claimant(text, "materiel_lost") == "senior U.S. defense official"


def test_following_sentence_gives_the_source_of_the_figures():
    text = "More than 80 bodies were found in Bakhmut. That's according to the local prosecutor, who spoke Friday."
    assert claimant(text) == "local prosecutor"


def test_quoted_paragraph_shares_its_speaker():
    text = "'We held the line for a week. Twenty of our men were killed,' the commander said."
    assert claimant(text) == "commander"


def test_pronoun_refers_to_the_last_speaker_even_a_described_one():
    text = ("President Olena Marchuk said the front held.\n"
            "A soldier from the brigade spoke to us.\nHe said 5 of his friends were killed.")
    assert claimant(text) == "soldier from the brigade"


def test_pronoun_after_a_speaker_we_cannot_name_stays_unnamed():
    text = ("President Olena Marchuk said the front held.\n"
            "The man we met at the checkpoint said the night was long. He said 5 of his friends were killed.")
    assert claimant(text) is None


def test_modality_from_the_verb():
    assert [c.modality for c in claims("Kyiv denied that 50 of its soldiers were captured.")] == ["denied"]
    assert [c.modality for c in claims("The ministry said 50 soldiers were captured.")] == ["claimed"]
    assert [c.modality for c in claims("50 soldiers were captured near Bakhmut.")] == ["asserted"]
    warned = claims("The governor warned that thousands of people could be killed if the dam fails.")
    assert [c.modality for c in warned] == ["warned"]


@pytest.mark.parametrize("who, side", [
    ("Volodymyr Zelensky", "ukraine"), ("Ukrainian officials", "ukraine"), ("the Kremlin", "russia"),
    ("Russian Defense Ministry spokesman Igor Konashenkov", "russia"), ("Pentagon", "other"),
    ("UN human rights office", "other"), ("a local shopkeeper", None), (None, None),
])
def test_claimant_side(who, side):
    assert claimant_side(who) == side


def test_user_actor_file_by_argument_and_env(tmp_path, monkeypatch):
    f = tmp_path / "actors.yaml"
    f.write_text("actors:\n  - {side: russia, names: [Donbas Watch]}\n", encoding="utf-8")
    text = "Donbas Watch said 9 soldiers were killed near Bakhmut."
    c = [c for c in claims(text, actors_file=str(f)) if c.category == "killed"][0]
    assert (c.claimant, c.claimant_side) == ("Donbas Watch", "russia")
    assert claimant_side("Donbas Watch") is None  # not in the shipped vocabulary
    monkeypatch.setenv("SITREP_ACTORS", str(f))
    vocab.cache_clear()
    try:
        assert claimant_side("Donbas Watch", vocab()) == "russia"
    finally:
        monkeypatch.delenv("SITREP_ACTORS")
        vocab.cache_clear()


def test_bad_user_actor_file_names_the_file(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("actors:\n  - {side: martians, names: [X]}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="bad.yaml"):
        claims("5 soldiers were killed.", actors_file=str(f))
    with pytest.raises(VocabularyError, match="missing.yaml"):
        claims("5 soldiers were killed.", actors_file=str(tmp_path / "missing.yaml"))
