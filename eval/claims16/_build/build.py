#!/usr/bin/env python3
"""Build eval/claims16 from _build/docs/ev16_XX.py.

Each module defines ID, URL, TITLE, PUBLISHED, CONFLICT, FORM, TEXT and UNITS (lib.U records).
Writes docs.jsonl, gold/, gold_full/, gold_meta/ one level up, after checking every unit.
Run: /work/main/.venv/bin/python _build/build.py
"""
import importlib.util
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import PARTIES, QUANT, EVENT, PUB  # noqa: E402

DATE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def main():
    errors = []
    mods = [load(p) for p in sorted(glob.glob(os.path.join(HERE, "docs", "ev16_*.py")))]
    for sub in ("gold", "gold_full", "gold_meta"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    lines = []
    stats = []
    for m in mods:
        pub = m.PUBLISHED[:10]
        t = m.TEXT
        if t != t.strip() or "\r" in t:
            errors.append(f"{m.ID}: text has stray whitespace")
        lines.append(json.dumps({"id": m.ID, "url": m.URL, "title": m.TITLE, "published": m.PUBLISHED,
                                 "text": t}, ensure_ascii=False))
        gold, full, meta = [], [], []
        keys = {}
        for i, u in enumerate(m.UNITS):
            w = f"{m.ID}[{i}] {u['category']} {u['value']} {(u['place'] or {}).get('name')}"
            cat = u["category"]
            if cat not in QUANT | EVENT:
                errors.append(f"{w}: bad category")
            if cat in QUANT:
                if u["value"] is None and not u["optional"]:
                    errors.append(f"{w}: required quantitative unit without value")
                key = (cat, u["value"])
            else:
                if u["place"] is None:
                    errors.append(f"{w}: event without place")
                key = (cat, (u["place"] or {}).get("name"))
            if key in keys:
                errors.append(f"{w}: duplicate unit key {key} (also [{keys[key]}])")
            keys[key] = i
            for e in u["evidence"]:
                if "\n" in e or e not in t:
                    errors.append(f"{w}: evidence not on one line of the text: {e!r}")
            if u["modality"] not in ("asserted", "claimed", "warned", "denied"):
                errors.append(f"{w}: bad modality")
            if u["scope"] not in ("event", "cumulative"):
                errors.append(f"{w}: bad scope")
            if u["modality"] == "asserted" and u["claimant"] is not None:
                errors.append(f"{w}: asserted but has a claimant")
            if u["modality"] in ("claimed", "denied") and u["claimant"] is None:
                errors.append(f"{w}: {u['modality']} without claimant")
            sd = u["sides"]
            for k, v in sd.items():
                if v not in PARTIES:
                    errors.append(f"{w}: bad side {k}={v!r}")
            if (u["claimant"] is None) != (sd["claimant"] is None):
                errors.append(f"{w}: claimant and sides.claimant disagree on null")
            if u["when"] == PUB:
                when = {"date": pub, "precision": "day", "basis": "published"}
            else:
                d = u["when"]
                prec = {10: "day", 7: "month", 4: "year"}.get(len(d))
                if prec is None or not re.fullmatch(DATE_RE[prec], d):
                    errors.append(f"{w}: bad when {d!r}")
                if d[:len(d)] > pub[:len(d)]:
                    errors.append(f"{w}: event date {d} after published {pub}")
                when = {"date": d, "precision": prec, "basis": "text"}
            place = None
            note = u["note"]
            if u["place"] is not None:
                place = {k: v for k, v in u["place"].items() if not k.startswith("_")}
                if u["place"].get("_approx"):
                    note = (note + "; " if note else "") + "coordinates approximate"
            g = {"category": cat, "value": u["value"], "place": place, "claimant": u["claimant"],
                 "evidence": u["evidence"], "optional": u["optional"]}
            if note:
                g["note"] = note
            gold.append(g)
            f = dict(g)
            f["when"] = when
            f["sides"] = sd
            full.append(f)
            meta.append({"scope": u["scope"], "modality": u["modality"]})
        for sub, claims in (("gold", gold), ("gold_full", full)):
            with open(os.path.join(OUT, sub, f"{m.ID}.gold.json"), "w", encoding="utf-8") as fh:
                json.dump({"doc_id": m.ID, "published": pub, "claims": claims}, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        with open(os.path.join(OUT, "gold_meta", f"{m.ID}.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        req = [u for u in m.UNITS if not u["optional"]]
        stats.append((m.ID, m.CONFLICT, m.FORM, m.PUBLISHED, len(req), len(m.UNITS) - len(req),
                      Counter(u["category"] for u in req),
                      sum(u["scope"] == "cumulative" for u in req),
                      Counter(u["modality"] for u in req)))
    with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    tot = Counter()
    cum = 0
    mod = Counter()
    ua = 0
    for s in stats:
        print(f"{s[0]}  {s[3][:10]}  req={s[4]:3d} opt={s[5]:2d} cum={s[7]:2d}  {s[1]}")
        tot.update(s[6]); cum += s[7]; mod.update(s[8])
        if s[1].startswith("Russia"):
            ua += s[4]
    n = sum(tot.values())
    print("required:", n, dict(sorted(tot.items())), "cumulative:", cum, dict(mod), f"ukraine={ua} other={n - ua}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
