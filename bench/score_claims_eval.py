#!/usr/bin/env python3
"""Score claim extraction on our own evaluation set (eval/claims), through the real CLI.

    python bench/score_claims_eval.py [--set claims|claims2|...] [--split tune|blind|all] [--detail] [SHARED_DIR]

Two sets written by the team: eval/claims (30 documents) and eval/claims2 (30 more, written
later without reading the first). A set can be split by document number into odd (`tune`) and
even (`blind`) halves. Whatever is used to improve extraction must not be used to measure it:
the README of each set says which part has been studied. The scorer is the shared one
(tools/score_claims.py).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def in_split(doc_id: str, split: str) -> bool:
    if split == "all":
        return True
    n = int(doc_id.rsplit("-", 1)[1])
    return (n % 2 == 1) == (split == "tune")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    sets = sorted(d.name for d in (ROOT / "eval").iterdir() if (d / "docs.jsonl").exists())
    ap.add_argument("--set", dest="eval_set", choices=sets, default="claims")
    ap.add_argument("--split", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--detail", action="store_true")
    a = ap.parse_args()
    scorer = Path(a.shared) / "tools" / "score_claims.py"
    if not scorer.exists():
        print(f"{scorer}: not found (pass the shared folder)", file=sys.stderr)
        return 2
    sitrep = str(Path(sys.executable).parent / "sitrep")
    EVAL = ROOT / "eval" / a.eval_set
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "gold").mkdir()
        with open(EVAL / "docs.jsonl", encoding="utf-8") as src, open(t / "docs.jsonl", "w", encoding="utf-8") as dst:
            for line in src:
                if line.strip() and in_split(json.loads(line)["id"], a.split):
                    dst.write(line)
        for g in sorted((EVAL / "gold").glob("*.gold.json")):
            if in_split(g.name.split(".")[0], a.split):
                shutil.copy(g, t / "gold" / g.name)
        db = f"sqlite:///{t / 'e.db'}"
        subprocess.run([sitrep, "run", str(t / "docs.jsonl"), "--db", db, "-q"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([sitrep, "export", "claims", "--db", db, "--format", "jsonl", "--out", str(t / "c.jsonl")],
                       check=True, stderr=subprocess.DEVNULL)
        cmd = [sys.executable, str(scorer), str(t / "gold"), str(t / "c.jsonl")] + (["--detail"] if a.detail else [])
        print(f"set: {a.eval_set}, split: {a.split}", flush=True)
        return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
