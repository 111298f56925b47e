"""A headline's or lead's figure, restated in the body with its source, takes that source.

"Gaza toll since ceasefire rises to 466" opens the page in the outlet's own voice; the body
says "Gaza's health ministry said 466 people have been killed". The outlet is reporting the
ministry's figure, so the headline's claim is the ministry's: its claimant, side and modality
are the body's. Only an exact figure of the first paragraphs with no speaker of its own takes
one ("dozens" and events stay the outlet's), and only when every body claim of that figure
(same category and value, at the same place if both have one, or at a place the other's
sentence names) is attributed to the same speaker; a figure the body gives no source for, or
gives several, stays the outlet's.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Claim

#: Paragraphs of a page that make its lead: headline, standfirst and summary lines.
LEAD_PARAGRAPHS = 2


def lead_sources(claims: list[Claim], para_of) -> list[Claim]:
    """``claims`` with the lead's unattributed claims given their body source; ``para_of``
    maps a claim's evidence start to its paragraph index."""
    out = []
    for c in claims:
        if c.claimant is None and c.modality == "asserted" and c.value is not None and not c.vague \
                and para_of(c.evidence.start) < LEAD_PARAGRAPHS:
            body = [b for b in claims if b.claimant and b.modality == "claimed"
                    and b.evidence.start > c.evidence.end and _same_figure(c, b)]
            names = {b.claimant for b in body}
            if len(names) == 1:
                src = body[0]
                c = replace(c, claimant=src.claimant, claimant_side=src.claimant_side, modality=src.modality)
        out.append(c)
    return out


def _same_figure(a: Claim, b: Claim) -> bool:
    if a.category != b.category or a.value != b.value or a.value_high != b.value_high:
        return False
    if a.place is None or b.place is None or a.place.name == b.place.name:
        return True
    return b.place.name in a.evidence.text or a.place.name in b.evidence.text  # "pound Dnipro and Zaporizhzhia"
