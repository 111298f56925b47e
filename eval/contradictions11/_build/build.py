#!/usr/bin/env python3
"""Build blind contradiction set 11 from the data modules, self-check it, write README.md.

Usage: python3 eval/contradictions11/_build/build.py   (standard library only)
Writes ../scenarios/NN-name/{docs.jsonl,gold.json} and ../README.md; exits 1 on any problem.
"""
import datetime
import json
import os
import re
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import scenarios_a  # noqa: E402
import scenarios_b  # noqa: E402
import scenarios_c  # noqa: E402

SCENARIOS = scenarios_a.S + scenarios_b.S + scenarios_c.S

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
          "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
MD_RE = re.compile(MON + r"\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?")
DM_RE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + MON + r"\b\.?(?:,?\s+(\d{4}))?")
WD_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
DATED_AFTER_WD = re.compile(r"(?:'s)?,?\s*\(?\s*(?:" + MON + r"\.?\s+\d{1,2}(?!\d)|\d{1,2}\s+" + MON + r"\b)")
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
TIME_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)|(?<!\d)\d{1,2}(?:\.\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)")
NUM_RE = re.compile(r"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\d])")
NUM_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
             "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
             "dozen", "dozens", "several", "few"]
WORDING_CUES = {
    "denied": [r"\bden(?:y|ies|ied|ying)\b"],
    "rejected": [r"\breject"],
    "dismissed_as": [r"\bdismiss", r"fabricat|propaganda|invent|fake"],
    "called_false": [r"\bcall", r"\bfalse\b"],
    "said_no": [r"\bno\b|\bnone\b"],
    "had_not": [r"\bhad not\b|\bhadn't\b|\bhas not\b|\bwas not\b|\bwere not\b"],
}
CATEGORIES = {"killed", "wounded", "captured", "missing", "displaced", "affected",
              "materiel_lost", "attack", "territory", "abducted", "protest"}
