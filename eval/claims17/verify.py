#!/usr/bin/env python3
"""Check that eval/claims17 gold_full/ and gold_meta/ align with gold/ and hold valid values.

For every gold/<id>.gold.json:
  * gold_full/<id>.gold.json exists, has the same doc_id and published, the same number of units,
    and each unit equals the gold unit once `when` and `sides` are removed;
  * `when` = {date, precision, basis}: precision day|month|year, date shaped to match
    (YYYY-MM-DD, YYYY-MM, YYYY) and a real calendar date, basis text|published|none;
  * `sides` = {claimant, victim, actor}, each a party id of the claims-world README or null;
    a null gold claimant has a null claimant side, a listed claimant a non-null one;
  * gold_meta/<id>.json is a list of the same length with scope event|cumulative and
    modality asserted|claimed|warned|denied; an own-voice unit (claimant null) is asserted
    and an attributed one is not.
Prints counts (units, required, categories, scope, modality, Ukraine vs other) and exits 1 on any problem.
Usage: python3 eval/claims17/verify.py
"""
import datetime as dt
import glob
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIES = {None, "russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states",
           "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army", "m23", "gangs",
           "haiti_government", "armed_groups", "other", "civilian"}
UKRAINE_DOCS = {f"ev17-{i:02d}" for i in range(1, 7)}


def date_ok(date, precision):
    fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}.get(precision)
    if not fmt or not isinstance(date, str):
        return False
    try:
        dt.datetime.strptime(date, fmt)
        return True
    except ValueError:
        return False


def main():
    problems = []
    counts = Counter()
    docs = {}
    with open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    gold_files = sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))
    if len(gold_files) != len(docs):
        problems.append(f"{len(gold_files)} gold files for {len(docs)} documents")
    for gf in gold_files:
        g = json.load(open(gf, encoding="utf-8"))
        doc_id = g["doc_id"]
        ff = os.path.join(HERE, "gold_full", os.path.basename(gf))
        mf = os.path.join(HERE, "gold_meta", f"{doc_id}.json")
        if not os.path.exists(ff) or not os.path.exists(mf):
            problems.append(f"{doc_id}: missing gold_full or gold_meta file")
            continue
        full = json.load(open(ff, encoding="utf-8"))
        meta = json.load(open(mf, encoding="utf-8"))
        if full.get("doc_id") != doc_id or full.get("published") != g.get("published"):
            problems.append(f"{doc_id}: gold_full doc_id/published differ")
        if len(full.get("claims", [])) != len(g["claims"]) or not isinstance(meta, list) or len(meta) != len(g["claims"]):
            problems.append(f"{doc_id}: unit counts differ (gold {len(g['claims'])}, full {len(full.get('claims', []))}, meta {len(meta) if isinstance(meta, list) else '?'})")
            continue
        pub = docs.get(doc_id, {}).get("published", "")[:10]
        for i, (c, f, m) in enumerate(zip(g["claims"], full["claims"], meta)):
            where = f"{doc_id}[{i}]"
            stripped = {k: v for k, v in f.items() if k not in ("when", "sides")}
            if stripped != c:
                problems.append(f"{where}: gold_full unit differs from gold unit")
            w = f.get("when")
            if not isinstance(w, dict) or set(w) != {"date", "precision", "basis"}:
                problems.append(f"{where}: bad when {w}")
            else:
                if not date_ok(w["date"], w["precision"]):
                    problems.append(f"{where}: date {w['date']!r} does not fit precision {w['precision']!r}")
                if w["basis"] not in ("text", "published", "none"):
                    problems.append(f"{where}: bad basis {w['basis']!r}")
                if w["basis"] == "published" and w["date"] != pub:
                    problems.append(f"{where}: basis published but date {w['date']} != published {pub}")
                if w["precision"] == "day" and w["date"] > pub:
                    problems.append(f"{where}: event date {w['date']} after publication {pub}")
            s = f.get("sides")
            if not isinstance(s, dict) or set(s) != {"claimant", "victim", "actor"}:
                problems.append(f"{where}: bad sides {s}")
            else:
                for k, v in s.items():
                    if v not in PARTIES:
                        problems.append(f"{where}: sides.{k} {v!r} is not a party id")
                if (c["claimant"] is None) != (s["claimant"] is None):
                    problems.append(f"{where}: claimant {c['claimant']} vs claimant side {s['claimant']}")
            if not isinstance(m, dict) or set(m) != {"scope", "modality"}:
                problems.append(f"{where}: bad meta {m}")
                continue
            if m["scope"] not in ("event", "cumulative"):
                problems.append(f"{where}: bad scope {m['scope']!r}")
            if m["modality"] not in ("asserted", "claimed", "warned", "denied"):
                problems.append(f"{where}: bad modality {m['modality']!r}")
            if c["claimant"] is None and m["modality"] == "claimed":
                problems.append(f"{where}: own-voice unit marked claimed")
            if c["claimant"] is not None and m["modality"] == "asserted":
                problems.append(f"{where}: attributed unit marked asserted")
            kind = "optional" if c["optional"] else "required"
            counts[f"units {kind}"] += 1
            if not c["optional"]:
                counts[f"cat {c['category']}"] += 1
                counts[f"scope {m['scope']}"] += 1
                counts[f"modality {m['modality']}"] += 1
                counts["conflict ukraine" if doc_id in UKRAINE_DOCS else "conflict other"] += 1
    for k in sorted(counts):
        print(f"{k:<28}{counts[k]:>5}")
    req = counts["units required"]
    if req:
        print(f"non-Ukraine share of required units: {counts['conflict other'] / req:.1%}")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
