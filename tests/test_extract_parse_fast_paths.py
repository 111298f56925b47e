"""The parse's faster paths give exactly what spaCy's own pipeline gives."""
from sitrep.extract.text import nlp as nlp_mod
from sitrep.extract.text.attributes import fast_attributes, fast_lemmas

SENTENCES = [
    "Shelling killed three civilians in Kharkiv on March 5, the regional governor said.",
    "The RSF said they killed 120 soldiers near El Fasher; the army denied it.",
    "Let's go, we're gonna win, y'all ain't seen nothin' yet, c'mon.",
    "I told you it was there and it's not what I'd have done, but they've gotta leave.",
    "There were 12 tanks destroyed and there is no sign   of the convoy.\n\nDrones hit Goma.",
    "Whether or not the ceasefire holds, fighters had been sleeping in the school that was hit.",
    "What do they do? Does it matter? Had he known, he would have fled to Khan Younis.",
    "Israeli strikes on Gaza City killed at least 30 people, Gaza's health ministry said.",
]


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_parse_gives_the_annotations_of_the_full_spacy_pipeline():
    model = nlp_mod.nlp()
    assert set(nlp_mod._fast_components(model)) == {"attribute_ruler", "lemmatizer"}  # the bundled model's
    expected = [_annotations(d) for d in model.pipe(SENTENCES)]
    assert [_annotations(d) for d in nlp_mod.parse(SENTENCES)] == expected


def test_the_fast_attributes_match_the_ruler_on_every_token():
    model = nlp_mod.nlp()
    ruler = model.get_pipe("attribute_ruler")
    fast = fast_attributes(ruler)
    before = list(model.pipe(SENTENCES, disable=["attribute_ruler", "lemmatizer"]))
    theirs = [ruler(d.copy()) for d in before]
    ours = [fast(d.copy()) for d in before]
    assert [_annotations(d) for d in ours] == [_annotations(d) for d in theirs]
    assert any(t.lemma_ == "go" for d in ours for t in d if t.lower_ == "gon")  # a two-token pattern applied


def test_the_fast_lemmas_match_the_lemmatizer_on_every_token():
    model = nlp_mod.nlp()
    lemmatizer = model.get_pipe("lemmatizer")
    before = list(model.pipe(SENTENCES * 2, disable=["lemmatizer"]))  # twice: the second time from memory
    theirs = [lemmatizer(d.copy()) for d in before]
    fast = fast_lemmas(lemmatizer)
    ours = [fast(d.copy()) for d in before]
    assert [[t.lemma_ for t in d] for d in ours] == [[t.lemma_ for t in d] for d in theirs]
    assert "kill" in {t.lemma_ for d in ours for t in d}


def test_a_ruler_with_patterns_it_cannot_decide_keeps_spacy_s_own():
    class Ruler:
        patterns = [{"patterns": [[{"LOWER": "x", "OP": "+"}]], "attrs": {"POS": "X"}, "index": 0}]

    assert fast_attributes(Ruler()) is None
