"""Properties of the text pass on generated input: it never fails and never rewrites text."""
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.clean import clean_text
from sitrep.clean.normalize import normalise_lines

WORDS = st.sampled_from([
    "the", "army", "said", "Share", "Home", "+3 View gallery", "Donate now", "Loaded: 0%",
    "shelling", "of", "Kyiv", "12", "killed", "Comments", "cookies", "By", "Reuters", ".",
    "\u200b", "\x00", "\t", "Account number:", "Sort code:", "\u00e9t\u00e9", "\u5e02",
])
LINES = st.lists(st.lists(WORDS, min_size=0, max_size=30).map(" ".join), max_size=25)


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_output_is_made_of_input_text_only(lines):
    raw = "\n".join(lines)
    result = clean_text(raw)
    flat = "\n".join(normalise_lines(raw))
    for paragraph in result.text.split("\n\n"):
        assert paragraph == "" or paragraph in flat
    assert result.text == clean_text(raw).text  # deterministic
    for removal in result.removed:
        assert removal.reason and isinstance(removal.text, str)
