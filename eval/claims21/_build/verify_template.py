#!/usr/bin/env python3
"""Check eval/claims21: gold_full/ and gold_meta/ against gold/ (same units, same order, valid values).

For every document in docs.jsonl:
  * gold/<id>.gold.json, gold_full/<id>.gold.json and gold_meta/<id>.json exist;
  * gold_full has the same units as gold, in the same order, with identical category, value,
    place, claimant, evidence, optional and note, plus `when` {date, precision, basis} and
    `sides` {claimant, victim, actor};
  * gold_meta is a list with one {scope, modality} per unit;
  * values are valid: precision day|month|year with a matching ISO date, basis text|published|none,
    sides are party ids, 'civilian', 'other' or null, scope event|cumulative,
    modality asserted|claimed|denied|warned; an own-voice unit (claimant null) has a null claimant
    side and is asserted or warned; an attributed unit has a claimant side and is not asserted;
  * every evidence fragment is a one-line substring of the document text;
  * no duplicate unit (same category and value, or same category and place for events).
Prints counts. Exit status 0 when everything holds.

Usage: python3 eval/claims21/verify.py
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
PARTIES = {
    "russia", "ukraine", "israel", "hamas", "hezbollah", "palestinian_authority", "houthis",
    "united_states", "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army",
    "m23", "gangs", "haiti_government", "armed_groups",
}
SIDES = PARTIES | {"civilian", "other", None}
BASE_KEYS = ("category", "value", "place", "claimant", "evidence", "optional", "note")


def valid_date(date, prec):
    fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}.get(prec)
    if not fmt or not isinstance(date, str):
        return False
    try:
        dt.datetime.strptime(date, fmt)
    except ValueError:
        return False
    return True


def main() -> int:
    errors = []
    docs = {}
    with open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    counts = Counter()
    cats = Counter()
    for doc_id, d in docs.items():
        paths = {
            "gold": os.path.join(HERE, "gold", f"{doc_id}.gold.json"),
            "full": os.path.join(HERE, "gold_full", f"{doc_id}.gold.json"),
            "meta": os.path.join(HERE, "gold_meta", f"{doc_id}.json"),
        }
        missing = [k for k, p in paths.items() if not os.path.exists(p)]
        if missing:
            errors.append(f"{doc_id}: missing {missing}")
            continue
        gold = json.load(open(paths["gold"], encoding="utf-8"))
        full = json.load(open(paths["full"], encoding="utf-8"))
        meta = json.load(open(paths["meta"], encoding="utf-8"))
        for name, g in (("gold", gold), ("gold_full", full)):
            if g.get("doc_id") != doc_id or g.get("published") != str(d["published"])[:10]:
                errors.append(f"{doc_id}: {name} doc_id/published mismatch")
        gc, fc = gold["claims"], full["claims"]
        if not (len(gc) == len(fc) == len(meta)):
            errors.append(f"{doc_id}: unit counts differ: gold {len(gc)}, gold_full {len(fc)}, gold_meta {len(meta)}")
            continue
        seen = set()
        for i, (g, f, m) in enumerate(zip(gc, fc, meta)):
            w = f"{doc_id}[{i}]"
            for k in BASE_KEYS:
                if g.get(k) != f.get(k):
                    errors.append(f"{w}: {k} differs between gold and gold_full")
            extra = set(f) - set(BASE_KEYS) - {"when", "sides"}
            if extra:
                errors.append(f"{w}: unexpected gold_full keys {sorted(extra)}")
            cat = g["category"]
            if cat not in QUANT | EVENT:
                errors.append(f"{w}: bad category {cat!r}")
            key = (cat, g["value"]) if cat in QUANT else (cat, (g["place"] or {}).get("name", "").lower())
            if key in seen:
                errors.append(f"{w}: duplicate unit {key}")
            seen.add(key)
            for e in g["evidence"]:
                if "\n" in e or e not in d["text"]:
                    errors.append(f"{w}: evidence not a one-line substring: {e!r}")
            when = f.get("when") or {}
            if not valid_date(when.get("date"), when.get("precision")):
                errors.append(f"{w}: bad when {when}")
            if when.get("basis") not in {"text", "published", "none"}:
                errors.append(f"{w}: bad basis {when.get('basis')!r}")
            sides = f.get("sides") or {}
            if set(sides) != {"claimant", "victim", "actor"}:
                errors.append(f"{w}: sides must have claimant, victim, actor")
            for k, v in sides.items():
                if v not in SIDES:
                    errors.append(f"{w}: bad side {k}={v!r}")
            if set(m) != {"scope", "modality"}:
                errors.append(f"{w}: gold_meta entry must have scope and modality")
            if m.get("scope") not in {"event", "cumulative"}:
                errors.append(f"{w}: bad scope {m.get('scope')!r}")
            mod = m.get("modality")
            if mod not in {"asserted", "claimed", "denied", "warned"}:
                errors.append(f"{w}: bad modality {mod!r}")
            if g["claimant"] is None:
                if sides.get("claimant") is not None or mod not in {"asserted", "warned"}:
                    errors.append(f"{w}: own-voice unit needs claimant side null and modality asserted/warned")
            else:
                if sides.get("claimant") is None or mod == "asserted":
                    errors.append(f"{w}: attributed unit needs a claimant side and a non-asserted modality")
            counts["optional" if g["optional"] else "required"] += 1
            counts[f"scope:{m.get('scope')}"] += 1
            counts[f"modality:{mod}"] += 1
            counts[f"basis:{when.get('basis')}"] += 1
            cats[(cat, "optional" if g["optional"] else "required")] += 1
    print(f"documents: {len(docs)}  units: {counts['required']} required, {counts['optional']} optional")
    print("scope:", ", ".join(f"{k[6:]} {v}" for k, v in sorted(counts.items()) if k.startswith("scope:")))
    print("modality:", ", ".join(f"{k[9:]} {v}" for k, v in sorted(counts.items()) if k.startswith("modality:")))
    print("date basis:", ", ".join(f"{k[6:]} {v}" for k, v in sorted(counts.items()) if k.startswith("basis:")))
    print(f"{'category':<14}{'required':>9}{'optional':>9}")
    for cat in sorted(QUANT) + sorted(EVENT):
        print(f"{cat:<14}{cats[(cat, 'required')]:>9}{cats[(cat, 'optional')]:>9}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
