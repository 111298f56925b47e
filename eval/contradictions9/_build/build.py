#!/usr/bin/env python3
"""Generate eval/contradictions9 from the data in _build/parts/ and check it.

Usage: python3 eval/contradictions9/_build/build.py
Each parts/*.py file defines SCENARIOS, a list of scenario dicts:
  {"n": int, "slug": str, "conflict": str, "note": str, "tests": str,
   "docs": [{"x": "a", "url", "title", "published", "weekdays": {"Tuesday": "2026-03-10"}, "text"}],
   "pairs": [{"kind", "wording", "category", "a": ("a", "fragment"), "b": ("b", "fragment")}]}
"""
import datetime
import glob
import json
import os
import re
import shutil
import sys
import textwrap
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCEN = os.path.join(ROOT, "scenarios")

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_RE = "|".join(MONTHS)
WD_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
WD_DATE_RE = re.compile(r"^,?\s+(?:(\d{1,2})\s+(" + MON_RE + r")|(" + MON_RE + r")\s+(\d{1,2}))(?:,?\s+(\d{4}))?")
NUM_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
             "eighty", "ninety", "hundred", "dozen", "dozens", "hundreds", "thousand", "thousands"]
DATE_NUM_RE = re.compile(
    r"\b(?:(?:" + MON_RE + r")\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:" + MON_RE + r")(?:\s+\d{4})?"
    r"|(?:" + MON_RE + r")\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\b20[12]\d\b)")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def numbers(s):
    """Number tokens of s outside date expressions: digit groups and number words."""
    s = DATE_NUM_RE.sub(" ", s)
    out = re.findall(r"\d[\d,.]*\d|\d", s)
    out += [w.lower() for w in re.findall(r"\b[A-Za-z]+\b", s) if w.lower() in NUM_WORDS]
    return out


def load():
    scen = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "*.py"))):
        ns = {}
        with open(path, encoding="utf-8") as f:
            exec(compile(f.read(), path, "exec"), ns)
        scen.extend(ns["SCENARIOS"])
    return sorted(scen, key=lambda s: s["n"])


def check_dates(where, doc, text):
    pub = datetime.date.fromisoformat(doc["published"][:10])
    declared = doc.get("weekdays", {})
    used = set()
    for m in WD_RE.finditer(text):
        wd = m.group(1)
        tail = text[m.end():m.end() + 30]
        dm = WD_DATE_RE.match(tail)
        if dm:
            day = int(dm.group(1) or dm.group(4))
            mon = MONTHS.index(dm.group(2) or dm.group(3)) + 1
            year = int(dm.group(5)) if dm.group(5) else pub.year
            try:
                d = datetime.date(year, mon, day)
            except ValueError:
                bad(where, f"impossible date after {wd}")
                continue
            if WEEKDAYS[d.weekday()] != wd:
                bad(where, f"{wd} {d} disagrees with the calendar ({WEEKDAYS[d.weekday()]})")
            continue
        if wd not in declared:
            bad(where, f"bare weekday {wd!r} not declared")
            continue
        used.add(wd)
    for wd, ds in declared.items():
        d = datetime.date.fromisoformat(ds)
        if WEEKDAYS[d.weekday()] != wd:
            bad(where, f"declared {wd} = {ds} is a {WEEKDAYS[d.weekday()]}")
        if not 1 <= (pub - d).days <= 6:
            bad(where, f"declared {wd} = {ds} not 1 to 6 days before published {pub}")
        if wd not in used:
            bad(where, f"declared weekday {wd} not used bare in the text")


