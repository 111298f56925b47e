#!/usr/bin/env python3
"""Check that gold_full/ and gold_meta/ align with gold/ in eval/claims16 and hold valid values.

For every document in docs.jsonl:
  * gold/<id>.gold.json, gold_full/<id>.gold.json and gold_meta/<id>.json exist;
  * gold_full has the same doc_id, published and units, in the same order, as gold (every gold
    field equal), plus `when` {date, precision day|month|year, basis text|published} and
    `sides` {claimant, victim, actor} with party ids from the claims-world README;
  * `when.date` matches its precision, is not after the published date, and equals the
    published date when basis is `published`;
  * gold_meta is a list with one {scope event|cumulative, modality asserted|claimed|warned|denied}
    per unit; `asserted` units have a null claimant, `claimed`/`denied` units a claimant list;
    a null claimant goes with sides.claimant null;
  * no two units of a document share a unit key ((category, value) for quantitative
    categories, (category, place name) for events).
Prints counts and exits 1 on any problem.
Usage: python3 eval/claims16/verify.py
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states",
           "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army", "m23",
           "gangs", "haiti_government", "armed_groups", "other", "civilian", None}
QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
DATE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def load(path, problems):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, json.JSONDecodeError) as e:
        problems.append(f"{os.path.relpath(path, HERE)}: {e}")
        return None


def main():
    problems = []
    docs = []
    with open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
    cat_c, scope_c, mod_c, opt_c = Counter(), Counter(), Counter(), Counter()
    req_scope, req_mod = Counter(), Counter()
    per_doc = []
    for d in docs:
        did, pub = d["id"], str(d["published"])[:10]
        g = load(os.path.join(HERE, "gold", f"{did}.gold.json"), problems)
        f = load(os.path.join(HERE, "gold_full", f"{did}.gold.json"), problems)
        m = load(os.path.join(HERE, "gold_meta", f"{did}.json"), problems)
        if g is None or f is None or m is None:
            continue
        for name, obj in (("gold", g), ("gold_full", f)):
            if obj.get("doc_id") != did or obj.get("published") != pub:
                problems.append(f"{did}: {name} doc_id/published mismatch")
        gc, fc = g.get("claims", []), f.get("claims", [])
        if not (len(gc) == len(fc) == len(m)):
            problems.append(f"{did}: unit counts differ gold={len(gc)} gold_full={len(fc)} meta={len(m)}")
            continue
        keys = set()
        req = 0
        for i, (a, b, mm) in enumerate(zip(gc, fc, m)):
            w = f"{did}[{i}]"
            for k, v in a.items():
                if b.get(k) != v:
                    problems.append(f"{w}: gold_full differs from gold in {k!r}")
            extra = set(b) - set(a)
            if extra != {"when", "sides"}:
                problems.append(f"{w}: gold_full extra keys {sorted(extra)} (want when, sides)")
                continue
            when, sides = b["when"], b["sides"]
            prec, basis, date = when.get("precision"), when.get("basis"), when.get("date")
            if prec not in DATE_RE or basis not in ("text", "published") or not isinstance(date, str) \
                    or not re.fullmatch(DATE_RE[prec], date):
                problems.append(f"{w}: bad when {when}")
            else:
                if date > pub[:len(date)]:
                    problems.append(f"{w}: when {date} after published {pub}")
                if basis == "published" and date != pub:
                    problems.append(f"{w}: basis published but date {date} != {pub}")
            if set(sides) != {"claimant", "victim", "actor"} or any(v not in PARTIES for v in sides.values()):
                problems.append(f"{w}: bad sides {sides}")
            if set(mm) != {"scope", "modality"} or mm.get("scope") not in ("event", "cumulative") or \
                    mm.get("modality") not in ("asserted", "claimed", "warned", "denied"):
                problems.append(f"{w}: bad meta {mm}")
                continue
            cl = a.get("claimant")
            if mm["modality"] == "asserted" and cl is not None:
                problems.append(f"{w}: asserted unit with a claimant")
            if mm["modality"] in ("claimed", "denied") and not cl:
                problems.append(f"{w}: {mm['modality']} unit without a claimant")
            if (cl is None) != (sides.get("claimant") is None):
                problems.append(f"{w}: claimant null-ness differs from sides.claimant")
            cat = a["category"]
            key = (cat, a["value"]) if cat in QUANT else (cat, (a.get("place") or {}).get("name"))
            if key in keys:
                problems.append(f"{w}: duplicate unit key {key}")
            keys.add(key)
            if a.get("optional"):
                opt_c[cat] += 1
            else:
                req += 1
                cat_c[cat] += 1
                req_scope[mm["scope"]] += 1
                req_mod[mm["modality"]] += 1
            scope_c[mm["scope"]] += 1
            mod_c[mm["modality"]] += 1
        per_doc.append((did, pub, req, len(gc) - req))
    for did, pub, r, o in per_doc:
        print(f"{did}  {pub}  required {r:3d}  optional {o:2d}")
    print(f"documents: {len(docs)}  required units: {sum(cat_c.values())}  optional units: {sum(opt_c.values())}")
    for cat in sorted(QUANT) + sorted(EVENT):
        print(f"  {cat:<14}{cat_c[cat]:>5}{opt_c[cat]:>5}")
    print("required by scope:", dict(req_scope), " required by modality:", dict(req_mod))
    print("all units by scope:", dict(scope_c), " all units by modality:", dict(mod_c))
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
