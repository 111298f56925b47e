"""The cleaning vocabularies load from data files and bad entries are reported clearly."""
import pytest

from sitrep.clean import vocab as vocab_mod
from sitrep.clean.vocab import VocabularyError, vocab


def test_data_files_load_with_every_reason():
    v = vocab()
    for reason in ("video_player", "platform_footer", "share_subscribe", "cookie", "navigation",
                   "appeal", "comments_start", "section_end"):
        assert reason in v.lines
    for name in ("gallery_counter", "appeal_strong", "appeal_weak", "credit", "markup"):
        assert name in v.patterns
    assert v.splitters and all(p.groups == 1 for p in v.splitters)
    assert v.lines["cookie"].match("This website uses cookies to improve your experience.")
    assert not v.lines["cookie"].match("Troops shelled the bakery on Monday.")


def test_bad_pattern_is_named():
    with pytest.raises(VocabularyError, match="'demo'.*bad pattern"):
        vocab_mod._union("demo", ["(unclosed"], whole_line=True)
    with pytest.raises(VocabularyError, match="list of strings"):
        vocab_mod._union("demo", "not a list", whole_line=False)
    with pytest.raises(VocabularyError, match="exactly one group"):
        vocab_mod._splitter(r"\d+ \w+")
