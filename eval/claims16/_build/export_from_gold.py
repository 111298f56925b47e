#!/usr/bin/env python3
"""Form check: write one prediction per gold unit (the scorer's record shape) to
_build/gold_export.jsonl. Evidence text is the whole line of the document that holds the
unit's first evidence fragment; claimant is the first acceptable name (or null).
Then: python3 /work/shared/tools/score_claims.py eval/claims16/gold eval/claims16/_build/gold_export.jsonl"""
import glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
docs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(OUT, "docs.jsonl"), encoding="utf-8") if l.strip()}
n = 0
with open(os.path.join(HERE, "gold_export.jsonl"), "w", encoding="utf-8") as fh:
    for f in sorted(glob.glob(os.path.join(OUT, "gold", "*.gold.json"))):
        g = json.load(open(f, encoding="utf-8"))
        text = docs[g["doc_id"]]["text"]
        for i, c in enumerate(g["claims"]):
            frag = c["evidence"][0]
            line = next(l for l in text.split("\n") if frag in l)
            pl = c["place"]
            rec = {"claim_id": f"{g['doc_id']}-{i}", "doc_id": g["doc_id"], "category": c["category"],
                   "value": c["value"], "value_high": None,
                   "place": {"name": pl["name"], "lat": pl.get("lat"), "lon": pl.get("lon")} if pl else None,
                   "claimant": c["claimant"][0] if c["claimant"] else None,
                   "evidence": {"text": line}}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
print("predictions:", n)
