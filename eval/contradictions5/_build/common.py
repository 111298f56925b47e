"""Small constructors for the scenario data."""

COOKIE = "We use cookies to improve your experience and to show you relevant content. [Accept all] [Manage settings]"


def D(sfx, url, title, published, days, lines, old_days_ok=False):
    """A document: id suffix, url, title, ISO published, {weekday: iso date}, text lines."""
    return {"sfx": sfx, "url": url, "title": title, "published": published,
            "days": days, "lines": lines, "old_days_ok": old_days_ok}


def F(category, a, b):
    """A figure contradiction; a and b are (doc suffix, evidence fragment)."""
    return {"kind": "figure", "wording": None, "category": category, "a": a, "b": b}


def N(wording, category, a, b, phrase=None):
    """A denial: a is the claim denied, b the denial."""
    return {"kind": "denial", "wording": wording, "category": category, "a": a, "b": b,
            "phrase": phrase}


def S(name, conflict, note, traps, docs, gold):
    return {"name": name, "conflict": conflict, "note": note, "traps": traps,
            "docs": docs, "gold": gold}
