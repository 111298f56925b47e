#!/usr/bin/env python3
"""Build eval/claims21 from the texts and units in docs_*.py.

Writes docs.jsonl, gold/, gold_full/, gold_meta/, export.jsonl, verify.py and README.md
in the parent folder. Refuses (exit 1) on: a duplicate unit in one document (same category
and value for quantitative categories, same category and place for events), evidence that
is not a verbatim one-line substring of the document text, bad field values.

Usage: python3 eval/claims21/_build/build.py
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import (BASES, EVENT, MODALITIES, PRECISIONS, QUANT, SCOPES, SIDE_VALUES, km,  # noqa: E402
                    valid_when)
import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402
import docs_d  # noqa: E402
import readme  # noqa: E402

ALL = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
FIRST, LAST = dt.date(2025, 12, 1), dt.date(2026, 11, 30)


def finish_unit(u, doc):
    """Resolve defaults: date, basis, modality."""
    pub = doc["published"][:10]
    if u["_date"] is None:
        u["_date"], u["_prec"], u["_basis"] = pub, "day", u["_basis"] or "published"
    elif u["_basis"] is None:
        u["_basis"] = "text"
    if u["_mod"] is None:
        u["_mod"] = "asserted" if u["claimant"] is None else "claimed"
    return u


def check(docs):
    errors, warnings = [], []
    ids = [d["id"] for d in docs]
    if ids != [f"ev21-{i:02d}" for i in range(1, 21)]:
        errors.append(f"ids must be ev21-01..ev21-20 in order, got {ids}")
    for d in docs:
        did, text = d["id"], d["text"]
        pub = dt.date.fromisoformat(d["published"][:10])
        if not FIRST <= pub <= LAST:
            errors.append(f"{did}: published {pub} outside Dec 2025 - Nov 2026")
        if "\r" in text or "\t" in text:
            errors.append(f"{did}: text has tabs or carriage returns")
        seen_q, seen_e = {}, {}
        for i, u in enumerate(d["units"]):
            w = f"{did}[{i}] {u['category']} {u['value']} {(u['place'] or {}).get('name')}"
            cat = u["category"]
            if cat not in QUANT | EVENT:
                errors.append(f"{w}: bad category")
            if cat in QUANT:
                if u["value"] is None:
                    errors.append(f"{w}: quantitative unit without value")
                key = (cat, float(u["value"] or -1))
                if key in seen_q:
                    errors.append(f"{w}: duplicate of unit {seen_q[key]} (same category and value)")
                seen_q[key] = i
            else:
                if not u["place"]:
                    errors.append(f"{w}: event unit without place")
                else:
                    key = (cat, u["place"]["name"].lower())
                    if key in seen_e:
                        errors.append(f"{w}: duplicate of unit {seen_e[key]} (same category and place)")
                    seen_e[key] = i
            p = u["place"]
            if p is not None and (p.get("lat") is None or p.get("lon") is None):
                errors.append(f"{w}: place without coordinates")
            for e in u["evidence"]:
                if "\n" in e:
                    errors.append(f"{w}: evidence spans lines: {e!r}")
                elif e not in text:
                    errors.append(f"{w}: evidence not in text: {e!r}")
                elif len(e.split()) < 2:
                    errors.append(f"{w}: evidence fragment too short: {e!r}")
            if len(set(u["evidence"])) != len(u["evidence"]):
                errors.append(f"{w}: repeated evidence fragment")
            cl = u["claimant"]
            if cl is not None and not (isinstance(cl, list) and cl and all(isinstance(a, str) and a for a in cl)):
                errors.append(f"{w}: bad claimant {cl!r}")
            cs, vs, as_ = u["_sides"]
            for s in (cs, vs, as_):
                if s not in SIDE_VALUES:
                    errors.append(f"{w}: bad side {s!r}")
            if (cl is None) != (cs is None):
                errors.append(f"{w}: claimant and claimant side disagree ({cl!r}, {cs!r})")
            if u["_scope"] not in SCOPES:
                errors.append(f"{w}: bad scope")
            if u["_mod"] not in MODALITIES:
                errors.append(f"{w}: bad modality")
            if cl is None and u["_mod"] not in {"asserted", "warned"}:
                errors.append(f"{w}: own-voice unit must be asserted or warned")
            if cl is not None and u["_mod"] == "asserted":
                errors.append(f"{w}: attributed unit cannot be asserted")
            if u["_prec"] not in PRECISIONS or u["_basis"] not in BASES or not valid_when(u["_date"], u["_prec"]):
                errors.append(f"{w}: bad when {u['_date']!r} {u['_prec']!r} {u['_basis']!r}")
            elif u["_prec"] == "day" and dt.date.fromisoformat(u["_date"]) > pub:
                if u["_mod"] != "warned":
                    errors.append(f"{w}: event date after publication")
        # same-category events closer than 25 km collapse under the scorer's place rule: report them
        ev = [(i, u) for i, u in enumerate(d["units"]) if u["category"] in EVENT and u["place"]]
        for a in range(len(ev)):
            for b in range(a + 1, len(ev)):
                (i, u), (j, v) = ev[a], ev[b]
                if u["category"] == v["category"]:
                    dist = km((u["place"]["lat"], u["place"]["lon"]), (v["place"]["lat"], v["place"]["lon"]))
                    if dist <= 25:
                        shared = set(u["evidence"]) & set(v["evidence"])
                        warnings.append(f"{did}: {u['category']} {u['place']['name']} / {v['place']['name']} "
                                        f"{dist:.0f} km apart{' (shared evidence)' if shared else ''}")
    return errors, warnings


def gold_unit(u):
    g = {k: u[k] for k in ("category", "value", "place", "claimant", "evidence", "optional")}
    if u["note"]:
        g["note"] = u["note"]
    return g


def full_unit(u):
    g = {k: u[k] for k in ("category", "value", "place", "claimant", "evidence", "optional")}
    g["when"] = {"date": u["_date"], "precision": u["_prec"], "basis": u["_basis"]}
    cs, vs, as_ = u["_sides"]
    g["sides"] = {"claimant": cs, "victim": vs, "actor": as_}
    if u["note"]:
        g["note"] = u["note"]
    return g


def sentence_span(text, frag):
    """The sentence(s) of the line holding frag: (start, end) offsets in text."""
    fs = text.index(frag)
    fe = fs + len(frag)
    ls = text.rfind("\n", 0, fs) + 1
    le = text.find("\n", fe)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    spans, pos = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"'“‘(])", line):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(line)))
    s = [a for a, b in spans if a <= fs - ls < b or a < fe - ls <= b or (fs - ls <= a and b <= fe - ls)]
    e = [b for a, b in spans if a <= fs - ls < b or a < fe - ls <= b or (fs - ls <= a and b <= fe - ls)]
    return ls + min(s), ls + max(e)


def export_record(d, i, u):
    text = d["text"]
    start, end = sentence_span(text, u["evidence"][0])
    p = u["place"]
    place = None
    if p:
        place = {"name": p["name"], "lat": p["lat"], "lon": p["lon"], "country_code": None, "admin1": None,
                 "admin1_code": None, "geonameid": None,
                 "precision": "region" if p.get("region") else "settlement"}
    cs, vs, as_ = u["_sides"]
    return {
        "claim_id": f"{d['id']}-{i:03d}", "doc_id": d["id"], "category": u["category"], "value": u["value"],
        "value_high": None, "qualifier": "exact", "vague": None, "subject": "", "item": None,
        "actor": None, "actor_side": as_, "victim_side": vs,
        "claimant": u["claimant"][0] if u["claimant"] else None, "claimant_side": cs,
        "modality": u["_mod"], "scope": u["_scope"], "place": place,
        "date": u["_date"], "date_precision": u["_prec"], "date_basis": u["_basis"],
        "event_id": f"{d['id']}-e{i:03d}",
        "source": {"url": d["url"], "outlet": urlparse(d["url"]).netloc, "title": d["title"],
                   "published": d["published"]},
        "evidence": {"text": text[start:end], "start": start, "end": end}, "confidence": 1.0,
    }


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    for d in ALL:
        for u in d["units"]:
            finish_unit(u, d)
    errors, warnings = check(ALL)
    for w in warnings:
        print("note:", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s); nothing written")
        return 1
    for sub in ("gold", "gold_full", "gold_meta"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
        os.makedirs(os.path.join(OUT, sub))
    with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for d in ALL:
            fh.write(json.dumps({k: d[k] for k in ("id", "url", "title", "published", "text")},
                                ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "export.jsonl"), "w", encoding="utf-8") as ex:
        for d in ALL:
            pub = d["published"][:10]
            dump(os.path.join(OUT, "gold", f"{d['id']}.gold.json"),
                 {"doc_id": d["id"], "published": pub, "claims": [gold_unit(u) for u in d["units"]]})
            dump(os.path.join(OUT, "gold_full", f"{d['id']}.gold.json"),
                 {"doc_id": d["id"], "published": pub, "claims": [full_unit(u) for u in d["units"]]})
            dump(os.path.join(OUT, "gold_meta", f"{d['id']}.json"),
                 [{"scope": u["_scope"], "modality": u["_mod"]} for u in d["units"]])
            for i, u in enumerate(d["units"]):
                if not u["optional"]:
                    ex.write(json.dumps(export_record(d, i, u), ensure_ascii=False) + "\n")
    shutil.copyfile(os.path.join(HERE, "verify_template.py"), os.path.join(OUT, "verify.py"))
    readme.write(ALL, os.path.join(OUT, "README.md"))
    req = sum(not u["optional"] for d in ALL for u in d["units"])
    opt = sum(u["optional"] for d in ALL for u in d["units"])
    print(f"built {len(ALL)} documents, {req} required and {opt} optional units, "
          f"{len({d['conflict'] for d in ALL})} conflicts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
