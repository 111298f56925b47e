#!/usr/bin/env python3
"""Validate the claim evaluation set (docs.jsonl + gold/*.gold.json) and print its counts.

Checks, per document and per gold unit:
  * every line of docs.jsonl is a JSON object with id, url, title, published (ISO date or
    date-time) and a non-empty text; ids are unique;
  * every document has exactly one gold file and every gold file names a known document;
  * each gold unit has a known category, a numeric value (or null), a place object with a
    name (events need one; lat/lon, when given, are numbers in range), a claimant that is
    null or a non-empty list of strings, a non-empty evidence list and a boolean optional;
  * a required quantitative unit has a number, a required event unit has a place;
  * every evidence fragment occurs verbatim in its document's text, on one line.

Optionally (--against FILE ...), reports any run of N or more words (default 8) that a
document shares with other text files or JSONL documents, to catch copied sentences.

Usage: python eval/claims/check.py [--dir eval/claims] [--against PATH ...] [--ngram 8]
Exit status: 0 when valid, 1 when any problem was found.
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict

QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
CLAIM_KEYS = {"category", "value", "place", "claimant", "evidence", "optional"}  # "note" may be added
PLACE_KEYS = {"name", "lat", "lon", "geoname", "aliases", "region", "radius_km"}


def parse_iso(s: str) -> bool:
    try:
        dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        return True
    except (TypeError, ValueError):
        return False


def load_docs(path: str, errors: list[str]) -> dict[str, dict]:
    docs: dict[str, dict] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON ({e})")
                continue
            if not isinstance(d, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            missing = [k for k in ("id", "url", "title", "published", "text") if k not in d]
            if missing:
                errors.append(f"{where}: missing fields {missing}")
                continue
            if not isinstance(d["text"], str) or not d["text"].strip():
                errors.append(f"{where}: empty text")
            if not parse_iso(str(d["published"])):
                errors.append(f"{where}: published {d['published']!r} is not an ISO date")
            if d["id"] in docs:
                errors.append(f"{where}: duplicate id {d['id']!r}")
            docs[d["id"]] = d
    return docs


def check_place(place, where: str, errors: list[str]) -> None:
    if not isinstance(place, dict) or not isinstance(place.get("name"), str) or not place["name"]:
        errors.append(f"{where}: place must be null or an object with a name")
        return
    extra = set(place) - PLACE_KEYS
    if extra:
        errors.append(f"{where}: unknown place keys {sorted(extra)}")
    lat, lon = place.get("lat"), place.get("lon")
    if (lat is None) != (lon is None):
        errors.append(f"{where}: place has only one of lat/lon")
    elif lat is not None:
        ok = all(isinstance(v, (int, float)) and math.isfinite(v) for v in (lat, lon))
        if not ok or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            errors.append(f"{where}: bad coordinates {lat!r}, {lon!r}")
    if "aliases" in place and not (isinstance(place["aliases"], list)
                                   and all(isinstance(a, str) and a for a in place["aliases"])):
        errors.append(f"{where}: aliases must be a list of strings")
    if place.get("region") and lat is None:
        errors.append(f"{where}: a region place needs lat/lon")


def check_claim(c, text: str, where: str, errors: list[str]) -> None:
    if not isinstance(c, dict):
        errors.append(f"{where}: claim is not an object")
        return
    if not CLAIM_KEYS <= set(c) or set(c) - CLAIM_KEYS - {"note"}:
        errors.append(f"{where}: keys {sorted(c)} must be {sorted(CLAIM_KEYS)} (plus an optional note)")
        return
    cat = c["category"]
    if cat not in QUANT | EVENT:
        errors.append(f"{where}: unknown category {cat!r}")
    v = c["value"]
    if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0):
        errors.append(f"{where}: value must be a non-negative number or null, got {v!r}")
    if not isinstance(c["optional"], bool):
        errors.append(f"{where}: optional must be true or false")
    if c["place"] is not None:
        check_place(c["place"], where, errors)
    if not c["optional"]:
        if cat in QUANT and v is None:
            errors.append(f"{where}: required {cat} unit has no value")
        if cat in EVENT and c["place"] is None:
            errors.append(f"{where}: required {cat} unit has no place (it could never match)")
    cl = c["claimant"]
    if cl is not None and not (isinstance(cl, list) and cl and all(isinstance(a, str) and a for a in cl)):
        errors.append(f"{where}: claimant must be null or a non-empty list of strings")
    ev = c["evidence"]
    if not (isinstance(ev, list) and ev and all(isinstance(e, str) and e.strip() for e in ev)):
        errors.append(f"{where}: evidence must be a non-empty list of strings")
        return
    for e in ev:
        if "\n" in e:
            errors.append(f"{where}: evidence spans lines: {e!r}")
        elif e not in text:
            errors.append(f"{where}: evidence not found verbatim in the text: {e!r}")


def shared_ngrams(docs: dict[str, dict], paths: list[str], n: int) -> list[str]:
    """Runs of n words that a document shares with any of the given files."""
    def words(s: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", s.lower())

    other: set[tuple[str, ...]] = set()
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as fh:
            raw = fh.read()
        texts = [raw]
        if p.endswith(".jsonl"):
            texts = []
            for line in raw.splitlines():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                texts.append(" ".join(str(rec.get(k) or "") for k in ("title", "text", "html")))
        for t in texts:
            w = words(t)
            other.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    hits = []
    for doc_id, d in docs.items():
        w = words(d["text"])
        for i in range(len(w) - n + 1):
            if tuple(w[i:i + n]) in other:
                hits.append(f"{doc_id}: shares {' '.join(w[i:i + n])!r}")
    return hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--against", nargs="*", default=[], help="files to compare texts with")
    ap.add_argument("--ngram", type=int, default=8)
    a = ap.parse_args(argv)
    errors: list[str] = []
    docs_path = os.path.join(a.dir, "docs.jsonl")
    if not os.path.exists(docs_path):
        print(f"error: {docs_path} does not exist", file=sys.stderr)
        return 1
    docs = load_docs(docs_path, errors)
    gold_files = sorted(glob.glob(os.path.join(a.dir, "gold", "*.gold.json")))
    seen = set()
    counts: dict[str, Counter] = defaultdict(Counter)
    empty_docs = []
    for f in gold_files:
        name = os.path.basename(f)
        try:
            with open(f, encoding="utf-8") as fh:
                g = json.load(fh)
        except (OSError, json.JSONDecodeError) as e:
            errors.append(f"{name}: cannot read JSON ({e})")
            continue
        doc_id = g.get("doc_id") if isinstance(g, dict) else None
        if doc_id not in docs:
            errors.append(f"{name}: doc_id {doc_id!r} is not in docs.jsonl")
            continue
        if name != f"{doc_id}.gold.json":
            errors.append(f"{name}: file name does not match doc_id {doc_id!r}")
        seen.add(doc_id)
        if str(g.get("published")) != str(docs[doc_id]["published"])[:10]:
            errors.append(f"{name}: published {g.get('published')!r} differs from the document's date")
        claims = g.get("claims")
        if not isinstance(claims, list):
            errors.append(f"{name}: claims must be a list")
            continue
        if not claims:
            empty_docs.append(doc_id)
        for i, c in enumerate(claims):
            check_claim(c, docs[doc_id]["text"], f"{name}[{i}]", errors)
            if isinstance(c, dict) and c.get("category") in QUANT | EVENT:
                counts[c["category"]]["optional" if c.get("optional") else "required"] += 1
    for doc_id in sorted(set(docs) - seen):
        errors.append(f"{doc_id}: no gold file")
    if a.against:
        errors.extend(shared_ngrams(docs, a.against, a.ngram))

    req = sum(c["required"] for c in counts.values())
    opt = sum(c["optional"] for c in counts.values())
    print(f"documents: {len(docs)}  gold files: {len(gold_files)}  "
          f"documents with no claims: {len(empty_docs)} ({', '.join(empty_docs)})")
    print(f"units: {req} required, {opt} optional")
    print(f"{'category':<14}{'required':>9}{'optional':>9}")
    for cat in sorted(QUANT) + sorted(EVENT):
        print(f"{cat:<14}{counts[cat]['required']:>9}{counts[cat]['optional']:>9}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
