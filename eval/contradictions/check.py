#!/usr/bin/env python3
"""Validate the blind contradiction set (standard library only).

Checks every scenarios/NN-name/docs.jsonl and gold.json, prints counts,
and exits 1 on any problem. Usage: python3 check.py [SET_DIR] (default: this folder;
eval/contradictions2 is checked with `python3 eval/contradictions/check.py eval/contradictions2`).
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SCEN = os.path.join(HERE, "scenarios")

DOC_FIELDS = ("id", "url", "title", "published", "text")
KINDS = {"figure", "denial"}
WORDINGS = {"denied", "rejected", "dismissed_as", "called_false", "said_no", "had_not"}
# categories as claims.md names them
CATEGORIES = {"killed", "wounded", "captured", "missing", "displaced", "affected",
              "materiel_lost", "attack", "territory", "abducted", "protest"}
NAME_RE = re.compile(r"^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
URL_RE = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def iso_ok(s):
    if not isinstance(s, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        if len(s) == 10:
            datetime.date.fromisoformat(s)
        else:
            datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def load_docs(name, path):
    docs = {}
    if not os.path.isfile(path):
        bad(name, "docs.jsonl missing")
        return docs
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        where = f"{name}/docs.jsonl:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            bad(where, f"invalid JSON ({e})")
            continue
        if not isinstance(obj, dict):
            bad(where, "not an object")
            continue
        for k in DOC_FIELDS:
            if not isinstance(obj.get(k), str) or not obj[k].strip():
                bad(where, f"field {k!r} missing or empty")
        extra = set(obj) - set(DOC_FIELDS)
        if extra:
            bad(where, f"unexpected fields {sorted(extra)}")
        if isinstance(obj.get("published"), str) and not iso_ok(obj["published"]):
            bad(where, f"published not ISO: {obj['published']!r}")
        if isinstance(obj.get("url"), str) and not URL_RE.match(obj["url"]):
            bad(where, f"url looks wrong: {obj['url']!r}")
        did = obj.get("id")
        if isinstance(did, str):
            if did in docs:
                bad(where, f"duplicate id {did!r} in scenario")
            docs[did] = obj
    if not 1 <= len(docs) <= 4:
        bad(name, f"{len(docs)} documents (want 1 to 4)")
    return docs


def check_side(where, side, docs):
    if not isinstance(side, dict):
        bad(where, "not an object")
        return
    did, ev = side.get("doc_id"), side.get("evidence")
    if did not in docs:
        bad(where, f"doc_id {did!r} not in this scenario's docs")
        return
    if not isinstance(ev, str) or not ev.strip():
        bad(where, "evidence missing")
        return
    if "\n" in ev:
        bad(where, "evidence spans lines")
    text = docs[did]["text"]
    if ev not in text:
        bad(where, f"evidence not verbatim in {did}: {ev!r}")
    elif not any(ev in line for line in text.split("\n")):
        bad(where, f"evidence not on one line of {did}")


def main():
    all_ids = {}
    counts = Counter()
    kinds, wordings, cats, conflicts = Counter(), Counter(), Counter(), Counter()
    true_scen, trap_scen = [], []
    if not os.path.isdir(SCEN):
        print(f"no scenarios folder at {SCEN}")
        return 1
    names = sorted(n for n in os.listdir(SCEN) if os.path.isdir(os.path.join(SCEN, n)))
    for name in names:
        if not NAME_RE.match(name):
            bad(name, "folder name is not NN-short-name")
        docs = load_docs(name, os.path.join(SCEN, name, "docs.jsonl"))
        for did in docs:
            if did in all_ids:
                bad(name, f"id {did!r} also used in {all_ids[did]}")
            all_ids[did] = name
        counts["docs"] += len(docs)
        gpath = os.path.join(SCEN, name, "gold.json")
        try:
            with open(gpath, encoding="utf-8") as f:
                gold = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            bad(name, f"gold.json unreadable ({e})")
            continue
        if not isinstance(gold, dict):
            bad(name, "gold.json is not an object")
            continue
        if gold.get("scenario") != name:
            bad(name, f"gold scenario {gold.get('scenario')!r} != folder name")
        for k in ("conflict", "note"):
            if not isinstance(gold.get(k), str) or not gold[k].strip():
                bad(name, f"gold {k!r} missing")
        conflicts[gold.get("conflict")] += 1
        cs = gold.get("contradictions")
        if not isinstance(cs, list):
            bad(name, "gold contradictions is not a list")
            continue
        (true_scen if cs else trap_scen).append(name)
        for i, c in enumerate(cs):
            where = f"{name}/gold.json contradictions[{i}]"
            if not isinstance(c, dict):
                bad(where, "not an object")
                continue
            kind, wording, cat = c.get("kind"), c.get("wording"), c.get("category")
            if kind not in KINDS:
                bad(where, f"kind {kind!r} not in {sorted(KINDS)}")
            if kind == "denial":
                if wording not in WORDINGS:
                    bad(where, f"wording {wording!r} not in {sorted(WORDINGS)}")
                else:
                    wordings[wording] += 1
            elif wording is not None:
                bad(where, "a figure contradiction has wording null")
            if cat not in CATEGORIES:
                bad(where, f"category {cat!r} not a spec category")
            kinds[kind] += 1
            cats[cat] += 1
            check_side(where + ".a", c.get("a"), docs)
            check_side(where + ".b", c.get("b"), docs)
            a, b = c.get("a") or {}, c.get("b") or {}
            if a == b:
                bad(where, "a and b are the same")
    print(f"scenarios: {len(names)}  documents: {counts['docs']}  conflicts: {len(conflicts)}")
    for k, v in sorted(conflicts.items(), key=lambda kv: str(kv[0])):
        print(f"  {k}: {v}")
    print(f"scenarios with a true contradiction: {len(true_scen)}  trap scenarios: {len(trap_scen)}")
    print(f"true contradictions: {sum(kinds.values())}  figure: {kinds['figure']}  denial: {kinds['denial']}")
    print(f"denial wordings covered: {len(wordings)} of {len(WORDINGS)}  "
          + " ".join(f"{w}={wordings[w]}" for w in sorted(WORDINGS)))
    print("categories: " + " ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    missing = WORDINGS - set(wordings)
    if missing:
        bad("set", f"denial wordings not covered: {sorted(missing)}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
