#!/usr/bin/env python3
"""Form check: turn gold/ into a prediction export (one record per gold unit, in the fields that
shared/tools/score_claims.py reads) so that scoring it must give P = R = 1.0.

Usage: python _build/export_from_gold.py > /path/export.jsonl
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold")

for path in sorted(glob.glob(os.path.join(GOLD, "*.gold.json"))):
    g = json.load(open(path, encoding="utf-8"))
    for i, u in enumerate(g["claims"]):
        pl = u["place"]
        rec = {
            "claim_id": f"{g['doc_id']}-{i:03d}",
            "doc_id": g["doc_id"],
            "category": u["category"],
            "value": u["value"],
            "value_high": None,
            "place": None if pl is None else {"name": pl["name"], "lat": pl["lat"], "lon": pl["lon"]},
            "claimant": u["claimant"][0] if u["claimant"] else None,
            "evidence": {"text": u["evidence"][0]},
        }
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
