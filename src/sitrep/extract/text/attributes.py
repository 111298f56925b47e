"""spaCy's ``attribute_ruler`` (part of speech and morphology from the tag, a few exceptions)
and rule ``lemmatizer``, with the same result at a fraction of the cost.

The ruler runs a ``Matcher`` of some 180 patterns over every token. Each pattern here is a
fixed sequence of tokens (mostly one) tested on their tag, lower-case form, dependency label
and whether they are white space; whether a token passes a pattern's test is decided once per
distinct combination of these four and remembered, and a pattern of several tokens matches
where each of its tokens passes. The patterns are then applied in the ruler's order (a later
pattern wins, as in spaCy), so every token gets exactly what the ruler gives it. A model
whose patterns use anything else (quantifiers, other attributes) keeps spaCy's own ruler
(``fast_attributes`` returns None).

The lemmatizer's rules give a lemma from a word's form, part of speech and morphology alone;
``fast_lemmas`` asks them once per distinct combination of these three.
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what a one-token pattern may look at here
_OPS = ("IN", "NOT_IN", "REGEX")
OTHER, _OTHER = -1, "\x00"  # a lower-case form no pattern names
_MEMO_MAX = 500_000  # remembered words: a long run's memory stays bounded


def fast_attributes(ruler) -> FastAttributes | None:
    """A drop-in for ``ruler`` (an ``AttributeRuler``), or None when its patterns use
    attributes or operators this module does not decide itself."""
    tests: list[dict] = []  # one per pattern token, in order
    patterns: list[tuple[int, tuple[int, ...]]] = []  # (ruler index, its tokens' tests)
    for index, entry in enumerate(ruler.patterns):
        for pattern in entry["patterns"]:
            for spec in pattern:
                if not all(k in _KEYS and (not isinstance(v, dict) or set(v) <= set(_OPS)) for k, v in spec.items()):
                    return None
            patterns.append((index, tuple(range(len(tests), len(tests) + len(pattern)))))
            tests.extend(pattern)
    return FastAttributes(ruler, tests, patterns)


class FastAttributes:
    def __init__(self, ruler, tests: list[dict], patterns: list[tuple[int, tuple[int, ...]]]):
        self.attrs, self.indices = ruler.attrs, ruler.indices  # normalised as the ruler applies them
        self.strings = ruler.vocab.strings
        self.tests = tests
        self.single = [(index, toks[0]) for index, toks in patterns if len(toks) == 1]
        self.multi = [(index, toks) for index, toks in patterns if len(toks) > 1]
        lowers = [spec["LOWER"] for spec in tests if "LOWER" in spec]
        self._words = {w for want in lowers for w in ([want] if isinstance(want, str) else
                                                      want.get("IN", []) + want.get("NOT_IN", []))}
        self._regexes = [want["REGEX"] for want in lowers if isinstance(want, dict) and "REGEX" in want]
        assert not any(re.search(r, _OTHER) for r in self._regexes)
        self._lower: dict[int, int] = {}  # lower-case form -> itself, or OTHER for a word no test names
        self._passed: dict[tuple, frozenset[int]] = {}  # token key -> the tests it passes
        self._found: dict[tuple, tuple] = {}  # token key -> (one-token patterns it matches, longer ones it may start)

    def __call__(self, doc: Doc) -> Doc:
        keys = [(tag, self._lower.get(lower) or self._word(lower), dep, space)
                for tag, lower, dep, space in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        found = [self._found.get(key) or self._find(key) for key in keys]
        extra: dict[int, list[int]] = {}  # token -> patterns of several tokens that set it
        for start, (_, starts) in enumerate(found):
            for index, toks in starts:
                if start + len(toks) <= len(keys) and all(t in self._passed[keys[start + j]]
                                                          for j, t in enumerate(toks)):
                    extra.setdefault(start + self.indices[index] % len(toks), []).append(index)
        for i, (ids, _) in enumerate(found):
            if i in extra:
                ids = tuple(sorted(ids + tuple(extra[i])))
            if ids:
                token = doc[i]
                for index in ids:
                    set_token_attrs(token, self.attrs[index])
        return doc

    def clear(self) -> None:
        self._lower.clear()
        self._passed.clear()
        self._found.clear()

    def _word(self, lower: int) -> int:
        """``lower``, or OTHER when no test can tell it from any other word no test names (the
        key then has few distinct values, so few are worked out)."""
        if len(self._lower) >= _MEMO_MAX:
            self._lower.clear()
        text = self.strings[lower]
        named = text in self._words or any(re.search(r, text) for r in self._regexes)
        self._lower[lower] = lower if named else OTHER
        return self._lower[lower]

    def _find(self, key: tuple) -> tuple:
        tag, lower, dep, space = key
        values = {"TAG": self.strings[tag], "LOWER": _OTHER if lower == OTHER else self.strings[lower],
                  "DEP": self.strings[dep], "IS_SPACE": bool(space)}
        passed = self._passed[key] = frozenset(
            t for t, spec in enumerate(self.tests) if all(_holds(values[k], want) for k, want in spec.items()))
        found = self._found[key] = (tuple(index for index, t in self.single if t in passed),
                                    tuple((index, toks) for index, toks in self.multi if toks[0] in passed))
        return found


def _holds(value, want) -> bool:
    """The Matcher's test of one token attribute against one pattern value."""
    if not isinstance(want, dict):
        return value == want
    for op, arg in want.items():
        if op == "IN" and value not in arg:
            return False
        if op == "NOT_IN" and value in arg:
            return False
        if op == "REGEX" and re.search(arg, value) is None:
            return False
    return True


