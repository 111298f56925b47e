"""Is a document about armed conflict? A guard against stories that borrow war's words.

Sports, business, election and weather copy is full of triggers ("the defense captured 14
steals", "an aggressive offensive in the market", "a troop of scouts was evacuated").
A document is off-topic when the words of one such frame (topic.yaml ``frames``) clearly
outnumber its words of armed conflict (``conflict``, minus metaphors listed in
``borrowed`` such as "price war"); such a document yields no claims. A document with
neither kind of word (a one-line report) is not judged off-topic.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .text.tokens import Token
from .quantities.unit_vocab import unit_vocab

MIN_FRAME = 4  # frame words needed before a document can be judged off-topic
RATIO = 2.0  # frame words per conflict word above which the frame wins


@dataclass(frozen=True)
class TopicScore:
    conflict: int
    frame: str | None
    frame_count: int

    @property
    def off_topic(self) -> bool:
        return self.frame_count >= MIN_FRAME and self.frame_count > RATIO * self.conflict


def topic_score(sentences: Iterable[list[Token]]) -> TopicScore:
    """Counts of conflict words and of the strongest non-conflict frame's words."""
    u = unit_vocab()
    conflict = 0
    frames: dict[str, int] = {}
    for toks in sentences:
        borrowed: set[int] = set()
        for s, e, _ in u.borrowed.find_all(toks):
            borrowed.update(range(s, e))
        conflict += sum(1 for s, _, _ in u.conflict.find_all(toks) if s not in borrowed)
        for _, _, names in u.frames.find_all(toks):
            for frame in names:
                frames[frame] = frames.get(frame, 0) + 1
    if not frames:
        return TopicScore(conflict, None, 0)
    frame = max(frames, key=lambda f: (frames[f], f))
    return TopicScore(conflict, frame, frames[frame])


def off_topic(sentences: Iterable[list[Token]]) -> bool:
    """True when the document is a sports, business, election or weather story (see module)."""
    return topic_score(sentences).off_topic
