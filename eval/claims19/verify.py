#!/usr/bin/env python3
"""Check that gold_full/ and gold_meta/ line up with gold/ and hold valid values; print counts.

Usage: python3 verify.py   (run from anywhere)   Exit status 1 on any problem.
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "palestinian_authority", "houthis", "united_states",
           "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army", "m23", "gangs",
           "haiti_government", "armed_groups", "other", "civilian", None}
QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
DATE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def main():
    problems = []
    docs = {}
    with open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    mods, scopes, req, opt = Counter(), Counter(), Counter(), Counter()
    for gf in sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json"))):
        doc_id = os.path.basename(gf)[:-len(".gold.json")]
        gold = json.load(open(gf, encoding="utf-8"))["claims"]
        ffile = os.path.join(HERE, "gold_full", f"{doc_id}.gold.json")
        mfile = os.path.join(HERE, "gold_meta", f"{doc_id}.json")
        if not os.path.exists(ffile) or not os.path.exists(mfile):
            problems.append(f"{doc_id}: missing gold_full or gold_meta file")
            continue
        full = json.load(open(ffile, encoding="utf-8"))
        meta = json.load(open(mfile, encoding="utf-8"))
        if full.get("doc_id") != doc_id or full.get("published") != docs[doc_id]["published"][:10]:
            problems.append(f"{doc_id}: gold_full header differs")
        full = full["claims"]
        if not (len(gold) == len(full) == len(meta)):
            problems.append(f"{doc_id}: counts differ gold={len(gold)} full={len(full)} meta={len(meta)}")
            continue
        for i, (g, f, m) in enumerate(zip(gold, full, meta)):
            w = f"{doc_id}[{i}]"
            for k in ("category", "value", "place", "claimant", "evidence", "optional"):
                if g.get(k) != f.get(k):
                    problems.append(f"{w}: gold_full differs from gold in {k}")
            when, sides = f.get("when"), f.get("sides")
            if not isinstance(when, dict) or when.get("precision") not in DATE_RE or when.get("basis") not in ("text", "published", "none"):
                problems.append(f"{w}: bad when {when!r}")
            elif not re.fullmatch(DATE_RE[when["precision"]], str(when.get("date"))):
                problems.append(f"{w}: date {when.get('date')!r} does not fit precision {when['precision']}")
            elif when["basis"] == "published" and when["date"] != docs[doc_id]["published"][:10]:
                problems.append(f"{w}: basis published but date {when['date']} != published")
            elif when["date"] > docs[doc_id]["published"][:10]:
                problems.append(f"{w}: event date after publication")
            if not isinstance(sides, dict) or set(sides) != {"claimant", "victim", "actor"} or any(v not in PARTIES for v in sides.values()):
                problems.append(f"{w}: bad sides {sides!r}")
            elif (g["claimant"] is None) != (sides["claimant"] is None):
                problems.append(f"{w}: claimant null/non-null differs between claimant and sides.claimant")
            if not isinstance(m, dict) or set(m) != {"scope", "modality"} or m.get("scope") not in ("event", "cumulative") \
                    or m.get("modality") not in ("asserted", "claimed", "denied", "warned"):
                problems.append(f"{w}: bad meta {m!r}")
                continue
            mod = m["modality"]
            if g["claimant"] is None and mod not in ("asserted", "warned"):
                problems.append(f"{w}: own-voice unit must be asserted (or warned), got {mod}")
            if g["claimant"] is not None and mod == "asserted":
                problems.append(f"{w}: attributed unit cannot be asserted")
            if mod == "warned":
                same = [h for j, h in enumerate(gold) if j != i and h["category"] == g["category"]
                        and (h.get("place") or {}).get("name") == (g.get("place") or {}).get("name")]
                if same:
                    problems.append(f"{w}: warned unit shares category and place with another unit")
            mods[mod] += 1
            scopes[m["scope"]] += 1
            (opt if g["optional"] else req)[g["category"]] += 1
    missing = set(docs) - {os.path.basename(p)[:-len(".gold.json")] for p in glob.glob(os.path.join(HERE, "gold", "*.gold.json"))}
    if missing:
        problems.append(f"documents without gold: {sorted(missing)}")
    print(f"documents {len(docs)}; units {sum(req.values())} required, {sum(opt.values())} optional")
    for c in sorted(set(req) | set(opt)):
        print(f"  {c:<14} required {req[c]:>3}  optional {opt[c]:>3}")
    print("modality:", dict(sorted(mods.items())), " scope:", dict(sorted(scopes.items())))
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
