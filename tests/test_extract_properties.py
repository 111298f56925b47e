"""Properties: evidence offsets always slice the cleaned text; no input crashes extraction;
ids are stable; the step sets claims; bad inputs get clear errors."""
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.extract import ExtractionError, extract_claims, extract_step
from sitrep.extract.text.sentences import split_sentences
from sitrep.records import Document, Place


class FakeGeocoder:
    def geocode(self, name, context=None):
        return Place(name, 48.0, 37.0, "UA", len(name), "settlement") if name.istitle() and len(name) > 4 else None


WORDS = ["killed", "wounded", "1,500", "three", "dozens of", "tanks", "shelled", "Kyiv", "said",
         "according to", "the city of", "'", '"', ".", ",", "\n", "\n\n", "Mr.", "U.S.", "region",
         "at least", "-", "–", ":", "?", "captured", "Oblast", "he", "Zelensky", "$5", "15-year-old",
         "between", "and", "of", "yesterday", "March", "24", "people", "Russian", "forces", "•"]
texty = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(" ".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(texty)
def test_sentence_offsets_slice_the_text(text):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text


@FAST
@given(texty, st.one_of(st.none(), st.sampled_from(["2022-04-19", "2022-04-19T10:00:00+00:00", "junk"])))
def test_extraction_never_crashes_and_evidence_slices_the_text(text, published):
    doc = Document(id="h", published=published, text=text)
    for c in extract_claims(doc, geocoder=FakeGeocoder()):
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert c.category in {"killed", "wounded", "captured", "missing", "displaced", "affected",
                              "materiel_lost", "attack", "territory", "abducted", "protest"}
        assert 0 <= c.confidence <= 1


@FAST
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text):
    extract_claims(Document(id="u", text=text), geocoder=FakeGeocoder())


def test_claim_ids_are_stable_and_distinct():
    text = "Shelling of Kharkiv killed 5 people and wounded 12. Shelling of Kharkiv killed 5 people."
    a = extract_claims(Document(id="s", text=text), geocoder=FakeGeocoder())
    b = extract_claims(Document(id="s", text=text), geocoder=FakeGeocoder())
    assert [c.claim_id for c in a] == [c.claim_id for c in b]
    assert len({c.claim_id for c in a}) == len(a) >= 3


def test_step_sets_claims_and_is_picklable():
    docs = [Document(id=str(i), text=t) for i, t in enumerate(["12 soldiers were killed.", "Markets rose 2%."])]
    out = list(extract_step(iter(docs), geocoder=FakeGeocoder()))
    assert [len(d.claims) for d in out] == [1, 0]
    assert pickle.loads(pickle.dumps(extract_step)) is extract_step


def test_bad_inputs_get_clear_errors():
    with pytest.raises(ExtractionError, match="expects a Document"):
        extract_claims({"text": "12 killed"})
    with pytest.raises(ExtractionError, match="'x'.*not a string"):
        extract_claims(Document(id="x", text=None))
    assert extract_claims(Document(id="e", text="")) == []