def main():
    scen = load()
    if os.path.isdir(SCEN):
        shutil.rmtree(SCEN)
    os.makedirs(SCEN)
    ids, nums = {}, set()
    rows = []
    kinds, wordings, conflicts, cats = Counter(), Counter(), Counter(), Counter()
    ndocs = 0
    for s in scen:
        n = s["n"]
        if n in nums:
            bad(f"scenario {n}", "number used twice")
        nums.add(n)
        name = f"{n:02d}-{s['slug']}"
        os.makedirs(os.path.join(SCEN, name))
        docs = {}
        lines = []
        for d in s["docs"]:
            did = f"m{n:02d}-{d['x']}"
            where = f"{name}/{did}"
            if not re.match(r"^m\d{2}-[a-z]$", did) or int(did[1:3]) != n:
                bad(where, "id does not carry the scenario number")
            if did in ids:
                bad(where, f"id also used in {ids[did]}")
            ids[did] = name
            pub = d["published"]
            try:
                datetime.datetime.fromisoformat(pub.replace("Z", "+00:00"))
            except ValueError:
                bad(where, f"published not ISO: {pub}")
            if not pub.startswith("2026-"):
                bad(where, f"published not in 2026: {pub}")
            text = textwrap.dedent(d["text"]).strip("\n")
            check_dates(where, d, text)
            docs[did] = text
            lines.append(json.dumps({"id": did, "url": d["url"], "title": d["title"],
                                     "published": pub, "text": text}, ensure_ascii=False))
        ndocs += len(docs)
        with open(os.path.join(SCEN, name, "docs.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        pairs = []
        for i, p in enumerate(s["pairs"]):
            where = f"{name} pair {i}"
            sides = {}
            for k in ("a", "b"):
                x, ev = p[k]
                did = f"m{n:02d}-{x}"
                if did not in docs:
                    bad(where, f"{k}: no document {did}")
                    continue
                text = docs[did]
                if text.count(ev) != 1:
                    bad(where, f"{k}: evidence occurs {text.count(ev)} times in {did}: {ev!r}")
                if "\n" in ev or not any(ev in line for line in text.split("\n")):
                    bad(where, f"{k}: evidence not on one line of {did}")
                if p["kind"] == "figure":
                    toks = numbers(text)
                    for tok in numbers(ev):
                        if toks.count(tok) != 1:
                            bad(where, f"{k}: number {tok!r} occurs {toks.count(tok)} times in {did}")
                sides[k] = {"doc_id": did, "evidence": ev}
            if p["kind"] == "figure" and p.get("wording") is not None:
                bad(where, "figure pair with a wording")
            kinds[p["kind"]] += 1
            cats[p["category"]] += 1
            if p["kind"] == "denial":
                wordings[p["wording"]] += 1
            pairs.append({"kind": p["kind"], "wording": p.get("wording"),
                          "category": p["category"], "a": sides.get("a"), "b": sides.get("b")})
        gold = {"scenario": name, "conflict": s["conflict"], "note": s["note"],
                "contradictions": pairs}
        with open(os.path.join(SCEN, name, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
        conflicts[s["conflict"]] += 1
        rows.append((name, s["conflict"], len(docs), len(pairs), s["tests"]))
    write_readme(scen, rows, kinds, wordings, conflicts, ndocs)
    print(f"{len(scen)} scenarios, {ndocs} documents, {sum(kinds.values())} true pairs "
          f"({dict(kinds)}), wordings {dict(sorted(wordings.items()))}, categories {dict(sorted(cats.items()))}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("build checks OK")
    return 0


def write_readme(scen, rows, kinds, wordings, conflicts, ndocs):
    ntrue = sum(1 for r in rows if r[3])
    wl = ", ".join(f"{w} {wordings[w]}" for w in
                   ["denied", "rejected", "dismissed_as", "called_false", "said_no", "had_not"])
    with open(os.path.join(HERE, "readme_head.md"), encoding="utf-8") as f:
        head = f.read()
    head = head.format(nscen=len(rows), ntrue=ntrue, ntrap=len(rows) - ntrue,
                       nconf=len(conflicts), ndocs=ndocs, npairs=sum(kinds.values()),
                       nfig=kinds["figure"], nden=kinds["denial"], wordings=wl,
                       conflicts=", ".join(f"{c} ({k})" for c, k in sorted(conflicts.items())))
    out = [head.rstrip("\n"), "", "## Scenarios", "",
           "| scenario | conflict | docs | true pairs | what it tests |", "|---|---|---|---|---|"]
    for name, conf, nd, np_, tests in rows:
        out.append(f"| {name} | {conf} | {nd} | {np_} | {tests} |")
    out += ["", "Scored: not yet (blind; to be scored once at the end of the round)."]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    sys.exit(main())
