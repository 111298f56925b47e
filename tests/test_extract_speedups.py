"""Faster forms of the extractor's lookups find exactly what the plain forms find."""
import re

from sitrep.extract.places import context


def _plain_and_grouped():
    _, codes = context._country_pattern()
    parts = [(k, re.escape(k) + ("" if len(k) >= 5 else r"(?:i|is|ian|ians|an|ans|ese)?\b"))
             for k in sorted(codes, key=len, reverse=True)]
    plain = re.compile(r"\b(?:" + "|".join(p for _, p in parts) + ")")
    return plain, re.compile(r"\b" + context.by_first_letter(parts))


TEXT = ("Sudanese and South Sudanese refugees crossed into Chad, Niger and Nigeria; Malian, Iranian and "
        "Israeli officials, the United States, the DRC, Ukraine's Ukrainian-led forces, a male nurse, "
        "Yemeni Houthis in the Red Sea off Eritrea, Lebanese, Syrian, Iraqi and Omani envoys, Mali, Oman.")


def test_the_country_pattern_grouped_by_first_letter_matches_as_the_plain_alternation():
    plain, grouped = _plain_and_grouped()
    low = TEXT.lower()
    spans = [m.span() for m in plain.finditer(low)]
    assert len(spans) >= 15 and "male" not in {low[a:b] for a, b in spans}
    assert [m.span() for m in grouped.finditer(low)] == spans
    for i in range(len(low)):  # at every position, the same name or none
        a, b = plain.match(low, i), grouped.match(low, i)
        assert (a and a.group(0)) == (b and b.group(0))


def test_the_country_pattern_in_use_is_the_grouped_one():
    _, grouped = _plain_and_grouped()
    assert context._country_pattern()[0].pattern == grouped.pattern
    assert context._codes_in("Sudanese troops entered South Sudan") >= {"SD", "SS"}


def _find_all_by_match_at(index, tokens):
    """find_all's meaning, spelled with match_at: leftmost, longest, no overlaps."""
    out, i = [], 0
    while i < len(tokens):
        m = index.match_at(tokens, i)
        if m:
            out.append((i, i + m[0], m[1]))
            i += m[0]
        else:
            i += 1
    return out


def test_find_all_finds_leftmost_longest_phrases_as_match_at_does():
    from hypothesis import given, settings, strategies as st

    from sitrep.extract.text.tokens import PhraseIndex, tokenize

    index = PhraseIndex({"killed": "k", "were killed": "wk", "were killed in": "wki", "in": "i",
                         "air defence": "ad", "air defence means": "adm", "means": "m", "the": "t"})
    words = st.sampled_from(["were", "killed", "in", "air", "defence", "means", "the", "Kyiv", ",", "were"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(words, max_size=12))
    def check(ws):
        tokens = tokenize(" ".join(ws))
        assert index.find_all(tokens) == _find_all_by_match_at(index, tokens)

    check()
    found = index.find_all(tokenize("3 were killed in air defence means and air defence"))
    assert [p for _, _, p in found] == ["wki", "adm", "ad"]
