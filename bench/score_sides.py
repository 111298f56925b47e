#!/usr/bin/env python3
"""Side accuracy of matched claims: claimant_side, victim_side and actor_side against a gold set
that names them (``sides: {claimant, victim, actor}`` per unit, as in ../shared/dev/claims-world
gold and eval/*/gold_full).

A required gold unit is matched to a predicted claim as the shared scorer matches them
(tools/score_claims.py ``unit_match``); for each side the gold names (not null), the first
matched claim's side is right when it is the same id. Prints one JSON line: per side (right,
named, share) and claimant and victim together.

    python bench/score_sides.py GOLD_DIR CLAIMS.jsonl [SHARED_DIR] [--detail]
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

FIELDS = (("claimant", "claimant_side"), ("victim", "victim_side"), ("actor", "actor_side"))


def score(gold_dir: Path, claims: Path, shared: Path, detail: bool = False) -> dict:
    sys.path.insert(0, str(shared / "tools"))
    import score_claims as scorer  # the shared scorer's unit matching

    gold = {}
    for f in glob.glob(str(gold_dir / "*.json")):
        g = json.loads(Path(f).read_text(encoding="utf-8"))
        gold[g["doc_id"]] = g["claims"]
    by_doc = defaultdict(list)
    with open(claims, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                p = json.loads(line)
                by_doc[p["doc_id"]].append(p)
    right, named = Counter(), Counter()
    for doc_id, units in sorted(gold.items()):
        for g in units:
            if g.get("optional") or not g.get("sides"):
                continue
            hits = [p for p in by_doc[doc_id] if scorer.unit_match(g, p)]
            if not hits:
                continue
            for key, field in FIELDS:
                want = g["sides"].get(key)
                if want is None:
                    continue
                named[key] += 1
                got = hits[0].get(field)
                right[key] += got == want
                if detail and got != want:
                    print(f"{doc_id} {key}: gold {want} got {got} | {hits[0]['evidence']['text'][:100]}")
    out = {k: [right[k], named[k], round(right[k] / named[k], 3) if named[k] else None] for k, _ in FIELDS}
    both = named["claimant"] + named["victim"]
    out["claimant_and_victim"] = round((right["claimant"] + right["victim"]) / both, 3) if both else None
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", type=Path, help="gold files with sides (e.g. eval/claims12/gold_full)")
    ap.add_argument("claims", type=Path, help="claims export (JSONL)")
    ap.add_argument("shared", type=Path, nargs="?", default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--detail", action="store_true", help="print each wrong side")
    args = ap.parse_args()
    for path in (args.gold_dir, args.claims, args.shared / "tools" / "score_claims.py"):
        if not path.exists():
            print(f"score_sides: {path}: not found", file=sys.stderr)
            return 2
    print(json.dumps(score(args.gold_dir, args.claims, args.shared, args.detail)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
