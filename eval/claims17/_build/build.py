#!/usr/bin/env python3
"""Build docs.jsonl, gold/, gold_full/, gold_meta/ and _build/export_from_gold.jsonl for eval/claims17."""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
import docs_ua  # noqa: E402,F401
import docs_af  # noqa: E402,F401
import docs_more  # noqa: E402,F401
from common import DOCS, QUANT, EVENT, SIDES  # noqa: E402


def km(a, b):
    p = math.pi / 180
    h = math.sin((b[0] - a[0]) * p / 2) ** 2 + math.cos(a[0] * p) * math.cos(b[0] * p) * math.sin((b[1] - a[1]) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def main():
    problems = []
    warnings = []
    docs_sorted = sorted(DOCS, key=lambda d: d["id"])
    ids = [d["id"] for d in docs_sorted]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for sub in ("gold", "gold_full", "gold_meta"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    export = []
    with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for d in docs_sorted:
            fh.write(json.dumps({k: d[k] for k in ("id", "url", "title", "published", "text")}, ensure_ascii=False) + "\n")
    for d in docs_sorted:
        text = d["text"]
        lines = text.split("\n")
        pub = d["published"][:10]
        gold, full, meta = [], [], []
        keys = {}
        for i, u in enumerate(d["units"]):
            where = f"{d['id']}[{i}] {u['category']} {u['value']} {(u['place'] or {}).get('name')}"
            cat = u["category"]
            if cat not in QUANT | EVENT:
                problems.append(f"{where}: bad category")
            for e in u["evidence"]:
                if not any(e in ln for ln in lines):
                    problems.append(f"{where}: evidence not on one line: {e!r}")
            if not u["evidence"]:
                problems.append(f"{where}: no evidence")
            key = (cat, float(u["value"])) if cat in QUANT else (cat, u["place"]["name"] if u["place"] else None)
            if key in keys:
                problems.append(f"{where}: duplicate unit key {key} (also unit {keys[key]})")
            keys[key] = i
            s = u["sides"]
            if s is None or len(s) != 3 or any(x not in SIDES for x in s):
                problems.append(f"{where}: bad sides {s}")
            if u["claimant"] is None and s and s[0] is not None:
                problems.append(f"{where}: null claimant but claimant side {s[0]}")
            if u["claimant"] is not None and s and s[0] is None:
                problems.append(f"{where}: claimant given but claimant side null")
            if (u["claimant"] is None) != (u["modality"] == "asserted") and u["modality"] in ("asserted", "claimed"):
                if not (u["modality"] == "asserted" and u["claimant"] and u["claimant"][0] in ("OCHA",)):
                    warnings.append(f"{where}: modality {u['modality']} with claimant {u['claimant']}")
            when = u["when"] or (pub, "day", "published")
            g = {"category": cat, "value": u["value"], "place": u["place"], "claimant": u["claimant"],
                 "evidence": u["evidence"], "optional": u["optional"]}
            if u["note"]:
                g["note"] = u["note"]
            gold.append(g)
            f = dict(g)
            f["when"] = {"date": when[0], "precision": when[1], "basis": when[2]}
            f["sides"] = {"claimant": s[0], "victim": s[1], "actor": s[2]}
            full.append(f)
            meta.append({"scope": u["scope"], "modality": u["modality"]})
            pl = u["place"]
            export.append({"doc_id": d["id"], "category": cat, "value": u["value"],
                           "place": ({"name": pl["name"], "lat": pl["lat"], "lon": pl["lon"]} if pl else None),
                           "claimant": u["claimant"][0] if u["claimant"] else None,
                           "evidence": {"text": u["evidence"][0]}, "modality": u["modality"], "scope": u["scope"]})
        # same-category event units within 25 km (informational)
        ev = [(i, u) for i, u in enumerate(d["units"]) if u["category"] in EVENT and u["place"]]
        for a in range(len(ev)):
            for b in range(a + 1, len(ev)):
                ua, ub = ev[a][1], ev[b][1]
                if ua["category"] == ub["category"]:
                    dist = km((ua["place"]["lat"], ua["place"]["lon"]), (ub["place"]["lat"], ub["place"]["lon"]))
                    if dist <= 25:
                        warnings.append(f"{d['id']}: {ua['category']} {ua['place']['name']} ~ {ub['place']['name']} {dist:.0f} km")
        for sub, obj in (("gold", {"doc_id": d["id"], "published": pub, "claims": gold}),
                         ("gold_full", {"doc_id": d["id"], "published": pub, "claims": full})):
            with open(os.path.join(OUT, sub, f"{d['id']}.gold.json"), "w", encoding="utf-8") as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, "gold_meta", f"{d['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "export_from_gold.jsonl"), "w", encoding="utf-8") as fh:
        for p in export:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    for w in warnings:
        print("note:", w)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(docs_sorted)} docs, {len(export)} units, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
