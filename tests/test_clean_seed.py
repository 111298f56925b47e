"""The shared seed document (read at run time from ../shared, never copied): every `with`
snippet kept, every `without` snippet gone, every `once` snippet exactly once."""
import json
from pathlib import Path

import pytest

from sitrep.clean import clean_text

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "dev" / "clean"


@pytest.fixture(scope="module")
def seed():
    text_path, spec_path = SEED / "seed-000.txt", SEED / "seed-000.json"
    if not (text_path.is_file() and spec_path.is_file()):
        pytest.skip(f"shared seed not found under {SEED}")
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    return clean_text(text_path.read_text(encoding="utf-8")).text, spec


def test_seed_keeps_every_with_snippet(seed):
    cleaned, spec = seed
    assert spec["with"]
    assert [s for s in spec["with"] if s not in cleaned] == []


def test_seed_drops_every_without_snippet(seed):
    cleaned, spec = seed
    assert spec["without"]
    assert [s for s in spec["without"] if s.casefold() in cleaned.casefold()] == []


def test_seed_keeps_once_snippets_exactly_once(seed):
    cleaned, spec = seed
    assert spec["once"]
    assert {s: cleaned.count(s) for s in spec["once"] if cleaned.count(s) != 1} == {}
