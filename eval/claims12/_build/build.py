import json, os, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, places
from common import P, DOCS
for m in ["d1","d2","d3","d4","d5","d6","d7","d8","d9"]:
    __import__(m)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUANT = {"killed","wounded","captured","missing","displaced","affected","materiel_lost"}
ALLOWED = {"russia","ukraine","israel","hamas","hezbollah","houthis","united_states","united_kingdom","saf","rsf","myanmar_junta","resistance","drc_army","m23","gangs","haiti_government","armed_groups","civilian","other",None}
for sub in ("gold","gold_full","gold_meta"):
    os.makedirs(os.path.join(OUT, sub), exist_ok=True)
errs = []
DOCS.sort(key=lambda d: d["id"])
with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as fh:
    for d in DOCS:
        fh.write(json.dumps({k: d[k] for k in ("id","url","title","published","text")}, ensure_ascii=False) + "\n")
for d in DOCS:
    units = [u for u in d["units"] if u is not None]
    gold, full, meta, seen = [], [], [], set()
    for u in units:
        if u["pk"] is None:
            place, pnote = None, None
        else:
            pd, pnote = P[u["pk"]]
            place = dict(pd)
        key = (u["cat"], float(u["val"])) if (u["cat"] in QUANT and u["val"] is not None) else (u["cat"], place["name"] if place else None)
        if key in seen:
            errs.append(f"{d['id']}: duplicate unit {key}")
        seen.add(key)
        for e in u["ev"]:
            if e not in d["text"]:
                errs.append(f"{d['id']}: evidence not in text: {e!r}")
        note = "; ".join(x for x in (u["note"], pnote) if x)
        g = {"category": u["cat"], "value": u["val"], "place": place, "claimant": u["cl"], "evidence": u["ev"], "optional": u["opt"]}
        if note:
            g["note"] = note
        if u["w"] is None:
            when = {"date": d["published"], "precision": "day", "basis": "published"}
        else:
            prec = u["prec"]
            if prec == "day" and len(u["w"]) == 7: prec = "month"
            if len(u["w"]) == 4: prec = "year"
            when = {"date": u["w"], "precision": prec, "basis": "text"}
        sc, sv, sa = u["s"]
        if u["cl"] is None:
            sc = None
        for v in (sc, sv, sa):
            if v not in ALLOWED:
                errs.append(f"{d['id']}: side {v!r}")
        f = dict(g); f.pop("note", None)
        f["when"] = when
        f["sides"] = {"claimant": sc, "victim": sv, "actor": sa}
        if note:
            f["note"] = note
        gold.append(g); full.append(f)
        meta.append({"scope": u["sc"], "modality": u["mod"]})
    json.dump({"doc_id": d["id"], "published": d["published"], "claims": gold}, open(os.path.join(OUT, "gold", d["id"] + ".gold.json"), "w"), ensure_ascii=False, indent=1)
    json.dump({"doc_id": d["id"], "published": d["published"], "claims": full}, open(os.path.join(OUT, "gold_full", d["id"] + ".gold.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(meta, open(os.path.join(OUT, "gold_meta", d["id"] + ".json"), "w"), ensure_ascii=False, indent=1)
json.dump([{k: d[k] for k in ("id","conflict","form","summary")} | {"n": len([u for u in d["units"] if u]), "req": len([u for u in d["units"] if u and not u["opt"]])} for d in DOCS], open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "coverage.json"), "w"), indent=1, ensure_ascii=False)
print(len(DOCS), "docs")
for e in errs: print("ERR", e)
