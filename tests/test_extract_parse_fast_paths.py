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


def _layers(model):
    return [node for _, pipe in model.pipeline if getattr(pipe, "model", None) is not None
            and hasattr(pipe.model, "walk") for node in pipe.model.walk()]


def test_numpy_s_blas_gives_the_parses_thinc_s_blis_gives():
    import pytest
    from thinc.api import NumpyOps

    model = nlp_mod.nlp()
    if nlp_mod._blas_threads() is None:
        pytest.skip("numpy here multiplies with another BLAS than OpenBLAS: thinc keeps BLIS")
    layers = [n for n in _layers(model) if isinstance(n.ops, NumpyOps)]
    assert layers and not any(n.ops.use_blis for n in layers)  # the pipeline multiplies with numpy
    with_numpy = [_annotations(d) for d in nlp_mod.parse(SENTENCES)]
    before = [n.ops for n in layers]
    blis = NumpyOps(use_blis=True)
    try:
        for n in layers:
            n.ops = blis
        with_blis = [_annotations(d) for d in nlp_mod.parse(SENTENCES)]
    finally:
        for n, ops in zip(layers, before):
            n.ops = ops
    assert with_numpy == with_blis


def test_the_parse_runs_numpy_s_blas_on_one_thread_and_restores_its_count(monkeypatch):
    import pytest

    model = nlp_mod.nlp()
    found = nlp_mod._blas_threads()
    if found is None:
        pytest.skip("numpy here multiplies with another BLAS than OpenBLAS")
    get, put = found
    real = nlp_mod._fast_components(model)
    seen = []

    def spy(doc):
        seen.append(get())
        return real["attribute_ruler"](doc)

    monkeypatch.setattr(nlp_mod, "_fast_components", lambda m: {**real, "attribute_ruler": spy})
    before = get()
    put(2)
    try:
        nlp_mod.parse(SENTENCES[:2])
        assert get() == 2
    finally:
        put(before)
    assert seen == [1, 1]


def test_the_fast_rule_lemma_is_spacy_s_rule_lemma_for_every_part_of_speech():
    model = nlp_mod.nlp()
    lemmatizer = model.get_pipe("lemmatizer")
    words = ("The geese took 14 children's toys; mice ran, were running and had been hiding better "
             "than the best-armed soldiers, who'd fled the 1990s' ruins and retook Bakhmut's outskirts. "
             "Drones struck them quickly: 3 were killed, 12 injured, the ministry's spokesmen said.")
    docs = list(model.pipe(SENTENCES + [words], disable=["lemmatizer"]))
    fast = fast_lemmas(lemmatizer)
    tokens = [t for d in docs for t in d]
    assert {"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"} <= {t.pos_ for t in tokens}
    assert [fast._rule_lemma(t) for t in tokens] == [lemmatizer.rule_lemmatize(t)[0] for t in tokens]
    assert {"goose", "take", "child", "mouse"} <= {fast._rule_lemma(t) for t in tokens}


def test_a_place_noun_alone_asks_for_no_parse_but_a_next_target_does():
    from sitrep.extract.events.frame_claims import candidates
    from sitrep.extract.text.sentences import split_sentences

    text = "The city council of Lviv met on Monday. The rebels said Uvira would be the next city they take."
    sents = split_sentences(text)
    assert candidates(sents) == [1]  # "city" in any sentence would parse most of a page
