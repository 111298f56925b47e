#!/usr/bin/env python3
"""Clean and extract the dev documents, write the JSONL export, and score it.

    python bench/score_claims_dev.py [SHARED_DIR] [--out out/claims_dev.jsonl] [--detail]

SHARED_DIR defaults to ../shared (relative to the working directory). The scorer is the
shared one (tools/score_claims.py); its output is printed as it is.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from sitrep.extract import extract_claims
from sitrep.records import Document


def load_docs(path: Path) -> list[Document]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{path}:{n}: not JSON ({exc}); skipped", file=sys.stderr)
                continue
            docs.append(Document(id=str(d.get("id") or f"{path.name}:{n}"), source=f"{path}:{n}",
                                 url=d.get("url"), title=d.get("title"), published=d.get("published"),
                                 raw_text=d.get("text"), html=d.get("html")))
    return docs


def clean(doc: Document) -> Document:
    try:
        from sitrep.clean import clean_document
    except ImportError:
        doc.text = doc.raw_text or ""
        return doc
    return clean_document(doc)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default="../shared")
    ap.add_argument("--out", default="out/claims_dev.jsonl")
    ap.add_argument("--detail", action="store_true", help="per-document misses and false units")
    ap.add_argument("--no-clean", action="store_true", help="extract from the raw text")
    a = ap.parse_args()
    shared = Path(a.shared)
    docs_path = shared / "dev" / "claims" / "docs.jsonl"
    if not docs_path.exists():
        print(f"{docs_path}: not found (pass the shared folder as the first argument)", file=sys.stderr)
        return 2
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for doc in load_docs(docs_path):
            if a.no_clean:
                doc.text = doc.raw_text or ""
            else:
                doc = clean(doc)
            for c in extract_claims(doc):
                fh.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} claims -> {out}", file=sys.stderr)
    cmd = [sys.executable, str(shared / "tools" / "score_claims.py"), str(shared / "dev" / "claims" / "gold"), str(out)]
    if a.detail:
        cmd.append("--detail")
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