NAME_RE = re.compile(r"^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_RE = re.compile(r"^q(\d{2})-[a-z]$")
URL_RE = re.compile(r"^https://[a-z0-9-]+(?:\.[a-z0-9-]+)*\.example(?:/\S*)?$")
PUB_RE = re.compile(r"^2026-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def pub_date(s):
    return datetime.date.fromisoformat(s[:10])


def month_days(text):
    """Yield (match, date or None) for every month-day date in text."""
    for rx, mi, di, yi in ((MD_RE, 1, 2, 3), (DM_RE, 2, 1, 3)):
        for m in rx.finditer(text):
            mon = MONTHS[m.group(mi).lower()]
            day = int(m.group(di))
            year = int(m.group(yi)) if m.group(yi) else 2026
            try:
                yield m, datetime.date(year, mon, day)
            except ValueError:
                yield m, None


def check_dates(where, text, pub):
    for m, d in month_days(text):
        if d is None:
            bad(where, f"invalid date {m.group(0)!r}")
        elif d > pub:
            bad(where, f"date {m.group(0)!r} lies after published {pub}")
    for m in WD_RE.finditer(text):
        wd = WEEKDAYS.index(m.group(1))
        after = text[m.end():m.end() + 40]
        dm = DATED_AFTER_WD.match(after)
        if dm:
            dates = [d for mm, d in month_days(after[:dm.end() + 6]) if mm.start() <= dm.end()]
            if not dates or dates[0] is None:
                bad(where, f"cannot read date after {m.group(1)!r}")
            elif dates[0].weekday() != wd:
                bad(where, f"{m.group(1)} {dates[0]} disagrees with the calendar "
                           f"({WEEKDAYS[dates[0].weekday()]})")
        else:
            delta = (pub.weekday() - wd) % 7
            if not 1 <= delta <= 6:
                bad(where, f"bare {m.group(1)!r} is {delta} days before published {pub} "
                           f"(want 1 to 6)")


def masked(text):
    """Text with dates, years and clock times blanked out."""
    spans = [m.span() for m, _ in month_days(text)]
    spans += [m.span() for m in YEAR_RE.finditer(text)]
    spans += [m.span() for m in TIME_RE.finditer(text)]
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = " "
    return "".join(chars)


def numbers(text):
    t = masked(text)
    nums = [n.replace(",", "") for n in NUM_RE.findall(t)]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", t) if w.lower() in NUM_WORDS]
    return nums, words


def check_figure_numbers(where, ev, text):
    nums, words = numbers(ev)
    if not nums and not words:
        bad(where, f"figure evidence has no number: {ev!r}")
    doc_nums, doc_words = numbers(text)
    dn, dw = Counter(doc_nums), Counter(doc_words)
    for n in nums:
        if dn[n] != 1:
            bad(where, f"number {n} occurs {dn[n]} times in the document (want once)")
    for w in words:
        if dw[w] != 1:
            bad(where, f"number word {w!r} occurs {dw[w]} times in the document (want once)")
    return nums + words


def check_side(where, side, docs):
    did, ev = side.get("doc_id"), side.get("evidence")
    if did not in docs:
        bad(where, f"doc_id {did!r} not in scenario")
        return None
    text = docs[did]["text"]
    if not isinstance(ev, str) or not ev.strip():
        bad(where, "evidence missing")
        return None
    if "\n" in ev:
        bad(where, "evidence spans lines")
    n = text.count(ev)
    if n != 1:
        bad(where, f"evidence occurs {n} times in {did} (want once): {ev!r}")
    elif not any(ev in line for line in text.split("\n")):
        bad(where, "evidence not on one line")
    return text


def self_check():
    seen_ids, names = {}, set()
    for s in SCENARIOS:
        name = s["name"]
        m = NAME_RE.match(name)
        if not m:
            bad(name, "bad folder name")
            continue
        if name in names:
            bad(name, "duplicate scenario name")
        names.add(name)
        nn = m.group(1)
        docs = {}
        if not 1 <= len(s["docs"]) <= 4:
            bad(name, f"{len(s['docs'])} documents (want 1 to 4)")
        for d in s["docs"]:
            did = d["id"]
            w = f"{name}/{did}"
            im = ID_RE.match(did)
            if not im:
                bad(w, "id is not qNN-x")
            elif im.group(1) != nn:
                bad(w, f"id prefix q{im.group(1)} does not match scenario {nn}")
            if did in seen_ids:
                bad(w, f"id also used in {seen_ids[did]}")
            seen_ids[did] = name
            docs[did] = d
            if not URL_RE.match(d["url"]):
                bad(w, f"url not https on .example: {d['url']!r}")
            if not PUB_RE.match(d["published"]):
                bad(w, f"published not an ISO 2026 date/date-time: {d['published']!r}")
                continue
            try:
                if len(d["published"]) > 10:
                    datetime.datetime.fromisoformat(d["published"].replace("Z", "+00:00"))
                pub = pub_date(d["published"])
            except ValueError:
                bad(w, "published not parseable")
                continue
            for k in ("title", "text"):
                if not d[k].strip():
                    bad(w, f"{k} empty")
            check_dates(w + " title", d["title"], pub)
            check_dates(w + " text", d["text"], pub)
        for i, c in enumerate(s["contradictions"]):
            w = f"{name} contradictions[{i}]"
            if c["category"] not in CATEGORIES:
                bad(w, f"category {c['category']!r}")
            ta = check_side(w + ".a", c["a"], docs)
            tb = check_side(w + ".b", c["b"], docs)
            if c["a"] == c["b"]:
                bad(w, "a == b")
            if c["kind"] == "figure":
                if c["wording"] is not None:
                    bad(w, "figure with a wording")
                if ta is not None and tb is not None:
                    na = check_figure_numbers(w + ".a", c["a"]["evidence"], ta)
                    nb = check_figure_numbers(w + ".b", c["b"]["evidence"], tb)
                    if na and nb and sorted(na) == sorted(nb):
                        bad(w, "figure pair with the same numbers")
            elif c["kind"] == "denial":
                cues = WORDING_CUES.get(c["wording"])
                if cues is None:
                    bad(w, f"wording {c['wording']!r}")
                else:
                    for cue in cues:
                        if not re.search(cue, c["b"]["evidence"], re.I):
                            bad(w, f"denial evidence lacks the {c['wording']} cue /{cue}/")
            else:
                bad(w, f"kind {c['kind']!r}")


def write():
    out = os.path.join(ROOT, "scenarios")
    if os.path.isdir(out):
        shutil.rmtree(out)
    for s in SCENARIOS:
        d = os.path.join(out, s["name"])
        os.makedirs(d)
        with open(os.path.join(d, "docs.jsonl"), "w", encoding="utf-8") as f:
            for doc in s["docs"]:
                obj = {k: doc[k] for k in ("id", "url", "title", "published", "text")}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        gold = {"scenario": s["name"], "conflict": s["conflict"], "note": s["note"],
                "contradictions": s["contradictions"]}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


def counts():
    c = {"scenarios": len(SCENARIOS),
         "true": sum(1 for s in SCENARIOS if s["contradictions"]),
         "traps": sum(1 for s in SCENARIOS if not s["contradictions"]),
         "docs": sum(len(s["docs"]) for s in SCENARIOS)}
    kinds, wordings, cats, conflicts = Counter(), Counter(), Counter(), Counter()
    for s in SCENARIOS:
        conflicts[s["conflict"]] += 1
        for x in s["contradictions"]:
            kinds[x["kind"]] += 1
            cats[x["category"]] += 1
            if x["wording"]:
                wordings[x["wording"]] += 1
    return c, kinds, wordings, cats, conflicts


def readme():
    c, kinds, wordings, cats, conflicts = counts()
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as f:
        tpl = f.read()
    conf = ", ".join(f"{k} {v}" for k, v in sorted(conflicts.items(), key=lambda kv: (-kv[1], kv[0])))
    fill = {
        "SCENARIOS": str(c["scenarios"]), "TRUE": str(c["true"]), "TRAPS": str(c["traps"]),
        "DOCS": str(c["docs"]), "PAIRS": str(sum(kinds.values())),
        "FIGURE": str(kinds["figure"]), "DENIAL": str(kinds["denial"]),
        "WORDINGS": ", ".join(f"{w} {wordings[w]}" for w in
                              ["denied", "rejected", "dismissed_as", "called_false", "said_no", "had_not"]),
        "CATEGORIES": ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))),
        "NCONFLICTS": str(len(conflicts)), "CONFLICTS": conf,
        "LIST": "\n".join(f"- `{s['name'][:2]}` {s['conflict']} - {s['kind']}: {s['summary']}"
                          for s in SCENARIOS),
    }
    for k, v in fill.items():
        tpl = tpl.replace("{{" + k + "}}", v)
    if "{{" in tpl:
        bad("README", "unfilled placeholder")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(tpl)


def main():
    self_check()
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    write()
    readme()
    c, kinds, wordings, cats, conflicts = counts()
    print(f"scenarios {c['scenarios']} (true {c['true']}, traps {c['traps']}), documents {c['docs']}, "
          f"conflicts {len(conflicts)}")
    print(f"true pairs {sum(kinds.values())}: " + " ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print("wordings: " + " ".join(f"{k}={v}" for k, v in sorted(wordings.items())))
    print("categories: " + " ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    if problems:
        for p in problems:
            print("  " + p)
        return 1
    print("self-check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
