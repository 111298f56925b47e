#!/usr/bin/env python3
"""Scope and modality of matched claims, against an eval set's gold_meta.

    python bench/score_scope.py EVAL_DIR CLAIMS_JSONL [SHARED_DIR] [--detail]

EVAL_DIR holds gold/<id>.gold.json and gold_meta/<id>.json (per gold unit, in the same order:
{"scope": "event"|"cumulative", "modality": ...}). Units are matched as the shared scorer
matches them (tools/score_claims.py: category, value or place, overlapping evidence); for each
required gold unit that some prediction matches, the best-agreeing prediction is compared.
Prints: scope right (share of matched units), running totals found (gold cumulative units whose
match is cumulative), modality right.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir")
    ap.add_argument("claims")
    ap.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    ap.add_argument("--detail", action="store_true")
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.shared) / "tools"))
    import score_claims as scorer  # the shared scorer's matching

    preds: dict[str, list[dict]] = {}
    with open(a.claims, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                p = json.loads(line)
                preds.setdefault(p["doc_id"], []).append(p)
    n = Counter()
    for gold_file in sorted((Path(a.eval_dir) / "gold").glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        meta_file = Path(a.eval_dir) / "gold_meta" / f"{gold['doc_id']}.json"
        if not meta_file.exists():
            print(f"{meta_file}: missing", file=sys.stderr)
            return 2
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        meta = meta.get("units", meta) if isinstance(meta, dict) else meta
        for g, m in zip(gold["claims"], meta):
            if g.get("optional"):
                continue
            hits = [p for p in preds.get(gold["doc_id"], []) if scorer.unit_match(g, p)]
            if not hits:
                continue
            n["matched"] += 1
            best_scope = any(p.get("scope") == m["scope"] for p in hits)
            best_mod = any(p.get("modality") == m["modality"] for p in hits)
            n["scope_ok"] += best_scope
            n["modality_ok"] += best_mod
            if m["scope"] == "cumulative":
                n["cumulative"] += 1
                n["cumulative_found"] += best_scope
            if a.detail and not (best_scope and best_mod):
                print(f"{gold['doc_id']} {g['category']} {g.get('value')} gold {m['scope']}/{m['modality']} "
                      f"pred {[(p.get('scope'), p.get('modality')) for p in hits][:2]} | {g['evidence'][0][:90]}")
    share = lambda k, d: round(n[k] / max(1, n[d]), 3)  # noqa: E731
    print(json.dumps({"matched": n["matched"], "scope_right": share("scope_ok", "matched"),
                      "running_totals_found": share("cumulative_found", "cumulative"),
                      "running_totals": n["cumulative"], "modality_right": share("modality_ok", "matched")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
