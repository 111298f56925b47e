#!/usr/bin/env python3
"""Score claim extraction on our own evaluation set (eval/claims), through the real CLI.

    python bench/score_claims_eval.py [--split tune|blind|all] [--detail] [SHARED_DIR]

The set is split by document number: odd ids (`tune`) may be looked at while improving
extraction; even ids (`blind`) are kept for measuring generality and should only be scored,
never read for fixing. The scorer is the shared one (tools/score_claims.py).
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
EVAL = ROOT / "eval" / "claims"


def in_split(doc_id: str, split: str) -> bool:
    if split == "all":
        return True
    n = int(doc_id.rsplit("-", 1)[1])
    return (n % 2 == 1) == (split == "tune")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    ap.add_argument("--split", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--detail", action="store_true")
    a = ap.parse_args()
    scorer = Path(a.shared) / "tools" / "score_claims.py"
    if not scorer.exists():
        print(f"{scorer}: not found (pass the shared folder)", file=sys.stderr)
        return 2
    sitrep = str(Path(sys.executable).parent / "sitrep")
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
        print(f"split: {a.split}", flush=True)
        return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
