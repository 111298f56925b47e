#!/usr/bin/env python3
"""Check that gold_full/ and gold_meta/ of eval/claims15 align with gold/ and hold valid values.

For every document of docs.jsonl:
  * gold/<id>.gold.json, gold_full/<id>.gold.json and gold_meta/<id>.json exist, with the same
    doc_id and published date (gold/gold_full) and the same number of units;
  * unit i of gold_full equals unit i of gold apart from its extra "when" and "sides";
  * when = {date, precision (day|month|year), basis (text|published)}: the date's form fits the
    precision, it is not after the document's date, and basis "published" means the published day;
  * sides = {claimant, victim, actor}, each a party id of the world README or null;
  * meta i = {scope: event|cumulative, modality: asserted|claimed|warned|denied};
  * a null claimant goes with a null claimant side and modality asserted or warned; a named claimant
    goes with modality claimed, warned or denied;
  * each unit key (category, value) / (category, place name) occurs once per document;
  * every evidence fragment is in the text on one line.
Prints counts (categories, scope, modality, conflicts) and exits 1 on any problem.

Usage: python eval/claims15/verify.py
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states", "united_kingdom",
           "saf", "rsf", "myanmar_junta", "resistance", "drc_army", "m23", "gangs", "haiti_government",
           "armed_groups", "other", "civilian", None}
FORMS = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
CONFLICT = {
    "ev15-01": "Russia-Ukraine", "ev15-02": "Russia-Ukraine", "ev15-03": "Russia-Ukraine",
    "ev15-04": "Russia-Ukraine", "ev15-05": "Russia-Ukraine", "ev15-06": "Russia-Ukraine",
    "ev15-07": "Russia-Ukraine", "ev15-08": "Russia-Ukraine",
    "ev15-09": "Sudan", "ev15-10": "Sudan", "ev15-11": "Sudan",
    "ev15-12": "Gaza/West Bank", "ev15-13": "Gaza/West Bank", "ev15-14": "Israel-Lebanon",
    "ev15-15": "Yemen/Red Sea", "ev15-16": "Haiti", "ev15-17": "Nigeria/Lake Chad", "ev15-18": "Sahel",
    "ev15-19": "Myanmar", "ev15-20": "DR Congo", "ev15-21": "Somalia", "ev15-22": "Syria",
    "ev15-23": "Pakistan/Afghanistan", "ev15-24": "Ethiopia", "ev15-25": "Middle East (Gaza, Lebanon, West Bank, Yemen)",
}


def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def main():
    problems = []
    docs = []
    with open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
    cats, scope, modality, conf, conf_all = Counter(), Counter(), Counter(), Counter(), Counter()
    mod_req, scope_req = Counter(), Counter()
    for d in docs:
        did, text, pub = d["id"], d["text"], str(d["published"])[:10]
        paths = {k: os.path.join(HERE, k, f"{did}{ext}") for k, ext in
                 (("gold", ".gold.json"), ("gold_full", ".gold.json"), ("gold_meta", ".json"))}
        missing = [k for k, p in paths.items() if not os.path.exists(p)]
        if missing:
            problems.append(f"{did}: missing {missing}")
            continue
        g, f, m = load(paths["gold"]), load(paths["gold_full"]), load(paths["gold_meta"])
        for name, obj in (("gold", g), ("gold_full", f)):
            if obj.get("doc_id") != did or obj.get("published") != pub:
                problems.append(f"{did}: {name} doc_id/published mismatch")
        gc, fc = g.get("claims", []), f.get("claims", [])
        if not (len(gc) == len(fc) == len(m)):
            problems.append(f"{did}: unit counts differ gold={len(gc)} gold_full={len(fc)} meta={len(m)}")
            continue
        keys = set()
        for i, (a, b, mm) in enumerate(zip(gc, fc, m)):
            w = f"{did}[{i}]"
            extra = {k: v for k, v in b.items() if k not in ("when", "sides")}
            if extra != a:
                problems.append(f"{w}: gold_full unit differs from gold unit")
            when, sides = b.get("when"), b.get("sides")
            if not isinstance(when, dict) or set(when) != {"date", "precision", "basis"}:
                problems.append(f"{w}: bad when {when!r}")
            else:
                prec, date, basis = when["precision"], when["date"], when["basis"]
                if prec not in FORMS or not re.fullmatch(FORMS[prec], str(date)):
                    problems.append(f"{w}: date {date!r} does not fit precision {prec!r}")
                elif str(date) > pub[:len(str(date))]:
                    problems.append(f"{w}: date {date} after published {pub}")
                if basis not in ("text", "published"):
                    problems.append(f"{w}: bad basis {basis!r}")
                if basis == "published" and (date != pub or prec != "day"):
                    problems.append(f"{w}: basis published but date {date} != {pub}")
            if not isinstance(sides, dict) or set(sides) != {"claimant", "victim", "actor"}:
                problems.append(f"{w}: bad sides {sides!r}")
            else:
                for k, v in sides.items():
                    if v not in PARTIES:
                        problems.append(f"{w}: sides.{k} {v!r} is not a party id")
            if not isinstance(mm, dict) or set(mm) != {"scope", "modality"} \
                    or mm.get("scope") not in ("event", "cumulative") \
                    or mm.get("modality") not in ("asserted", "claimed", "warned", "denied"):
                problems.append(f"{w}: bad meta {mm!r}")
                continue
            cl = a.get("claimant")
            if cl is None:
                if isinstance(sides, dict) and sides.get("claimant") is not None:
                    problems.append(f"{w}: null claimant but claimant side {sides.get('claimant')!r}")
                if mm["modality"] not in ("asserted", "warned"):
                    problems.append(f"{w}: null claimant with modality {mm['modality']}")
            else:
                if mm["modality"] == "asserted":
                    problems.append(f"{w}: named claimant with modality asserted")
                if isinstance(sides, dict) and sides.get("claimant") is None:
                    problems.append(f"{w}: named claimant but null claimant side")
            cat = a["category"]
            if cat not in QUANT | EVENT:
                problems.append(f"{w}: unknown category {cat!r}")
            if cat in QUANT and a.get("value") is not None:
                key = (cat, float(a["value"]))
            else:
                key = (cat, (a.get("place") or {}).get("name"))
            if key in keys:
                problems.append(f"{w}: duplicate unit {key}")
            keys.add(key)
            if not a["optional"]:
                if cat in QUANT and a.get("value") is None:
                    problems.append(f"{w}: required {cat} without value")
                if cat in EVENT and not a.get("place"):
                    problems.append(f"{w}: required {cat} without place")
            for e in a["evidence"]:
                if "\n" in e or e not in text:
                    problems.append(f"{w}: evidence not in text: {e!r}")
            status = "optional" if a["optional"] else "required"
            cats[(cat, status)] += 1
            scope[(mm["scope"], status)] += 1
            modality[(mm["modality"], status)] += 1
            conf_all[(CONFLICT.get(did, "?"), status)] += 1
            if not a["optional"]:
                conf[CONFLICT.get(did, "?")] += 1
    req = sum(v for (c, s), v in cats.items() if s == "required")
    opt = sum(v for (c, s), v in cats.items() if s == "optional")
    print(f"documents: {len(docs)}  units: {req} required, {opt} optional")
    print(f"{'category':<14}{'required':>9}{'optional':>9}")
    for c in sorted(QUANT) + sorted(EVENT):
        print(f"{c:<14}{cats[(c, 'required')]:>9}{cats[(c, 'optional')]:>9}")
    print("scope (required/optional):", {s: (scope[(s, 'required')], scope[(s, 'optional')]) for s in ("event", "cumulative")})
    print("modality (required/optional):", {s: (modality[(s, 'required')], modality[(s, 'optional')])
                                           for s in ("asserted", "claimed", "warned", "denied")})
    ua = conf["Russia-Ukraine"]
    print(f"required units by conflict: {dict(sorted(conf.items()))}")
    print(f"Russia-Ukraine {ua} / non-Ukraine {req - ua} ({(req - ua) / max(1, req):.0%} non-Ukraine)")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
