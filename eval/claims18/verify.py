#!/usr/bin/env python3
"""Check that gold_full/ and gold_meta/ align with gold/ for claims18, and print counts.

For every gold/<id>.gold.json: gold_full/<id>.gold.json must hold the same units in the same
order (identical gold fields) plus a valid `when` and `sides`; gold_meta/<id>.json must be a
list of {"scope", "modality"} of the same length with valid values. Exits 1 on any problem.
"""
import datetime as dt, glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "palestinian_authority", "houthis",
           "united_states", "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army",
           "m23", "gangs", "haiti_government", "armed_groups", "other"}
VICTIM = PARTIES | {"civilian"}
GOLD_KEYS = ("category", "value", "place", "claimant", "evidence", "optional", "note")
CONFLICT = {"ev18-01": "Russia-Ukraine", "ev18-02": "Russia-Ukraine", "ev18-03": "Russia-Ukraine",
            "ev18-04": "Russia-Ukraine", "ev18-05": "Sudan", "ev18-06": "Sudan", "ev18-07": "Gaza/West Bank",
            "ev18-08": "Israel-Lebanon", "ev18-09": "Yemen/Red Sea", "ev18-10": "Haiti", "ev18-11": "Myanmar",
            "ev18-12": "DR Congo", "ev18-13": "Sahel (Mali)", "ev18-14": "Nigeria"}


def valid_when(w, problems, where):
    if not isinstance(w, dict) or set(w) != {"date", "precision", "basis"}:
        problems.append(f"{where}: when must be {{date, precision, basis}}"); return
    pat = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}.get(w["precision"])
    if not pat or not re.fullmatch(pat, str(w["date"])):
        problems.append(f"{where}: date {w['date']!r} does not fit precision {w['precision']!r}")
    elif w["precision"] == "day":
        try:
            dt.date.fromisoformat(w["date"])
        except ValueError:
            problems.append(f"{where}: bad date {w['date']!r}")
    if w["basis"] not in ("text", "published", "none"):
        problems.append(f"{where}: bad basis {w['basis']!r}")


def main():
    problems = []
    cat, mod, scope, conf = Counter(), Counter(), Counter(), Counter()
    docs = {}
    with open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line); docs[d["id"]] = d
    for f in sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json"))):
        g = json.load(open(f, encoding="utf-8"))
        did = g["doc_id"]
        ff = os.path.join(HERE, "gold_full", f"{did}.gold.json")
        mf = os.path.join(HERE, "gold_meta", f"{did}.json")
        if not os.path.exists(ff) or not os.path.exists(mf):
            problems.append(f"{did}: missing gold_full or gold_meta file"); continue
        full, meta = json.load(open(ff, encoding="utf-8")), json.load(open(mf, encoding="utf-8"))
        if full.get("doc_id") != did or full.get("published") != g.get("published"):
            problems.append(f"{did}: gold_full header differs")
        gc, fc = g["claims"], full.get("claims", [])
        if not (len(gc) == len(fc) == len(meta)):
            problems.append(f"{did}: lengths differ gold={len(gc)} full={len(fc)} meta={len(meta)}"); continue
        for i, (a, b, m) in enumerate(zip(gc, fc, meta)):
            where = f"{did}[{i}]"
            if any(a.get(k) != b.get(k) for k in GOLD_KEYS):
                problems.append(f"{where}: gold_full unit differs from gold")
            valid_when(b.get("when"), problems, where)
            s = b.get("sides")
            if not isinstance(s, dict) or set(s) != {"claimant", "victim", "actor"}:
                problems.append(f"{where}: sides must be {{claimant, victim, actor}}")
            else:
                if s["claimant"] is not None and s["claimant"] not in PARTIES:
                    problems.append(f"{where}: bad claimant side {s['claimant']!r}")
                if s["actor"] is not None and s["actor"] not in PARTIES:
                    problems.append(f"{where}: bad actor side {s['actor']!r}")
                if s["victim"] is not None and s["victim"] not in VICTIM:
                    problems.append(f"{where}: bad victim side {s['victim']!r}")
                if (a["claimant"] is None) != (s["claimant"] is None):
                    problems.append(f"{where}: claimant null/non-null disagrees with sides.claimant")
            if not isinstance(m, dict) or set(m) != {"scope", "modality"}:
                problems.append(f"{where}: meta must be {{scope, modality}}"); continue
            if m["scope"] not in ("event", "cumulative"):
                problems.append(f"{where}: bad scope {m['scope']!r}")
            if m["modality"] not in ("asserted", "claimed", "warned", "denied"):
                problems.append(f"{where}: bad modality {m['modality']!r}")
            if m["modality"] == "asserted" and a["claimant"] is not None:
                problems.append(f"{where}: asserted (own voice) unit has a claimant")
            if m["modality"] == "claimed" and a["claimant"] is None:
                problems.append(f"{where}: claimed unit has no claimant")
            if not a["optional"]:
                cat[a["category"]] += 1; mod[m["modality"]] += 1; scope[m["scope"]] += 1
                conf[CONFLICT.get(did, "?")] += 1
    missing = set(docs) - {os.path.basename(f)[:-10] for f in glob.glob(os.path.join(HERE, "gold", "*.gold.json"))}
    for d in sorted(missing):
        problems.append(f"{d}: no gold file")
    n = sum(cat.values())
    print(f"required units: {n}")
    print("by category:", dict(sorted(cat.items())))
    print("by modality:", dict(sorted(mod.items())))
    print("by scope:", dict(sorted(scope.items())))
    print("by conflict:", dict(sorted(conf.items())))
    ua = conf["Russia-Ukraine"]
    print(f"non-Ukraine share: {(n - ua) / max(1, n):.1%}")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
