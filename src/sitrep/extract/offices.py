"""Whom a claimant named only by name speaks for: the office the document introduces them with.

"... according to Tymur Tkachenko, head of the city's military administration": later claims
"Tkachenko said" carry only the name. The words around the name where the document gives it
(the title before it, "Kharkiv governor Oleh Syniehubov"; the apposition after it, "X, head of
...,") name a party, an armed force or a local office; the claimant speaks for that party, the
profile's unnamed forces, or the home of the claim's place (as ``sides.office_side`` does for a
claimant named by office).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from ..records import Claim
from .sides import Profile, force_words, local_words

_NAME = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$")  # "Tymur Tkachenko", "Oleh Syniehubov"
_CLAUSE_END = re.compile(r"[.;:!?\n,()\"“”]")


def person_role(name: str, text: str) -> str:
    """The words that give a named person's office where the document introduces them: the
    title before the name ("Kharkiv governor Oleh Syniehubov", "drone forces commander X") and
    the apposition after it ("Tymur Tkachenko, head of the Kyiv city military administration,")."""
    if not _NAME.match(name):
        return ""
    out = []
    for m in re.finditer(re.escape(name), text):
        parts = _CLAUSE_END.split(text[max(0, m.start() - 80):m.start()])
        before = parts[-1] if parts[-1].strip() or len(parts) < 2 else parts[-2]  # "the region's head, Ivan Fedorov"
        out.append(" ".join(before.split()[-6:]))
        after = text[m.end():m.end() + 120]
        if after.startswith(", "):
            out.append(_CLAUSE_END.split(after[2:])[0])
    return " | ".join(w for w in out if w.strip())


def person_side(c: Claim, text: str, chosen: Sequence[Profile], homes: Counter) -> str | None:
    """The side of a person the claim names only by name, from the office the document gives them."""
    role = person_role(c.claimant or "", text)
    if not role:
        return None
    party = next((pid for p in chosen for _, _, pid in p.mentions_at(role) if pid != "other"), None)
    if party is not None:
        return party
    forces = next((p.unnamed_forces for p in chosen if p.unnamed_forces), None)
    if forces and force_words().search(role):
        return forces  # "an army spokesman" in a Gaza story: the IDF's
    if local_words().search(role):
        return next((h for p in chosen if (h := p.officials(c.place))), None) \
            or (homes.most_common(1)[0][0] if homes else None)
    return None
