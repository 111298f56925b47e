#!/usr/bin/env python3
"""Build blind contradiction set 8 (standard library only).

The scenarios live as data in parts/p*.py (each defines SCENARIOS). This script checks them
and then writes ../scenarios/NN-name/{docs.jsonl,gold.json} and ../README.md.
Usage: python3 build.py   (exits 1 without writing anything if a check fails)
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

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD = "|".join(WEEKDAYS)
MO = "|".join(MONTHS)
NUMWORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "dozens", "hundreds"]

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def load_parts():
    scen = []
    sys.path.insert(0, os.path.join(HERE, "parts"))
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "p*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        scen.extend(mod.SCENARIOS)
    return sorted(scen, key=lambda s: s["num"])


def pub_date(s):
    return datetime.date.fromisoformat(s[:10])


def check_weekdays(where, doc):
    text, pub = doc["text"], pub_date(doc["published"])
    declared = dict(doc.get("weekdays", {}))
    paired_spans = []
    # "Sunday, March 15", "Sunday March 15", "Sunday, 15 March", "Sunday (March 15)"
    for m in re.finditer(rf"\b({WD})\b,?\s+\(?(?:({MO})\s+(\d{{1,2}})|(\d{{1,2}})\s+({MO}))\b", text):
        name = m.group(1)
        month = m.group(2) or m.group(5)
        day = int(m.group(3) or m.group(4))
        year = pub.year
        try:
            d = datetime.date(year, MONTHS.index(month) + 1, day)
        except ValueError:
            bad(where, f"impossible date in {m.group(0)!r}")
            continue
        if d > pub:
            d = datetime.date(year - 1, d.month, d.day)
        if WEEKDAYS[d.weekday()] != name:
            bad(where, f"{m.group(0)!r}: {d} is a {WEEKDAYS[d.weekday()]}")
        paired_spans.append((m.start(1), m.end(1)))
    bare = set()
    for m in re.finditer(rf"\b({WD})\b", text):
        if any(a == m.start() for a, _ in paired_spans):
            continue
        name = m.group(1)
        bare.add(name)
        if name not in declared:
            bad(where, f"bare weekday {name!r} not declared with its date")
            continue
    for name, ds in declared.items():
        d = datetime.date.fromisoformat(ds)
        if WEEKDAYS[d.weekday()] != name:
            bad(where, f"declared {name} = {ds} is a {WEEKDAYS[d.weekday()]}")
        delta = (pub - d).days
        if not 1 <= delta <= 6:
            bad(where, f"declared {name} = {ds} is {delta} days before published {pub}")
        if name not in bare:
            bad(where, f"declared weekday {name} does not occur bare in the text")


DATE_MASKS = [
    rf"\b(?:{MO})\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?\b",
    rf"\b\d{{1,2}}\s+(?:{MO})(?:\s+(?:19|20)\d\d)?\b",
    r"\b(?:19|20)\d\d-\d\d-\d\d\b",
    rf"\b(?:{MO})\s+(?:19|20)\d\d\b",
    r"\b(?:19|20)\d\d\b",
]


def masked(text):
    for p in DATE_MASKS:
        text = re.sub(p, " DATE ", text)
    return text


def numbers_in(s):
    toks = re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", masked(s))
    words = [w for w in re.findall(r"[A-Za-z]+", s) if w.lower() in NUMWORDS]
    return toks, words


def count_num(text, tok):
    return len(re.findall(rf"(?<![\d,.]){re.escape(tok)}(?![\d]|,\d|\.\d)", masked(text)))


def count_word(text, w):
    return len(re.findall(rf"\b{re.escape(w)}\b", text, flags=re.I))


def check(scens):
    nums, all_ids = set(), set()
    for s in scens:
        name = f"{s['num']:02d}-{s['slug']}"
        if s["num"] in nums:
            bad(name, "duplicate scenario number")
        nums.add(s["num"])
        if not re.match(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", s["slug"]):
            bad(name, "bad slug")
        for k in ("conflict", "note", "tests"):
            if not s.get(k):
                bad(name, f"missing {k}")
        docs = {}
        if not 1 <= len(s["docs"]) <= 3:
            bad(name, f"{len(s['docs'])} documents")
        for d in s["docs"]:
            did = d["id"]
            m = re.match(r"^k(\d{2})-[a-z]$", did)
            if not m or int(m.group(1)) != s["num"]:
                bad(name, f"doc id {did!r} does not match scenario number")
            if did in all_ids:
                bad(name, f"doc id {did!r} not unique")
            all_ids.add(did)
            docs[did] = d
            try:
                p = pub_date(d["published"])
                if p.year != 2026 or not re.match(r"^\d{4}-\d\d-\d\d(T[\d:]+(Z|[+-]\d\d:\d\d)?)?$", d["published"]):
                    bad(did, f"published {d['published']!r} not an ISO date in 2026")
            except ValueError:
                bad(did, f"published {d['published']!r} not ISO")
                continue
            for k in ("url", "title", "text"):
                if not d.get(k, "").strip():
                    bad(did, f"empty {k}")
            for y in re.findall(r"\b20\d\d\b", d["text"]):
                if int(y) > 2026:
                    bad(did, f"year {y} after 2026")
            check_weekdays(did, d)
        for i, c in enumerate(s["contradictions"]):
            where = f"{name}[{i}]"
            if c["kind"] == "denial" and not c.get("wording"):
                bad(where, "denial without wording")
            if c["kind"] == "figure" and c.get("wording") is not None:
                bad(where, "figure with wording")
            for side in ("a", "b"):
                did, ev = c[side]["doc_id"], c[side]["evidence"]
                if did not in docs:
                    bad(where, f"{side}: unknown doc {did}")
                    continue
                text = docs[did]["text"]
                n = text.count(ev)
                if n != 1:
                    bad(where, f"{side}: evidence occurs {n} times in {did}: {ev!r}")
                if "\n" in ev or not any(ev in line for line in text.split("\n")):
                    bad(where, f"{side}: evidence not on one line of {did}")
                if c["kind"] == "figure":
                    toks, words = numbers_in(ev)
                    if not toks and not words:
                        bad(where, f"{side}: figure evidence without a number: {ev!r}")
                    for t in toks:
                        k = count_num(text, t)
                        if k != 1:
                            bad(where, f"{side}: number {t} stated {k} times in {did}")
                    for w in words:
                        k = count_word(text, w)
                        if k != 1:
                            bad(where, f"{side}: number word {w!r} stated {k} times in {did}")
            if c["a"] == c["b"]:
                bad(where, "a == b")


def gold_of(s):
    return {
        "scenario": f"{s['num']:02d}-{s['slug']}",
        "conflict": s["conflict"],
        "note": s["note"],
        "contradictions": [
            {"kind": c["kind"], "wording": c.get("wording"), "category": c["category"],
             "a": c["a"], "b": c["b"]} for c in s["contradictions"]],
    }


def readme(scens):
    kinds, wordings, conflicts = Counter(), Counter(), Counter()
    ndocs = sum(len(s["docs"]) for s in scens)
    true = [s for s in scens if s["contradictions"]]
    traps = [s for s in scens if not s["contradictions"]]
    for s in scens:
        conflicts[s["conflict"]] += 1
        for c in s["contradictions"]:
            kinds[c["kind"]] += 1
            if c["kind"] == "denial":
                wordings[c["wording"]] += 1
    npairs = sum(kinds.values())
    same_doc = sum(1 for s in scens for c in s["contradictions"]
                   if c["kind"] == "denial" and c["a"]["doc_id"] == c["b"]["doc_id"])
    lines = [
        "# Blind contradiction set 8",
        "",
        f"{len(scens)} scenarios ({len(true)} with a true contradiction, {len(traps)} traps) over "
        f"{len(conflicts)} conflicts, {ndocs} documents, {npairs} true pairs "
        f"({kinds['figure']} figure, {kinds['denial']} denial; {same_doc} of the denials in the same "
        f"document as the claim they deny, {kinds['denial'] - same_doc} in a second document). "
        "Denial wordings: " + ", ".join(f"{w} {wordings[w]}" for w in sorted(wordings)) + ".",
        "",
        "Conflicts: " + ", ".join(f"{k} ({v})" for k, v in sorted(conflicts.items())) + ".",
        "",
        "Validate with `python3 eval/contradictions/check.py eval/contradictions8` (from the "
        "repository root). The scenarios are generated by `_build/build.py` from the data in "
        "`_build/parts/`; edit the data and rerun it rather than editing the output.",
        "",
        "## How it was written",
        "",
        "Blind. The writer (a helper session) read only `../shared/spec/claims.md` (categories, "
        "claim record fields, scope, modality, input format), the output of `issues show 12` (what "
        "counts as a contradiction, the denial wordings and the traps), `eval/contradictions/README.md` "
        "up to (not including) its `## Scenarios` heading, and `eval/contradictions/check.py` (run, "
        "to validate), and listed the folder names under `eval/` once. It did not read any scenario "
        "of any `eval/contradictions*` folder, anything under `src/`, `tests/` or `bench/`, other "
        "`eval/` folders, any document text in the shared folder, or `/tmp`; it did not run sitrep "
        "or use git. The set was fixed before any score was taken.",
        "",
        "Every document is invented: real towns and regions, fictional officials, spokespeople and "
        "outlets on real-looking domains, events dated 2026, prose written for this set with no "
        "sentence copied from a real article. Forms vary: wire copy with datelines, ministry, army "
        "and armed-group statements, live blogs (newest entry first), UN and NGO bulletins, local "
        "outlets; many carry web noise (cookie notices, newsletter prompts, \"Read more\" links, "
        "ADVERTISEMENT markers, share bars, copyright lines).",
        "",
        "`build.py` checks the data before writing: scenario and document ids unique, each doc id "
        "`kNN-x` carrying its scenario's number; `published` an ISO date in 2026; every explicit "
        "weekday-and-date pair agrees with the calendar; every bare weekday (\"on Sunday\") is "
        "declared with its date, which falls one to six days before `published`; every evidence "
        "fragment occurs exactly once in its document, on one line; every number in a figure "
        "pair's evidence is stated only once in its document (dates aside), so a scenario holds "
        "only the pairs its gold lists.",
        "",
        "Follows issue 12: a contradiction needs the same category (and item), compatible subject "
        "and victim side, the same scope (a running total is never set against one day's figure; "
        "two running totals only for the same period), the same or a nearby place and overlapping "
        "time. A claimant revising or correcting its own figure is a revision, not a contradiction. "
        "A denial (denied, rejected, dismissed as fabricated/propaganda, called false, said no ... "
        "were lost, said ... had not been hit) is a contradiction of kind `denial` against the claim "
        "it denies, in the same or another document.",
        "",
        "## Layout",
        "",
        "- `scenarios/NN-short-name/docs.jsonl` — 1 to 3 documents, one JSON object a line:",
        "  `{\"id\", \"url\", \"title\", \"published\", \"text\"}`; `published` is an ISO date; ids "
        "(`kNN-x`) are unique across the whole set (and distinct from the other sets' prefixes).",
        "- `scenarios/NN-short-name/gold.json`:",
        "",
        "```json",
        "{\"scenario\": \"NN-short-name\", \"conflict\": \"...\", \"note\": \"what this tests\",",
        " \"contradictions\": [",
        "   {\"kind\": \"figure | denial\",",
        "    \"wording\": \"denied | rejected | dismissed_as | called_false | said_no | had_not (denials), else null\",",
        "    \"category\": \"spec category of the disputed claim\",",
        "    \"a\": {\"doc_id\": \"...\", \"evidence\": \"verbatim fragment of the first claim's sentence\"},",
        "    \"b\": {\"doc_id\": \"...\", \"evidence\": \"verbatim fragment of the second claim's sentence\"}}]}",
        "```",
        "",
        "  A trap scenario has `\"contradictions\": []`. A scenario with a true contradiction may also "
        "hold trap pairs; only the true pairs are listed, so any other reported pair is a false "
        "positive. For a denial, `a` is the claim denied and `b` the denial sentence (both may be in "
        "one document). Categories use the spec's names. Every evidence fragment is verbatim and on "
        "one line of its document's text; match a reported contradiction to a gold one by overlap of "
        "the reported evidence sentences with these fragments (in either order of a and b).",
        "",
        "Scenarios are independent: run sitrep on each `docs.jsonl` separately. No cross-scenario "
        "pair is meant as a contradiction.",
        "",
        "## Scenarios",
        "",
        "| scenario | conflict | docs | true pairs | what it tests |",
        "|---|---|---|---|---|",
    ]
    for s in scens:
        pairs = ", ".join(
            (f"denial/{c['wording']}" if c["kind"] == "denial" else "figure") + f" ({c['category']})"
            for c in s["contradictions"]) or "none (trap)"
        lines.append(f"| {s['num']:02d}-{s['slug']} | {s['conflict']} | {len(s['docs'])} | {pairs} | "
                     f"{s['tests'].replace('|', '/')} |")
    lines += ["", "Scored: not yet (to be scored once, at the end of the round)", ""]
    return "\n".join(lines)


def main():
    scens = load_parts()
    check(scens)
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    sdir = os.path.join(OUT, "scenarios")
    if os.path.isdir(sdir):
        shutil.rmtree(sdir)
    os.makedirs(sdir)
    for s in scens:
        name = f"{s['num']:02d}-{s['slug']}"
        os.makedirs(os.path.join(sdir, name))
        with open(os.path.join(sdir, name, "docs.jsonl"), "w", encoding="utf-8") as f:
            for d in s["docs"]:
                f.write(json.dumps({k: d[k] for k in ("id", "url", "title", "published", "text")},
                                   ensure_ascii=False) + "\n")
        with open(os.path.join(sdir, name, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold_of(s), f, ensure_ascii=False, indent=1)
            f.write("\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(scens))
    print(f"wrote {len(scens)} scenarios")
    return 0


if __name__ == "__main__":
    sys.exit(main())
