#!/usr/bin/env python3
"""Check that gold_full/ and gold_meta/ align with gold/ in eval/claims14.

For every gold/<id>.gold.json there must be gold_full/<id>.gold.json with the same doc_id,
published date and units in the same order (each gold field identical), each unit carrying
a valid `when` {date, precision, basis} and `sides` {claimant, victim, actor}; and
gold_meta/<id>.json, a list with one {scope, modality} per unit. Prints counts.

Usage: python eval/claims14/verify.py     Exit status 0 when everything aligns.
"""
from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_KEYS = {"category", "value", "place", "claimant", "evidence", "optional", "note"}
PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states", "united_kingdom",
           "saf", "rsf", "myanmar_junta", "resistance", "drc_army", "m23", "gangs", "haiti_government",
           "armed_groups", "other", "civilian", None}
DATE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def main() -> int:
    errors: list[str] = []
    ids = []
    with open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                ids.append(json.loads(line)["id"])
    gold_files = sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))
    if sorted(os.path.basename(f)[:-10] for f in gold_files) != sorted(ids):
        errors.append("gold/ files do not match the ids in docs.jsonl")
    scope_n, mod_n, mod_opt = Counter(), Counter(), Counter()
    n_units = 0
    for f in gold_files:
        doc_id = os.path.basename(f)[:-10]
        g = json.load(open(f, encoding="utf-8"))
        full_path = os.path.join(HERE, "gold_full", f"{doc_id}.gold.json")
        meta_path = os.path.join(HERE, "gold_meta", f"{doc_id}.json")
        if not os.path.exists(full_path) or not os.path.exists(meta_path):
            errors.append(f"{doc_id}: missing gold_full or gold_meta file")
            continue
        full = json.load(open(full_path, encoding="utf-8"))
        meta = json.load(open(meta_path, encoding="utf-8"))
        if full.get("doc_id") != g["doc_id"] or full.get("published") != g["published"]:
            errors.append(f"{doc_id}: gold_full doc_id/published differ from gold")
        gc, fc = g["claims"], full.get("claims", [])
        if not (len(gc) == len(fc) == len(meta)):
            errors.append(f"{doc_id}: unit counts differ: gold {len(gc)}, gold_full {len(fc)}, gold_meta {len(meta)}")
            continue
        for i, (a, b, m) in enumerate(zip(gc, fc, meta)):
            where = f"{doc_id}[{i}]"
            n_units += 1
            if set(a) - GOLD_KEYS:
                errors.append(f"{where}: unexpected gold keys {sorted(set(a) - GOLD_KEYS)}")
            if {k: b.get(k) for k in a} != a or set(b) - set(a) != {"when", "sides"}:
                errors.append(f"{where}: gold_full unit differs from gold unit")
            w = b.get("when") or {}
            prec = w.get("precision")
            if prec not in DATE_RE or not re.fullmatch(DATE_RE[prec], str(w.get("date"))):
                errors.append(f"{where}: bad when {w}")
            if w.get("basis") not in {"text", "published", "none"}:
                errors.append(f"{where}: bad when.basis {w.get('basis')!r}")
            s = b.get("sides") or {}
            if set(s) != {"claimant", "victim", "actor"} or any(v not in PARTIES for v in s.values()):
                errors.append(f"{where}: bad sides {s}")
            if (a["claimant"] is None) and s.get("claimant") is not None:
                errors.append(f"{where}: null claimant with a claimant side")
            if not isinstance(m, dict) or set(m) != {"scope", "modality"}:
                errors.append(f"{where}: gold_meta entry must be {{scope, modality}}")
                continue
            if m["scope"] not in {"event", "cumulative"}:
                errors.append(f"{where}: bad scope {m['scope']!r}")
            if m["modality"] not in {"asserted", "claimed", "warned", "denied"}:
                errors.append(f"{where}: bad modality {m['modality']!r}")
            if m["modality"] == "asserted" and a["claimant"] is not None:
                errors.append(f"{where}: asserted unit with a claimant")
            if m["modality"] == "claimed" and a["claimant"] is None:
                errors.append(f"{where}: claimed unit without a claimant")
            if a["optional"]:
                mod_opt[m["modality"]] += 1
            else:
                scope_n[m["scope"]] += 1
                mod_n[m["modality"]] += 1
    print(f"documents {len(ids)}, units {n_units} "
          f"({sum(scope_n.values())} required, {sum(mod_opt.values())} optional)")
    print("required scope:", dict(scope_n))
    print("required modality:", dict(mod_n), "| optional modality:", dict(mod_opt))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
