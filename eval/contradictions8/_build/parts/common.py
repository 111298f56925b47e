"""Helpers shared by the part files (standard library only)."""
import textwrap


def D(id, url, title, published, text, weekdays=None):
    """One document. `weekdays` declares each bare weekday named in the text with its date."""
    return {"id": id, "url": url, "title": title, "published": published,
            "text": textwrap.dedent(text).strip("\n"), "weekdays": weekdays or {}}


def P(kind, wording, category, a, b):
    """One true pair; a and b are (doc_id, verbatim evidence fragment)."""
    return {"kind": kind, "wording": wording, "category": category,
            "a": {"doc_id": a[0], "evidence": a[1]}, "b": {"doc_id": b[0], "evidence": b[1]}}


def S(num, slug, conflict, note, tests, docs, pairs=()):
    return {"num": num, "slug": slug, "conflict": conflict, "note": note, "tests": tests,
            "docs": list(docs), "contradictions": list(pairs)}
