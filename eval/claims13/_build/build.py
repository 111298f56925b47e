#!/usr/bin/env python3
"""Write eval/claims13/docs.jsonl, gold/, gold_full/ and gold_meta/ from the document modules.

Usage: python3 eval/claims13/_build/build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import docs_a, docs_b, docs_c, docs_d  # noqa: E402
from common import QUANT, EVENT  # noqa: E402


def clean_place(p):
    if p is None:
        return None
    return {k: v for k, v in p.items() if not k.startswith("_")}


def main():
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
    ids = [d.id for d in docs]
    assert ids == [f"ev13-{i:02d}" for i in range(1, len(docs) + 1)], ids
    for sub in ("gold", "gold_full", "gold_meta"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d.id, "url": d.url, "title": d.title, "published": d.published,
                                 "text": d.text}, ensure_ascii=False) + "\n")
    manifest = []
    for d in docs:
        gold, full, meta = [], [], []
        for u in d.units:
            assert u["category"] in QUANT | EVENT, (d.id, u)
            for e in u["evidence"]:
                assert e in d.text and "\n" not in e, (d.id, e)
            base = {"category": u["category"], "value": u["value"], "place": clean_place(u["place"]),
                    "claimant": u["claimant"], "evidence": u["evidence"], "optional": u["optional"]}
            if u.get("note"):
                base["note"] = u["note"]
            gold.append(base)
            f = dict(base)
            f["when"] = u["when"]
            f["sides"] = u["sides"]
            full.append(f)
            meta.append({"scope": u["scope"], "modality": u["modality"]})
        pub = d.published[:10]
        with open(os.path.join(OUT, "gold", f"{d.id}.gold.json"), "w", encoding="utf-8") as fh:
            json.dump({"doc_id": d.id, "published": pub, "claims": gold}, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, "gold_full", f"{d.id}.gold.json"), "w", encoding="utf-8") as fh:
            json.dump({"doc_id": d.id, "published": pub, "claims": full}, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, "gold_meta", f"{d.id}.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
        manifest.append({"id": d.id, "conflict": d.conflict, "form": d.form,
                         "required": sum(not u["optional"] for u in d.units),
                         "optional": sum(u["optional"] for u in d.units)})
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(docs)} documents, {sum(m['required'] for m in manifest)} required and "
          f"{sum(m['optional'] for m in manifest)} optional units")


if __name__ == "__main__":
    main()
