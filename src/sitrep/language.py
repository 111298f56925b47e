"""The language of a document (py3langid, a model shipped inside the package).

sitrep's vocabularies and parser are English, so claims are extracted from English documents
only; a document in another language is stored with its language, counted and listed in the
run's summary, so "nothing happened" is never confused with "not read". ``--lang en`` (the
environment variable ``SITREP_LANG=en``) reads every document as English.
"""
from __future__ import annotations

import functools
import os
import re

SUPPORTED = ("en",)
MODES = ("auto", "en")
MIN_LETTERS = 40  # below this, a text is too short to judge: taken as English
SAMPLE_CHARS = 4000
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset("the of and to in a is was were said on for that with by at from as has have had "
                     "it are be an this not but they their its been which after".split())


def mode() -> str:
    """``auto`` (detect) or ``en`` (every document is English), from ``SITREP_LANG``."""
    value = os.environ.get("SITREP_LANG", "auto").strip().lower() or "auto"
    return value if value in MODES else "auto"


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when it is too short to judge. Latin-script text
    full of common English words is English whatever the model says (it errs on short,
    name-heavy news text)."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if sum(map(len, words)) < MIN_LETTERS:
        return None
    english = sum(map(_ENGLISH.__contains__, map(str.lower, words))) / len(words)
    if english >= 0.08:
        return "en"
    code, prob = _identifier().classify(sample)
    return code if prob >= 0.9 else None


def language_of(text: str) -> str | None:
    """The language to record for a cleaned text under the current mode."""
    return "en" if mode() == "en" else detect(text)


def is_extracted(language: str | None) -> bool:
    """True when claims are extracted from a document of this language (None: unknown, read)."""
    return language is None or language in SUPPORTED
