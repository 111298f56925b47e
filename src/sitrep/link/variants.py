"""Syndicated variants of a text, as re-posting sites make them: used by tests and by
bench/score_duplicates.py to measure duplicate linking."""
from __future__ import annotations

import random

BOILERPLATE = [
    "Sign up for our morning briefing and never miss a story.",
    "Share this article on social media.",
    "Related: more coverage from our correspondents in the region.",
    "Copyright the agency. All rights reserved. Republished with permission.",
    "Advertisement",
]


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def variants(text: str, seed: int = 0) -> dict[str, str]:
    """Other boilerplate and title, a truncated copy, light edits, and all of them at once."""
    rng = random.Random(seed)
    paras = _paragraphs(text)
    head = [rng.choice(BOILERPLATE), "WAR UPDATE: latest from the front"]
    tail = rng.sample(BOILERPLATE, 2)
    other = "\n\n".join(head + paras + tail)
    truncated = "\n\n".join(paras[: max(1, (len(paras) * 3 + 4) // 5)])
    words = text.split(" ")
    for _ in range(max(1, len(words) // 40)):  # a word changed in every forty
        i = rng.randrange(len(words))
        words[i] = rng.choice(["the", "reportedly", "local", "said"])
    edited = " ".join(words)
    combined = "\n\n".join(head + _paragraphs(edited)[: max(1, len(paras) - 1)] + tail)
    return {"other_boilerplate": other, "truncated": truncated, "light_edits": edited, "combined": combined}
