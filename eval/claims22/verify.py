#!/usr/bin/env python3
"""Check eval/claims22: gold_full/ and gold_meta/ against gold/ and docs.jsonl, then print counts.

For every document: gold/<id>.gold.json, gold_full/<id>.gold.json and gold_meta/<id>.json exist; gold_full
holds the same units in the same order with identical shared fields (category, value, place, claimant,
evidence, optional, note) plus `when` {date, precision, basis} and `sides` {claimant, victim, actor};
gold_meta holds one {scope, modality} per unit. Dates must parse at their precision and not fall after the
document's date (except `warned` units), sides must be known party ids, every evidence fragment must be a
one-line substring of the text, and no document may hold the same unit twice ((category, value) for
quantitative categories, (category, place name) for events).

Usage: python3 eval/claims22/verify.py      Exit status 0 when all checks pass.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states", "saf", "rsf",
           "myanmar_junta", "resistance", "drc_army", "m23", "gangs", "haiti_government", "armed_groups",
           "other", None}
VICTIMS = PARTIES | {"civilian"}
SHARED = ("category", "value", "place", "claimant", "evidence", "optional", "note")


def date_ok(d, prec):
    try:
        {"day": lambda: dt.date.fromisoformat(d),
         "month": lambda: dt.date.fromisoformat(d + "-01"),
         "year": lambda: dt.date.fromisoformat(d + "-01-01")}[prec]()
        return True
    except (KeyError, ValueError, TypeError):
        return False


def main() -> int:
    errors: list[str] = []
    docs = {}
    with open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    counts = defaultdict(Counter)
    scope_c, mod_c, side_c, basis_c = Counter(), Counter(), Counter(), Counter()
    for did, d in docs.items():
        paths = {k: os.path.join(HERE, k, f"{did}.gold.json") for k in ("gold", "gold_full")}
        paths["gold_meta"] = os.path.join(HERE, "gold_meta", f"{did}.json")
        missing = [k for k, p in paths.items() if not os.path.exists(p)]
        if missing:
            errors.append(f"{did}: missing {missing}")
            continue
        gold = json.load(open(paths["gold"], encoding="utf-8"))
        full = json.load(open(paths["gold_full"], encoding="utf-8"))
        meta = json.load(open(paths["gold_meta"], encoding="utf-8"))
        for name, g in (("gold", gold), ("gold_full", full)):
            if g.get("doc_id") != did or g.get("published") != d["published"][:10]:
                errors.append(f"{did}: {name} doc_id/published do not match docs.jsonl")
        gc, fc = gold["claims"], full["claims"]
        if not (len(gc) == len(fc) == len(meta)):
            errors.append(f"{did}: unit counts differ gold={len(gc)} gold_full={len(fc)} gold_meta={len(meta)}")
            continue
        seen = {}
        for i, (g, f, m) in enumerate(zip(gc, fc, meta)):
            w = f"{did}[{i}]"
            for k in SHARED:
                if g.get(k) != f.get(k):
                    errors.append(f"{w}: field {k!r} differs between gold and gold_full")
            extra = set(f) - set(SHARED) - {"when", "sides"}
            if extra or set(g) - set(SHARED):
                errors.append(f"{w}: unexpected fields {sorted(extra | (set(g) - set(SHARED)))}")
            when, sides = f.get("when") or {}, f.get("sides") or {}
            if when.get("precision") not in ("day", "month", "year") or when.get("basis") not in ("text", "published", "none") \
                    or not date_ok(when.get("date"), when.get("precision")):
                errors.append(f"{w}: bad when {when}")
            elif m.get("modality") != "warned" and when["date"] > d["published"][:10]:
                errors.append(f"{w}: date {when['date']} after published {d['published']}")
            elif when["basis"] == "published" and when["date"] != d["published"][:10]:
                errors.append(f"{w}: basis published but date {when['date']} != published")
            if set(sides) != {"claimant", "victim", "actor"}:
                errors.append(f"{w}: sides must have claimant, victim, actor")
            else:
                if sides["claimant"] not in PARTIES or sides["actor"] not in PARTIES or sides["victim"] not in VICTIMS:
                    errors.append(f"{w}: unknown side in {sides}")
                if (g["claimant"] is None) != (sides["claimant"] is None):
                    errors.append(f"{w}: claimant {g['claimant']} and sides.claimant {sides['claimant']!r} disagree")
            if set(m) != {"scope", "modality"} or m["scope"] not in ("event", "cumulative") \
                    or m["modality"] not in ("asserted", "claimed", "denied", "warned"):
                errors.append(f"{w}: bad meta {m}")
            elif (m["modality"] == "asserted") != (g["claimant"] is None):
                errors.append(f"{w}: modality {m['modality']} with claimant {g['claimant']}")
            if m.get("modality") == "warned" and not g["optional"]:
                errors.append(f"{w}: warned unit must be optional")
            if g["category"] not in QUANT | EVENT:
                errors.append(f"{w}: unknown category {g['category']}")
            for e in g["evidence"]:
                if "\n" in e or e not in d["text"]:
                    errors.append(f"{w}: evidence not a one-line substring: {e!r}")
            key = (g["category"], g["value"]) if g["category"] in QUANT else (g["category"], (g["place"] or {}).get("name"))
            if key in seen:
                errors.append(f"{w}: duplicate unit {key} (also [{seen[key]}])")
            seen[key] = i
            counts[g["category"]]["optional" if g["optional"] else "required"] += 1
            scope_c[m.get("scope")] += 1
            mod_c[m.get("modality")] += 1
            basis_c[when.get("basis")] += 1
            for k in ("claimant", "victim", "actor"):
                side_c[(k, sides.get(k))] += 1
    for sub in ("gold", "gold_full", "gold_meta"):
        names = {f.split(".")[0] for f in os.listdir(os.path.join(HERE, sub))}
        if names - set(docs):
            errors.append(f"{sub}: files for unknown documents {sorted(names - set(docs))}")
    export_n = 0
    if os.path.exists(os.path.join(HERE, "export.jsonl")):
        export_n = sum(1 for line in open(os.path.join(HERE, "export.jsonl"), encoding="utf-8") if line.strip())
    req = sum(c["required"] for c in counts.values())
    opt = sum(c["optional"] for c in counts.values())
    print(f"documents: {len(docs)}  units: {req} required, {opt} optional  export records: {export_n}")
    if export_n and export_n != req:
        errors.append(f"export.jsonl has {export_n} records, expected {req} (one per required unit)")
    print(f"{'category':<14}{'required':>9}{'optional':>9}")
    for cat in sorted(QUANT) + sorted(EVENT):
        print(f"{cat:<14}{counts[cat]['required']:>9}{counts[cat]['optional']:>9}")
    print("scope:", dict(scope_c))
    print("modality:", dict(mod_c))
    print("date basis:", dict(basis_c))
    for k in ("claimant", "victim", "actor"):
        print(f"sides.{k}:", {str(s): n for (kk, s), n in sorted(side_c.items(), key=lambda x: -x[1]) if kk == k})
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
