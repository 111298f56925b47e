#!/usr/bin/env python3
"""Check gold_full/ and gold_meta/ against gold/ for eval/claims20.

Same documents, same unit count and order, identical core fields; valid when
(date/precision/basis), sides (party ids) and meta (scope, modality) values. Prints counts.
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORE = ("category", "value", "place", "claimant", "evidence", "optional", "note")
PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "palestinian_authority", "houthis",
           "united_states", "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army",
           "m23", "gangs", "haiti_government", "armed_groups", "other", "civilian", None}
PREC_RE = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}


def main():
    errs = []
    n_units = Counter()
    meta_c = Counter()
    docs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8") if l.strip()}
    for f in sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json"))):
        name = os.path.basename(f)
        doc_id = name[:-len(".gold.json")]
        g = json.load(open(f, encoding="utf-8"))
        ffile = os.path.join(HERE, "gold_full", name)
        mfile = os.path.join(HERE, "gold_meta", doc_id + ".json")
        if not os.path.exists(ffile) or not os.path.exists(mfile):
            errs.append(f"{doc_id}: missing gold_full or gold_meta file")
            continue
        full = json.load(open(ffile, encoding="utf-8"))
        meta = json.load(open(mfile, encoding="utf-8"))
        if full.get("doc_id") != g["doc_id"] or full.get("published") != g["published"]:
            errs.append(f"{doc_id}: gold_full header differs")
        gc, fc = g["claims"], full["claims"]
        if not (len(gc) == len(fc) == len(meta)):
            errs.append(f"{doc_id}: counts differ gold={len(gc)} full={len(fc)} meta={len(meta)}")
            continue
        pub = g["published"]
        for i, (a, b, m) in enumerate(zip(gc, fc, meta)):
            w = f"{doc_id}[{i}]"
            for k in CORE:
                if a.get(k) != b.get(k):
                    errs.append(f"{w}: core field {k} differs")
            when = b.get("when") or {}
            prec = when.get("precision")
            if prec not in PREC_RE or not re.match(PREC_RE[prec], str(when.get("date"))):
                errs.append(f"{w}: bad when {when}")
            if when.get("basis") not in ("text", "published", "none"):
                errs.append(f"{w}: bad basis {when.get('basis')}")
            if when.get("basis") == "published" and when.get("date") != pub:
                errs.append(f"{w}: basis published but date {when.get('date')} != {pub}")
            if prec == "day" and str(when.get("date")) > pub:
                errs.append(f"{w}: event date after publication")
            s = b.get("sides") or {}
            if set(s) != {"claimant", "victim", "actor"} or any(v not in PARTIES for v in s.values()):
                errs.append(f"{w}: bad sides {s}")
            if (a["claimant"] is None) != (s.get("claimant") is None):
                errs.append(f"{w}: claimant null/non-null disagrees with sides.claimant")
            if m.get("scope") not in ("event", "cumulative") or m.get("modality") not in ("asserted", "claimed", "denied", "warned"):
                errs.append(f"{w}: bad meta {m}")
            if (m.get("modality") == "asserted") != (a["claimant"] is None):
                errs.append(f"{w}: modality {m.get('modality')} vs claimant {a['claimant']}")
            n_units["optional" if a["optional"] else "required"] += 1
            meta_c[(m["scope"], m["modality"])] += 1
        if doc_id not in docs:
            errs.append(f"{doc_id}: not in docs.jsonl")
    print(f"documents: {len(docs)}  units: {n_units['required']} required, {n_units['optional']} optional")
    for (sc, mo), n in sorted(meta_c.items()):
        print(f"  {sc:<11}{mo:<9}{n:>4}")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
