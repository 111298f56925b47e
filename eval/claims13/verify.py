#!/usr/bin/env python3
"""Check the claims13 gold: gold, gold_full and gold_meta agree unit by unit, side ids are allowed,
dates and meta values are well formed, units are not duplicated, and an export built from the gold
scores P = R = 1.0 (claimant and place accuracy 1.0) with shared/tools/score_claims.py.

Usage: python3 eval/claims13/verify.py [--scorer /work/shared/tools/score_claims.py]
Exit status 0 when every check passes.
"""
import argparse
import glob
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states", "united_kingdom", "saf", "rsf",
           "myanmar_junta", "resistance", "drc_army", "m23", "gangs", "haiti_government", "armed_groups", "other"}
VICTIMS = PARTIES | {"civilian"}
SCOPES = {"event", "cumulative"}
MODALITIES = {"claimed", "asserted", "warned", "denied"}


def km(a, b):
    p = math.pi / 180
    h = (math.sin((b[0] - a[0]) * p / 2) ** 2
         + math.cos(a[0] * p) * math.cos(b[0] * p) * math.sin((b[1] - a[1]) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer", default="/work/shared/tools/score_claims.py")
    a = ap.parse_args()
    problems = []
    docs = {}
    with open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    export = []
    n_req = n_opt = 0
    for doc_id, d in sorted(docs.items()):
        try:
            gold = json.load(open(os.path.join(HERE, "gold", f"{doc_id}.gold.json"), encoding="utf-8"))
            full = json.load(open(os.path.join(HERE, "gold_full", f"{doc_id}.gold.json"), encoding="utf-8"))
            meta = json.load(open(os.path.join(HERE, "gold_meta", f"{doc_id}.json"), encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            problems.append(f"{doc_id}: cannot read gold files ({e})")
            continue
        g, f = gold["claims"], full["claims"]
        if not (len(g) == len(f) == len(meta)):
            problems.append(f"{doc_id}: unit counts differ: gold {len(g)}, gold_full {len(f)}, gold_meta {len(meta)}")
            continue
        if gold["published"] != full["published"] or gold["published"] != d["published"][:10]:
            problems.append(f"{doc_id}: published dates disagree")
        seen = {}
        for i, (gu, fu, mu) in enumerate(zip(g, f, meta)):
            where = f"{doc_id}[{i}]"
            stripped = {k: v for k, v in fu.items() if k not in ("when", "sides")}
            if stripped != gu:
                problems.append(f"{where}: gold_full unit differs from gold unit")
            sides = fu.get("sides") or {}
            if set(sides) != {"claimant", "victim", "actor"}:
                problems.append(f"{where}: sides must have claimant, victim, actor")
            for role, allowed in (("claimant", PARTIES), ("actor", PARTIES), ("victim", VICTIMS)):
                v = sides.get(role)
                if v is not None and v not in allowed:
                    problems.append(f"{where}: side {role}={v!r} is not an allowed id")
            when = fu.get("when") or {}
            date, prec, basis = when.get("date"), when.get("precision"), when.get("basis")
            pat = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}.get(prec)
            if not pat or not isinstance(date, str) or not re.fullmatch(pat, date):
                problems.append(f"{where}: when {when!r} is malformed")
            if basis not in ("text", "published", "none"):
                problems.append(f"{where}: when.basis {basis!r}")
            if isinstance(date, str) and date > gold["published"][:len(date)]:
                problems.append(f"{where}: event date {date} is after the published date")
            if basis == "published" and date != gold["published"]:
                problems.append(f"{where}: basis published but date {date} differs")
            if mu.get("scope") not in SCOPES or mu.get("modality") not in MODALITIES or set(mu) != {"scope", "modality"}:
                problems.append(f"{where}: meta {mu!r} malformed")
            if mu.get("modality") == "asserted" and gu["claimant"] is not None:
                problems.append(f"{where}: asserted unit has a claimant")
            if mu.get("modality") == "claimed" and gu["claimant"] is None:
                problems.append(f"{where}: claimed unit has no claimant")
            if gu["claimant"] is not None and sides.get("claimant") is None:
                problems.append(f"{where}: attributed unit without a claimant side")
            # one unit per (category, value) / (category, place)
            cat = gu["category"]
            if cat in QUANT:
                key = (cat, gu["value"])
            else:
                key = (cat, (gu["place"] or {}).get("name"))
            if gu["value"] is not None or cat in EVENT:
                if key in seen:
                    problems.append(f"{where}: duplicate unit {key} (also {seen[key]})")
                seen[key] = where
            n_opt += gu["optional"]
            n_req += not gu["optional"]
            p = gu["place"]
            rec = {"doc_id": doc_id, "category": cat, "value": gu["value"], "value_high": None,
                   "claimant": (gu["claimant"] or [None])[0],
                   "place": ({"name": p["name"], "lat": p["lat"], "lon": p["lon"]} if p else None),
                   "evidence": {"text": gu["evidence"][0]}}
            export.append(rec)
        # events of one category within 25 km whose evidence overlaps would be matched by one prediction
        ev_units = [u for u in g if u["category"] in EVENT and u["place"]]
        for x in range(len(ev_units)):
            for y in range(x + 1, len(ev_units)):
                u, v = ev_units[x], ev_units[y]
                if u["category"] != v["category"]:
                    continue
                dist = km((u["place"]["lat"], u["place"]["lon"]), (v["place"]["lat"], v["place"]["lon"]))
                if dist <= 25 and set(u["evidence"]) & set(v["evidence"]):
                    problems.append(f"{doc_id}: {u['category']} units {u['place']['name']} and {v['place']['name']} are "
                                    f"{dist:.0f} km apart and share evidence")
    if set(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(HERE, "gold", "*.gold.json"))) != set(docs):
        problems.append("gold files and documents differ")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        for r in export:
            tmp.write(json.dumps(r, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, a.scorer, os.path.join(HERE, "gold"), tmp.name], capture_output=True, text=True)
    os.unlink(tmp.name)
    try:
        s = json.loads(out.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        problems.append(f"scorer failed: {out.stderr.strip()}")
        s = {}
    for k in ("precision", "recall", "claimant_acc", "place_acc"):
        if s and s.get(k) != 1.0:
            problems.append(f"self-export {k} = {s.get(k)} (expected 1.0)")
    print(f"documents: {len(docs)}  units: {n_req} required, {n_opt} optional")
    print(f"self-export score: {json.dumps(s)}")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
