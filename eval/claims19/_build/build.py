#!/usr/bin/env python3
"""Generate eval/claims19 from the data in docs_*.py (standard library only).

Writes ../docs.jsonl, ../gold/, ../gold_full/, ../gold_meta/, ../export.jsonl and prints counts.
"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import lib, docs_ru, docs_w1, docs_w2, docs_w3  # noqa: E402

QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
DOCS = docs_ru.DOCS + docs_w1.DOCS + docs_w2.DOCS + docs_w3.DOCS


def main():
    problems = []
    ids = [d["id"] for d in DOCS]
    if ids != [f"ev19-{i:02d}" for i in range(1, len(DOCS) + 1)]:
        problems.append(f"ids out of order: {ids}")
    for sub in ("gold", "gold_full", "gold_meta"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    export = []
    with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps({k: d[k] for k in ("id", "url", "title", "published", "text")}, ensure_ascii=False) + "\n")
    for d in DOCS:
        text, keys = d["text"], set()
        gold, full, meta = [], [], []
        for i, u in enumerate(d["units"]):
            for e in u["evidence"]:
                if e not in text or "\n" in e:
                    problems.append(f"{d['id']}[{i}] evidence not in text: {e!r}")
            key = (u["category"], u["value"]) if u["category"] in QUANT else (u["category"], u["place"]["name"])
            if key in keys:
                problems.append(f"{d['id']}[{i}] duplicate unit {key}")
            keys.add(key)
            g = {k: u[k] for k in ("category", "value", "place", "claimant", "evidence", "optional")}
            if u.get("note"):
                g["note"] = u["note"]
            gold.append(g)
            f = dict(g)
            f["when"] = u["when"]
            f["sides"] = u["sides"]
            full.append(f)
            meta.append(u["meta"])
            if not u["optional"]:
                export.append({
                    "claim_id": f"{d['id']}-{i:03d}", "doc_id": d["id"], "category": u["category"],
                    "value": u["value"], "value_high": None, "place": u["place"],
                    "claimant": (u["claimant"] or [None])[0], "modality": u["meta"]["modality"],
                    "scope": u["meta"]["scope"], "date": u["when"]["date"],
                    "evidence": {"text": u["evidence"][0]},
                })
        for sub, obj in (("gold", {"doc_id": d["id"], "published": d["published"], "claims": gold}),
                         ("gold_full", {"doc_id": d["id"], "published": d["published"], "claims": full}),
                         ("gold_meta", meta)):
            name = f"{d['id']}.json" if sub == "gold_meta" else f"{d['id']}.gold.json"
            with open(os.path.join(OUT, sub, name), "w", encoding="utf-8") as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
    with open(os.path.join(OUT, "export.jsonl"), "w", encoding="utf-8") as fh:
        for r in export:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    req = Counter(); opt = Counter(); byc = Counter(); mods = Counter(); scopes = Counter()
    for d in DOCS:
        for u in d["units"]:
            (opt if u["optional"] else req)[u["category"]] += 1
            if not u["optional"]:
                byc[d["conflict"]] += 1
            mods[u["meta"]["modality"]] += 1
            scopes[u["meta"]["scope"]] += 1
    print(f"documents {len(DOCS)}, conflicts {len({d['conflict'] for d in DOCS})}, required {sum(req.values())}, optional {sum(opt.values())}")
    for c in sorted(set(req) | set(opt)):
        print(f"  {c:<14}{req[c]:>5}{opt[c]:>5}")
    print("by conflict:", dict(byc))
    print("modality:", dict(mods), "scope:", dict(scopes))
    print("approximate places:", ", ".join(lib.APPROX))
    with open(os.path.join(HERE, "stats.json"), "w") as fh:
        json.dump({"req": req, "opt": opt, "byc": byc, "mods": mods, "scopes": scopes, "approx": lib.APPROX,
                   "docs": [[d["id"], d["conflict"], d["form"], d["published"], sum(not u["optional"] for u in d["units"])] for d in DOCS]}, fh, ensure_ascii=False, indent=1)
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
