"""Precision and recall of the contradictions sitrep reports, over a set of scenarios.

A set is a folder with ``scenarios/NN-name/docs.jsonl`` (the documents) and
``scenarios/NN-name/gold.json``:

    {"scenario", "conflict", "note", "contradictions": [
        {"kind": "figure" | "denial", "wording": "denied" | "rejected" | "dismissed_as" |
         "called_false" | "said_no" | "had_not" | null, "category",
         "a": {"doc_id", "evidence"}, "b": {"doc_id", "evidence"}}]}

(``evidence``: a verbatim fragment of the claim's sentence; a trap has an empty list.) Each
scenario runs through the whole pipeline (``sitrep run``) into a fresh SQLite database; every
reported contradiction is a pair of clusters, each side standing for the evidence sentences of
its member claims. A reported pair matches a gold pair when each gold fragment lies in a
sentence of one side and the other fragment in a sentence of the other side. Precision: share
of reported pairs that match a gold pair; recall: share of gold pairs matched; denial wordings:
how many of the wordings in the gold denials were found at least once.

    .venv/bin/python bench/score_contradictions.py [EVAL_DIR] [--detail]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitrep.link.tables import iter_contradictions
from sitrep.runner import run_inputs
from sitrep.store import Store
from sitrep.store.schema import ClaimLinkRow, ClaimRow

_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    return _SPACE.sub(" ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip().lower()


def cluster_sentences(engine, cluster_id: str) -> set[str]:
    with Session(engine) as s:
        rows = s.scalars(select(ClaimRow.evidence_text).join(ClaimLinkRow, ClaimLinkRow.claim_id == ClaimRow.claim_id)
                         .where(ClaimLinkRow.cluster_id == cluster_id)).all()
    return {norm(t) for t in rows}


def predicted(db: str) -> list[dict]:
    """Reported contradictions, each with the sentences of both sides."""
    out = []
    with Store(db) as store:
        for rec in iter_contradictions(store.engine):
            out.append({"kind": rec["kind"], "category": rec["category"],
                        "a": cluster_sentences(store.engine, rec["a"]["cluster_id"]) | {norm(rec["a"]["evidence_text"] or "")},
                        "b": cluster_sentences(store.engine, rec["b"]["cluster_id"]) | {norm(rec["b"]["evidence_text"] or "")},
                        "a_text": rec["a"]["evidence_text"], "b_text": rec["b"]["evidence_text"]})
    return out


def _inside(fragment: str, sentences: set[str]) -> bool:
    f = norm(fragment)
    return bool(f) and any(f in s for s in sentences)


def matches(pred: dict, gold: dict) -> bool:
    a, b = gold["a"]["evidence"], gold["b"]["evidence"]
    return (_inside(a, pred["a"]) and _inside(b, pred["b"])) or (_inside(a, pred["b"]) and _inside(b, pred["a"]))


def score(eval_dir: Path, detail: bool = False) -> dict:
    scenarios = sorted(p for p in (eval_dir / "scenarios").iterdir() if (p / "gold.json").is_file())
    if not scenarios:
        sys.exit(f"error: {eval_dir}: no scenarios/*/gold.json")
    n_pred = n_true_pred = n_gold = n_found = 0
    by_kind = defaultdict(lambda: [0, 0])  # kind -> [found, gold]
    wordings_gold, wordings_found = set(), set()
    with tempfile.TemporaryDirectory() as tmp:
        for k, scen in enumerate(scenarios):
            gold = json.loads((scen / "gold.json").read_text(encoding="utf-8"))["contradictions"]
            db = str(Path(tmp) / f"{k}.db")
            run_inputs([str(scen / "docs.jsonl")], db, progress=False)
            preds = predicted(db)
            good = [p for p in preds if any(matches(p, g) for g in gold)]
            n_pred += len(preds)
            n_true_pred += len(good)
            for g in gold:
                hit = any(matches(p, g) for p in preds)
                n_gold += 1
                n_found += hit
                by_kind[g["kind"]][0] += hit
                by_kind[g["kind"]][1] += 1
                if g["kind"] == "denial" and g.get("wording"):
                    wordings_gold.add(g["wording"])
                    if hit:
                        wordings_found.add(g["wording"])
                if detail and not hit:
                    print(f"  MISSED {scen.name} [{g['kind']} {g.get('wording') or ''}] {g['a']['evidence']!r} vs {g['b']['evidence']!r}")
            if detail:
                for p in preds:
                    if p not in good:
                        print(f"  FALSE  {scen.name} [{p['kind']} {p['category']}] {p['a_text']!r} vs {p['b_text']!r}")
    return {
        "scenarios": len(scenarios), "reported": n_pred, "correct": n_true_pred, "gold": n_gold, "found": n_found,
        "precision": n_true_pred / n_pred if n_pred else 1.0, "recall": n_found / n_gold if n_gold else 1.0,
        "by_kind": {k: tuple(v) for k, v in by_kind.items()},
        "wordings": (sorted(wordings_found), sorted(wordings_gold)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("eval_dir", nargs="?", default="eval/contradictions")
    ap.add_argument("--detail", action="store_true", help="print missed and false pairs")
    args = ap.parse_args()
    t0 = time.time()
    r = score(Path(args.eval_dir), args.detail)
    print(f"scenarios: {r['scenarios']}  reported: {r['reported']}  correct: {r['correct']}  gold: {r['gold']}  found: {r['found']}")
    print(f"precision: {r['precision']:.3f}  recall: {r['recall']:.3f}")
    for kind, (found, total) in sorted(r["by_kind"].items()):
        print(f"  {kind}: {found} of {total} found")
    found, total = r["wordings"]
    print(f"denial wordings found: {len(found)} of {len(total)} ({', '.join(found) or 'none'}; gold: {', '.join(total)})")
    print(f"seconds: {time.time() - t0:.1f}")


if __name__ == "__main__":
    main()