def fast_lemmas(lemmatizer) -> FastLemmas | None:
    """A drop-in for spaCy's own rule or lookup ``lemmatizer`` (None for any other)."""
    if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer) or lemmatizer.overwrite \
            or lemmatizer.mode not in ("rule", "lookup"):
        return None
    try:
        lemmatizer._validate_tables()  # what its own first call checks
    except Exception:
        return None
    return FastLemmas(lemmatizer)


class FastLemmas:
    def __init__(self, lemmatizer):
        self.lemmatizer, self.strings = lemmatizer, lemmatizer.vocab.strings
        self._lemma: dict[tuple[int, int, int], int] = {}  # (form, part of speech, morphology) -> lemma
        self._index: dict[str, frozenset[str]] = {}  # part of speech -> the lemmatizer's known words

    def clear(self) -> None:
        self._lemma.clear()

    def __call__(self, doc: Doc) -> Doc:
        if len(self._lemma) >= _MEMO_MAX:
            self._lemma.clear()
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma == 0:  # not set by the attribute ruler
                key = (orth, pos, morph)
                found = self._lemma.get(key)
                if found is None:
                    token = doc[i]
                    lemma = self._rule_lemma(token) if self.lemmatizer.mode == "rule" else \
                        self.lemmatizer.lemmatize(token)[0]
                    found = self._lemma[key] = self.strings.add(lemma)
                doc[i].lemma = found
        return doc

    def _rule_lemma(self, token) -> str:
        """``Lemmatizer.rule_lemmatize(token)[0]``, step for step, but with each part of speech's
        index of known words as a set: spaCy's is a list of thousands, searched for every
        candidate form (some tens of microseconds a word)."""
        lem = self.lemmatizer
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space") or lem.is_base_form(token):
            return lem.rule_lemmatize(token)[0]  # no rules read: spaCy's own answer is quick
        index_table = lem.lookups.get_table("lemma_index", {})
        exc_table = lem.lookups.get_table("lemma_exc", {})
        rules_table = lem.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return lem.rule_lemmatize(token)[0]
        index = self._index.get(univ_pos)
        if index is None:
            index = self._index[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = token.text
        string = orig.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms[0]
