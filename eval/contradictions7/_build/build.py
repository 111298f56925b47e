#!/usr/bin/env python3
"""Build eval/contradictions7 from the scenario data in part1-3.py (standard library only).

Checks ids, dates, weekdays and evidence fragments, then writes
scenarios/NN-name/docs.jsonl, scenarios/NN-name/gold.json and README.md.
Usage: python3 _build/build.py   (exits 1 on any problem, writing nothing)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import part1, part2, part3  # noqa: E402

SCENARIOS = part1.S + part2.S + part3.S

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_RE = "|".join(MONTHS)
WD_RE = "|".join(WEEKDAYS)
WORDINGS = {"denied", "rejected", "dismissed_as", "called_false", "said_no", "had_not"}
CATEGORIES = {"killed", "wounded", "captured", "missing", "displaced", "affected",
              "materiel_lost", "attack", "territory", "abducted", "protest"}
NUMWORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"]
URL_RE = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def strip_dates(text):
    """Remove date and clock expressions so figure numbers can be counted."""
    t = re.sub(rf"\b\d{{1,2}}(?:\s+and\s+\d{{1,2}})?\s+(?:{MON_RE})(?:\s+\d{{4}})?", " ", text)
    t = re.sub(rf"\b(?:{MON_RE})\s+\d{{1,2}}\b(?:,\s*\d{{4}})?", " ", t)
    t = re.sub(r"\b\d{1,2}:\d{2}\b", " ", t)
    t = re.sub(r"\b(?:19|20)\d{2}\b", " ", t)
    t = re.sub(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\b", " ", t)
    return t


def check_weekdays(where, text, published, days):
    # explicit "Weekday, Month D[, YYYY]" and "Weekday D Month [YYYY]"
    for m in re.finditer(rf"\b({WD_RE}),?\s+({MON_RE})\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?", text):
        wd, mon, d, y = m.group(1), m.group(2), int(m.group(3)), int(m.group(4) or 2026)
        date = datetime.date(y, MONTHS.index(mon) + 1, d)
        if WEEKDAYS[date.weekday()] != wd:
            bad(where, f"{m.group(0)!r}: {date} is a {WEEKDAYS[date.weekday()]}")
    for m in re.finditer(rf"\b({WD_RE}),?\s+(\d{{1,2}})\s+({MON_RE})(?:\s+(\d{{4}}))?", text):
        wd, d, mon, y = m.group(1), int(m.group(2)), m.group(3), int(m.group(4) or 2026)
        date = datetime.date(y, MONTHS.index(mon) + 1, d)
        if WEEKDAYS[date.weekday()] != wd:
            bad(where, f"{m.group(0)!r}: {date} is a {WEEKDAYS[date.weekday()]}")
    # every weekday word must be declared with the date it stands for (bare or explicit)
    pub = datetime.date.fromisoformat(published[:10])
    used = set(re.findall(rf"\b({WD_RE})", text))
    for wd in used:
        explicit_only = all(
            re.match(rf",?\s+(?:(?:{MON_RE})\s+\d|\d{{1,2}}\s+(?:{MON_RE}))", text[m.end():])
            for m in re.finditer(rf"\b{wd}", text))
        if wd not in days and not explicit_only:
            bad(where, f"bare weekday {wd!r} not declared")
    for wd, iso in days.items():
        date = datetime.date.fromisoformat(iso)
        if WEEKDAYS[date.weekday()] != wd:
            bad(where, f"declared {wd} = {iso} is a {WEEKDAYS[date.weekday()]}")
        if not 0 <= (pub - date).days <= 6:
            bad(where, f"declared {wd} = {iso} not within the week before published {published}")
        if wd not in used:
            bad(where, f"declared weekday {wd} not in text")


def main():
    names, ids = [], {}
    conflicts, kinds, wordings, cats = Counter(), Counter(), Counter(), Counter()
    for n, sc in enumerate(SCENARIOS, 1):
        name = sc["name"]
        names.append(name)
        if not re.match(r"^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$", name) or int(name[:2]) != n:
            bad(name, f"name not NN-short-name in sequence (expected {n:02d})")
        conflicts[sc["conflict"]] += 1
        docs = {}
        if not 1 <= len(sc["docs"]) <= 4:
            bad(name, "want 1 to 4 documents")
        for did, url, title, pub, text, days in sc["docs"]:
            where = f"{name}/{did}"
            if not re.match(rf"^i{name[:2]}-[a-z]$", did):
                bad(where, "id not iNN-x matching the scenario number")
            if did in ids:
                bad(where, f"id also used in {ids[did]}")
            ids[did] = name
            if not URL_RE.match(url):
                bad(where, f"url looks wrong: {url}")
            try:
                d = datetime.date.fromisoformat(pub)
                if d.year != 2026:
                    bad(where, "published not in 2026")
            except ValueError:
                bad(where, f"published not ISO: {pub}")
                continue
            if not title.strip() or not text.strip():
                bad(where, "empty title or text")
            if text != text.strip() or "\r" in text or "\t" in text:
                bad(where, "text has stray whitespace")
            check_weekdays(where, text, pub, days)
            docs[did] = text
        for i, (kind, wording, cat, a, b) in enumerate(sc["gold"]):
            where = f"{name} gold[{i}]"
            kinds[kind] += 1
            cats[cat] += 1
            if kind == "denial":
                if wording not in WORDINGS:
                    bad(where, f"wording {wording!r}")
                wordings[wording] += 1
            elif kind != "figure" or wording is not None:
                bad(where, "bad kind/wording")
            if cat not in CATEGORIES:
                bad(where, f"category {cat!r}")
            if a == b:
                bad(where, "a == b")
            for side, (did, ev) in (("a", a), ("b", b)):
                if did not in docs:
                    bad(where, f"{side}: doc {did} not in scenario")
                    continue
                text = docs[did]
                if "\n" in ev:
                    bad(where, f"{side}: evidence spans lines")
                if text.count(ev) != 1:
                    bad(where, f"{side}: evidence occurs {text.count(ev)} times in {did}: {ev!r}")
                elif not any(ev in line for line in text.split("\n")):
                    bad(where, f"{side}: evidence not on one line")
                if kind == "figure":
                    sev = strip_dates(ev)
                    nums = re.findall(r"\d[\d,]*\d|\d", sev) or \
                        [w for w in re.findall(r"[a-z]+", sev.lower()) if w in NUMWORDS]
                    if not nums:
                        bad(where, f"{side}: figure evidence has no number")
                    for num in nums:
                        cnt = len(re.findall(rf"(?<![\d,]){re.escape(num)}(?![\d,])", strip_dates(text))) \
                            if num[0].isdigit() else \
                            len(re.findall(rf"\b{num}\b", strip_dates(text).lower()))
                        if cnt != 1:
                            bad(where, f"{side}: figure {num!r} stated {cnt} times in {did}")
    true_s = [s for s in SCENARIOS if s["gold"]]
    if len(SCENARIOS) != 35:
        bad("set", f"{len(SCENARIOS)} scenarios, want 35")
    if len(conflicts) < 9:
        bad("set", f"{len(conflicts)} conflicts, want >= 9")
    if kinds["denial"] < 14:
        bad("set", f"{kinds['denial']} denials, want >= 14")
    if len(wordings) < 6:
        bad("set", f"{len(wordings)} denial wordings, want 6")
    print(f"scenarios {len(SCENARIOS)} (true {len(true_s)}, traps {len(SCENARIOS) - len(true_s)}), "
          f"documents {len(ids)}, conflicts {len(conflicts)}")
    print(f"true pairs {sum(kinds.values())}: " + " ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print("wordings: " + " ".join(f"{k}={v}" for k, v in sorted(wordings.items())))
    print("categories: " + " ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    write(conflicts, kinds, wordings, cats, true_s)
    print("written OK")
    return 0


def write(conflicts, kinds, wordings, cats, true_s):
    scen_dir = os.path.join(SET, "scenarios")
    os.makedirs(scen_dir, exist_ok=True)
    for sc in SCENARIOS:
        d = os.path.join(scen_dir, sc["name"])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "docs.jsonl"), "w", encoding="utf-8") as f:
            for did, url, title, pub, text, _ in sc["docs"]:
                f.write(json.dumps({"id": did, "url": url, "title": title, "published": pub,
                                    "text": text}, ensure_ascii=False) + "\n")
        gold = {"scenario": sc["name"], "conflict": sc["conflict"], "note": sc["note"],
                "contradictions": [
                    {"kind": k, "wording": w, "category": c,
                     "a": {"doc_id": a[0], "evidence": a[1]},
                     "b": {"doc_id": b[0], "evidence": b[1]}}
                    for k, w, c, a, b in sc["gold"]]}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
    write_readme(conflicts, kinds, wordings, cats, true_s)


def pair_desc(sc):
    if not sc["gold"]:
        return "0", "trap"
    out = []
    for k, w, c, a, b in sc["gold"]:
        if k == "figure":
            out.append(f"figure `{c}`: \"{a[1]}\" vs \"{b[1]}\"")
        else:
            where = "same doc" if a[0] == b[0] else "other doc"
            out.append(f"denial `{w}` ({c}, {where}): \"{b[1]}\"")
    return str(len(sc["gold"])), "; ".join(out)


def write_readme(conflicts, kinds, wordings, cats, true_s):
    n = len(SCENARIOS)
    ndocs = sum(len(s["docs"]) for s in SCENARIOS)
    lines = [
        "# Blind contradiction set 7",
        "",
        f"{n} scenarios ({len(true_s)} with a true contradiction, {n - len(true_s)} traps; "
        f"{sum(kinds.values())} true pairs: {kinds['figure']} figure, {kinds['denial']} denial) "
        f"over {len(conflicts)} conflicts and {ndocs} documents, for judging sitrep's contradiction "
        "report. Validate with `python3 eval/contradictions/check.py eval/contradictions7` "
        "(standard library only; prints counts, exits 1 on any problem).",
        "",
        "Scored: not yet",
        "",
        "## How it was written",
        "",
        "Blind. The writer (a helper session) read only `../shared/spec/claims.md` (categories, claim",
        "record fields, scope, modality, input format), the output of `issues show 12` (what counts as a",
        "contradiction, which denial wordings and traps to include), `eval/contradictions/README.md` up",
        "to but not including its `## Scenarios` heading (introduction, layout, file format), and",
        "`eval/contradictions/check.py` (the validator); it listed the folder names under `eval/` once.",
        "No scenario of any `eval/contradictions*` folder, nothing under `src/`, `tests/`, `bench/`,",
        "other `eval/` folders, other worktrees or shared document texts was read; sitrep was never run",
        "and git was not used. The set was fixed before any score was taken.",
        "",
        "Every document is invented and written for this set: real towns and regions, fictional",
        "officials, spokesmen, NGOs and outlets on real-looking domains, events dated 2026 (an",
        "anniversary piece and one yearly total refer back to 2025). No sentence is copied from a real",
        "article. Forms: wire copy with datelines, ministry, army and armed-group statements, a live blog",
        "(newest entry first), UN and NGO bulletins, local outlets; many carry web noise (cookie notices,",
        "newsletter prompts, \"Read more\", ADVERTISEMENT, share bars, copyright lines).",
        "",
        "`_build/build.py` (standard library) holds every scenario as data (`_build/part1.py` to",
        "`part3.py`) and writes the scenario folders and this README. Before writing it checks: ids",
        "`iNN-x` match the scenario number and are unique; `published` is an ISO date in 2026; every",
        "explicit weekday-and-date agrees with the calendar; every bare weekday (\"on Sunday\") is",
        "declared with its date, which must be that weekday and fall within the six days before",
        "`published`; each evidence fragment occurs exactly once in its document and on one line; and",
        "each number in a figure pair's evidence is stated only once in its document (dates aside), so",
        "a scenario holds only the pairs its gold lists.",
        "",
        "## Layout",
        "",
        "- `scenarios/NN-short-name/docs.jsonl` — 1 to 3 documents, one JSON object a line:",
        "  `{\"id\", \"url\", \"title\", \"published\", \"text\"}`; `published` is an ISO date; ids (`iNN-x`) are",
        "  unique across the whole set and distinct from other sets' ids.",
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
        "  A trap scenario has `\"contradictions\": []`. A scenario with a true contradiction may also",
        "  hold trap pairs; only the true pairs are listed, so any other reported pair is a false",
        "  positive. For a denial, `a` is the claim denied and `b` the denial sentence (both in one",
        "  document in scenarios 02, 22 and 29). Categories use the spec's names. Every evidence",
        "  fragment is verbatim, on one line and occurs once in its document; matching a reported",
        "  contradiction to a gold one should use overlap of the reported evidence sentences with these",
        "  fragments (in either order of a and b).",
        "- Wording labels: the validator's six labels are used; the table gives the exact phrase.",
        "  \"categorically refuted\" is labelled `rejected`; \"there is no truth to\", \"never took place\"",
        "  and \"baseless lies\" are labelled `called_false`.",
        "- `_build/` — the generator and its data.",
        "",
        "Scenarios are independent: run sitrep on each `docs.jsonl` separately. (No cross-scenario pair",
        "is meant as a contradiction.)",
        "",
        "Counts: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())) + " (true pairs by category); "
        "denial wordings: " + ", ".join(f"{k} {v}" for k, v in sorted(wordings.items())) + ".",
        "",
        "## Scenarios",
        "",
        "| scenario | conflict | true pairs | kind / wording | what the traps test |",
        "|---|---|---|---|---|",
    ]
    for sc in SCENARIOS:
        cnt, desc = pair_desc(sc)
        lines.append(f"| {sc['name']} | {sc['conflict']} | {cnt} | {desc} | {sc['traps']} |")
    lines.append("")
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
