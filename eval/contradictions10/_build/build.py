#!/usr/bin/env python3
"""Build blind contradiction set 10 from _build/parts/*.py (standard library only).

Each part module defines SCENARIOS, a list of dicts:
  num, slug, conflict, note, tests (short text for the README table),
  docs: [{id, url, title, published, text}],
  contradictions: [{kind, wording, category, a: (doc_id, evidence), b: (doc_id, evidence)}]

The script checks ids, URLs, dates, weekdays, evidence fragments and the numbers of
figure pairs, then (only if every check passes) rewrites ../scenarios/ and ../README.md.
Usage: python3 eval/contradictions10/_build/build.py [--check]   (--check: validate only)
"""
import datetime
import glob
import importlib.util
import json
import os
import re
import shutil
import sys
from collections import Counter

BUILD = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(BUILD)
SCEN = os.path.join(SET, "scenarios")

KINDS = {"figure", "denial"}
WORDINGS = ["denied", "rejected", "dismissed_as", "called_false", "said_no", "had_not"]
CATEGORIES = {"killed", "wounded", "captured", "missing", "displaced", "affected",
              "materiel_lost", "attack", "territory", "abducted", "protest"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
URL_RE = re.compile(r"^https://([A-Za-z0-9-]+\.)+example(/\S*)?$")

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ALT = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
             "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_NUM.update(MONTH_ALT)
MONTH_PAT = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")s?\b", re.I)
# a date right after a weekday: "Tuesday, March 3", "Tuesday 3 March 2026"
AFTER_WD = re.compile(r"^,?\s+(?:(" + MONTH_PAT + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?"
                      r"|(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTH_PAT + r")(?:,?\s+(\d{4}))?)")
# dates anywhere (for masking numbers and for the not-after-published check)
DATE_MD = re.compile(r"\b(" + MONTH_PAT + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?")
DATE_DM = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTH_PAT + r")(?:\s+(\d{4})\b)?")
DATE_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:T[0-9:+.Z-]+)?")
YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d{2}(?![\d,])")
TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?!\d)")
NUM = re.compile(r"(?<![\d])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\d,])\d+(?:\.\d+)?(?![\d])")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def month_no(s):
    return MONTH_NUM.get(s.lower().rstrip("."))


def parse_published(s):
    try:
        if len(s) == 10:
            return datetime.date.fromisoformat(s)
        return datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except (ValueError, TypeError):
        return None


def mask_dates(text):
    """Blank out dates, years and clock times so that their digits are not counted."""
    def blank(m):
        return " " * len(m.group(0))
    for rx in (DATE_ISO, DATE_MD, DATE_DM, TIME, YEAR):
        text = rx.sub(blank, text)
    return text


def numbers(text):
    return [m.group(0).replace(",", "") for m in NUM.finditer(mask_dates(text))]


def check_dates(where, text, pub):
    """Weekdays: with a date they must match 2026's calendar; bare ones must fall 1-6 days
    before the published date. Month-day dates without a year must not be after published."""
    for m in WD_RE.finditer(text):
        wd = m.group(1).capitalize()
        if m.group(0).lower().endswith("s") and not wd.lower().endswith("s"):
            bad(where, f"plural weekday {m.group(0)!r}")
            continue
        after = AFTER_WD.match(text[m.end():])
        if after:
            if after.group(1):
                mon, day, yr = month_no(after.group(1)), int(after.group(2)), after.group(3)
            else:
                mon, day, yr = month_no(after.group(5)), int(after.group(4)), after.group(6)
            yr = int(yr) if yr else pub.year
            try:
                d = datetime.date(yr, mon, day)
            except ValueError:
                bad(where, f"impossible date after {wd}: {after.group(0)!r}")
                continue
            if WEEKDAYS[d.weekday()] != wd:
                bad(where, f"{wd} with {d.isoformat()}, which is a {WEEKDAYS[d.weekday()]}")
            continue
        delta = (pub.weekday() - WEEKDAYS.index(wd)) % 7
        if not 1 <= delta <= 6:
            bad(where, f"bare {wd!r} is the published day ({pub.isoformat()}, a {WEEKDAYS[pub.weekday()]})")
    for rx, mi, di, yi in ((DATE_MD, 1, 2, 3), (DATE_DM, 2, 1, 3)):
        for m in rx.finditer(text):
            mon, day = month_no(m.group(mi)), int(m.group(di))
            yr = int(m.group(yi)) if m.group(yi) else pub.year
            if mon is None:
                continue
            try:
                d = datetime.date(yr, mon, day)
            except ValueError:
                bad(where, f"impossible date {m.group(0)!r}")
                continue
            if d > pub:
                bad(where, f"date {m.group(0)!r} is after published {pub.isoformat()}")


