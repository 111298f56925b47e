#!/usr/bin/env python3
"""Score sitrep's cleaning on the article-extraction benchmark (shared folder, read at run time).

For the 181 HTML pages and their 181 flattened texts, writes predictions made with
``clean_document`` ({id: {"articleBody": text}}), plus those of plain ``trafilatura.extract``,
and runs the benchmark's own scorer on each. Prints one JSON line per run.

usage: python bench/score_extraction.py [SHARED_DIR] [--out DIR]
SHARED_DIR defaults to ../shared (relative to the repository root).
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def load_pages(bench: Path) -> tuple[dict[str, str], dict[str, str]]:
    """HTML pages and flat texts of the benchmark, by id (file name without extensions)."""
    html = {}
    for path in sorted((bench / "html").glob("*.html.gz")):
        with gzip.open(path, "rb") as fh:
            html[path.name.split(".")[0]] = fh.read().decode("utf-8", "replace")
    flat = {p.name.split(".")[0]: p.read_text(encoding="utf-8", errors="replace")
            for p in sorted((bench / "flat").glob("*.txt"))}
    return html, flat


def predict(pages: dict[str, str], kind: str) -> dict[str, dict[str, str]]:
    from sitrep.clean import clean_document
    from sitrep.records import Document

    preds = {}
    for doc_id, content in pages.items():
        doc = Document(id=doc_id, html=content) if kind == "html" else Document(id=doc_id, raw_text=content)
        preds[doc_id] = {"articleBody": clean_document(doc).text}
    return preds


def baseline(pages: dict[str, str]) -> dict[str, dict[str, str]]:
    import trafilatura

    return {k: {"articleBody": trafilatura.extract(v) or ""} for k, v in pages.items()}


def score(scorer: Path, truth: Path, preds: dict, out: Path, name: str) -> dict:
    path = out / f"preds-{name}.json"
    path.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(scorer), str(truth), str(path)],
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"scorer failed on {path}: {run.stderr.strip() or run.stdout.strip()}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default=str(REPO.parent / "shared"))
    ap.add_argument("--out", default=str(REPO / "bench-results"), help="where preds JSON go")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    bench = shared / "bench" / "article-extraction"
    truth, scorer = bench / "ground-truth.json", shared / "tools" / "score_extraction.py"
    for needed in (bench / "html", bench / "flat", truth, scorer):
        if not needed.exists():
            print(f"missing {needed}: give the shared folder as the first argument", file=sys.stderr)
            return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    html, flat = load_pages(bench)
    for name, preds in (("trafilatura-baseline", baseline(html)), ("sitrep-html", predict(html, "html")),
                        ("sitrep-flat", predict(flat, "flat"))):
        print(json.dumps({"run": name, **score(scorer, truth, preds, out, name)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
