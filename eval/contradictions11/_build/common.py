"""Small helpers shared by the scenario data modules."""


def doc(id, url, title, published, *paras):
    """One input document; paragraphs are joined by blank lines."""
    return {"id": id, "url": url, "title": title, "published": published,
            "text": "\n\n".join(paras)}


def fig(category, a_doc, a_ev, b_doc, b_ev):
    """A figure contradiction: two claimants, different numbers for the same thing."""
    return {"kind": "figure", "wording": None, "category": category,
            "a": {"doc_id": a_doc, "evidence": a_ev},
            "b": {"doc_id": b_doc, "evidence": b_ev}}


def den(wording, category, a_doc, a_ev, b_doc, b_ev):
    """A denial: a is the claim denied, b the denial sentence."""
    return {"kind": "denial", "wording": wording, "category": category,
            "a": {"doc_id": a_doc, "evidence": a_ev},
            "b": {"doc_id": b_doc, "evidence": b_ev}}


def scen(name, conflict, kind, summary, note, docs, contradictions):
    """kind: short label for the README list (e.g. 'figure killed', 'trap: revision')."""
    return {"name": name, "conflict": conflict, "kind": kind, "summary": summary,
            "note": note, "docs": docs, "contradictions": contradictions}