def load_parts():
    scen = []
    for path in sorted(glob.glob(os.path.join(BUILD, "parts", "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location("part_" + name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for s in mod.SCENARIOS:
            s["_part"] = name
            scen.append(s)
    return sorted(scen, key=lambda s: s["num"])


def validate(scenarios):
    seen_nums, seen_ids, seen_urls = set(), {}, set()
    for s in scenarios:
        num = s["num"]
        name = f"{num:02d}-{s['slug']}"
        s["name"] = name
        where = f"{name} ({s['_part']})"
        if num in seen_nums:
            bad(where, "duplicate scenario number")
        seen_nums.add(num)
        if not SLUG_RE.match(s["slug"]):
            bad(where, "slug is not lowercase-hyphenated")
        for k in ("conflict", "note", "tests"):
            if not isinstance(s.get(k), str) or not s[k].strip():
                bad(where, f"{k} missing")
        docs = s["docs"]
        if not 1 <= len(docs) <= 3:
            bad(where, f"{len(docs)} documents (want 1 to 3)")
        by_id = {}
        for d in docs:
            did = d.get("id", "")
            dw = f"{where} {did}"
            if set(d) != {"id", "url", "title", "published", "text"}:
                bad(dw, f"fields {sorted(d)}")
            if not re.match(rf"^q{num:02d}-[a-z]$", did):
                bad(dw, "id is not qNN-x for this scenario")
            if did in seen_ids:
                bad(dw, f"id also used in {seen_ids[did]}")
            seen_ids[did] = name
            by_id[did] = d
            if not URL_RE.match(d["url"]):
                bad(dw, f"url not https on a .example domain: {d['url']!r}")
            if d["url"] in seen_urls:
                bad(dw, "url used twice")
            seen_urls.add(d["url"])
            pub = parse_published(d["published"])
            if pub is None or pub.year != 2026:
                bad(dw, f"published not an ISO date in 2026: {d['published']!r}")
                continue
            for k in ("title", "text"):
                if not d[k].strip() or d[k] != d[k].strip():
                    bad(dw, f"{k} empty or padded")
            if "\t" in d["text"] or "\r" in d["text"]:
                bad(dw, "tab or CR in text")
            check_dates(dw + " title", d["title"], pub)
            check_dates(dw + " text", d["text"], pub)
        ids = sorted(by_id)
        if ids != [f"q{num:02d}-{chr(97 + i)}" for i in range(len(ids))]:
            bad(where, f"ids not a, b, c in order: {ids}")
        for i, c in enumerate(s["contradictions"]):
            cw = f"{where} pair {i}"
            kind, wording, cat = c.get("kind"), c.get("wording"), c.get("category")
            if kind not in KINDS:
                bad(cw, f"kind {kind!r}")
            if kind == "denial" and wording not in WORDINGS:
                bad(cw, f"wording {wording!r}")
            if kind == "figure" and wording is not None:
                bad(cw, "figure pair with a wording")
            if cat not in CATEGORIES:
                bad(cw, f"category {cat!r}")
            if c["a"] == c["b"]:
                bad(cw, "a and b are the same")
            for side in ("a", "b"):
                did, ev = c[side]
                if did not in by_id:
                    bad(cw, f"{side}: doc {did!r} not in scenario")
                    continue
                text = by_id[did]["text"]
                if "\n" in ev or not ev.strip():
                    bad(cw, f"{side}: evidence empty or spans lines")
                n = text.count(ev)
                if n != 1:
                    bad(cw, f"{side}: evidence occurs {n} times in {did}: {ev!r}")
                if kind == "figure":
                    nums = numbers(ev)
                    if not nums:
                        bad(cw, f"{side}: figure evidence has no number: {ev!r}")
                    doc_nums = Counter(numbers(text))
                    for x in nums:
                        if doc_nums[x] != 1:
                            bad(cw, f"{side}: number {x} occurs {doc_nums[x]} times in {did}")
            if kind == "figure":
                na, nb = numbers(c["a"][1]), numbers(c["b"][1])
                if na == nb:
                    bad(cw, "figure pair with the same numbers")


def write(scenarios):
    if os.path.isdir(SCEN):
        shutil.rmtree(SCEN)
    os.makedirs(SCEN)
    for s in scenarios:
        d = os.path.join(SCEN, s["name"])
        os.makedirs(d)
        with open(os.path.join(d, "docs.jsonl"), "w", encoding="utf-8") as f:
            for doc in s["docs"]:
                f.write(json.dumps({k: doc[k] for k in ("id", "url", "title", "published", "text")},
                                   ensure_ascii=False) + "\n")
        gold = {"scenario": s["name"], "conflict": s["conflict"], "note": s["note"],
                "contradictions": [
                    {"kind": c["kind"], "wording": c["wording"], "category": c["category"],
                     "a": {"doc_id": c["a"][0], "evidence": c["a"][1]},
                     "b": {"doc_id": c["b"][0], "evidence": c["b"][1]}}
                    for c in s["contradictions"]]}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")


def stats(scenarios):
    kinds, wordings, cats, conflicts = Counter(), Counter(), Counter(), Counter()
    true_n = sum(1 for s in scenarios if s["contradictions"])
    for s in scenarios:
        conflicts[s["conflict"]] += 1
        for c in s["contradictions"]:
            kinds[c["kind"]] += 1
            cats[c["category"]] += 1
            if c["kind"] == "denial":
                wordings[c["wording"]] += 1
    return dict(n=len(scenarios), docs=sum(len(s["docs"]) for s in scenarios), true=true_n,
                traps=len(scenarios) - true_n, pairs=sum(kinds.values()), kinds=kinds,
                wordings=wordings, cats=cats, conflicts=conflicts)


def readme(scenarios, st):
    with open(os.path.join(BUILD, "readme_head.md"), encoding="utf-8") as f:
        head = f.read()
    conf = ", ".join(f"{k} {v}" for k, v in sorted(st["conflicts"].items(), key=lambda kv: (-kv[1], kv[0])))
    counts = "\n".join([
        f"- scenarios: {st['n']} ({st['true']} with a true contradiction, {st['traps']} traps); documents: {st['docs']}",
        f"- true contradiction pairs: {st['pairs']} (figure {st['kinds']['figure']}, denial {st['kinds']['denial']})",
        "- denial wordings: " + ", ".join(f"{w} {st['wordings'][w]}" for w in WORDINGS),
        "- categories of the true pairs: " + ", ".join(f"{k} {v}" for k, v in sorted(st["cats"].items())),
        f"- conflicts: {len(st['conflicts'])} ({conf})",
    ])
    rows = ["| scenario | conflict | docs | true pairs | what it tests |", "|---|---|---|---|---|"]
    for s in scenarios:
        pairs = ", ".join(f"{c['kind']}" + (f" ({c['wording']})" if c["wording"] else f" ({c['category']})")
                          for c in s["contradictions"]) or "0 (trap)"
        rows.append(f"| {s['name']} | {s['conflict']} | {len(s['docs'])} | {pairs} | {s['tests']} |")
    return head.replace("{{COUNTS}}", counts).replace("{{TABLE}}", "\n".join(rows))


def main():
    check_only = "--check" in sys.argv[1:]
    scenarios = load_parts()
    validate(scenarios)
    st = stats(scenarios)
    print(f"scenarios: {st['n']}  documents: {st['docs']}  true: {st['true']}  traps: {st['traps']}")
    print(f"pairs: {st['pairs']}  figure: {st['kinds']['figure']}  denial: {st['kinds']['denial']}")
    print("wordings: " + " ".join(f"{w}={st['wordings'][w]}" for w in WORDINGS))
    print("categories: " + " ".join(f"{k}={v}" for k, v in sorted(st["cats"].items())))
    print(f"conflicts ({len(st['conflicts'])}): " + ", ".join(f"{k}={v}" for k, v in sorted(st["conflicts"].items())))
    missing = [w for w in WORDINGS if not st["wordings"][w]]
    if missing:
        bad("set", f"wordings not covered: {missing}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    if not check_only:
        write(scenarios)
        with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as f:
            f.write(readme(scenarios, st))
        print(f"wrote {SCEN} and README.md")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
