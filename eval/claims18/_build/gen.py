#!/usr/bin/env python3
"""Generate claims18: docs.jsonl, gold/, gold_full/, gold_meta/ and a gold-built export (_build/export.jsonl)."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_ua, docs_other1, docs_other2, docs_other3
DOCS = docs_ua.DOCS + docs_other1.DOCS + docs_other2.DOCS + docs_other3.DOCS
QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
probs = []
ids = [d["id"] for d in DOCS]
assert ids == [f"ev18-{i:02d}" for i in range(1, 15)], ids
for sub in ("gold", "gold_full", "gold_meta"):
    os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
export = []
with open(os.path.join(ROOT, "docs.jsonl"), "w", encoding="utf-8") as fh:
    for d in DOCS:
        fh.write(json.dumps({k: d[k] for k in ("id", "url", "title", "published", "text")}, ensure_ascii=False) + "\n")
for d in DOCS:
    text, pub = d["text"], d["published"][:10]
    lines = text.split("\n")
    keys = Counter()
    gold, full, meta = [], [], []
    for u in d["units"]:
        for e in u["evidence"]:
            if e not in text or "\n" in e:
                probs.append(f"{d['id']}: evidence not in text: {e!r}")
        key = (u["category"], u["value"]) if u["category"] in QUANT else (u["category"], u["place"]["name"] if u["place"] else None)
        keys[key] += 1
        g = {k: u[k] for k in ("category", "value", "place", "claimant", "evidence", "optional")}
        if u.get("note"):
            g["note"] = u["note"]
        gold.append(g)
        f = dict(g); f["when"] = u["when"]; f["sides"] = u["sides"]
        full.append(f)
        m = u["modality"]
        if m == "asserted" and u["claimant"] is not None:
            m = "claimed"   # attributed statements are claims (spec: asserted = own voice)
        if m == "claimed" and u["claimant"] is None:
            probs.append(f"{d['id']}: claimed unit without claimant")
        meta.append({"scope": u["scope"], "modality": m})
        if not u["optional"]:
            line = next(l for l in lines if u["evidence"][0] in l)
            export.append({"doc_id": d["id"], "category": u["category"], "value": u["value"], "place": u["place"],
                           "claimant": (u["claimant"] or [None])[0], "evidence": {"text": line}})
    for k, n in keys.items():
        if n > 1:
            probs.append(f"{d['id']}: duplicate unit key {k}")
    for sub, obj in (("gold", {"doc_id": d["id"], "published": pub, "claims": gold}),
                     ("gold_full", {"doc_id": d["id"], "published": pub, "claims": full})):
        with open(os.path.join(ROOT, sub, d["id"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=1); fh.write("\n")
    with open(os.path.join(ROOT, "gold_meta", d["id"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1); fh.write("\n")
with open(os.path.join(HERE, "export.jsonl"), "w", encoding="utf-8") as fh:
    for p in export:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
for p in probs:
    print("PROBLEM", p)
print(f"{len(DOCS)} docs, {sum(len(d['units']) for d in DOCS)} units, {len(export)} required")
sys.exit(1 if probs else 0)
