#!/usr/bin/env python3
"""Generator for eval/contradictions5 (standard library only).

Every scenario is held here as data. Running this script checks the data
(ids, dates, weekdays, evidence fragments) and writes
../scenarios/NN-short-name/{docs.jsonl,gold.json} and ../README.md.
It exits 1 without writing anything if a check fails.

Usage: python3 _build/build.py
"""
import datetime
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

sys.path.insert(0, HERE)
from scenarios_a import SCENARIOS as PART_A  # noqa: E402
from scenarios_b import SCENARIOS as PART_B  # noqa: E402

SCENARIOS = PART_A + PART_B

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
KINDS = {"figure", "denial"}
WORDINGS = {"denied", "rejected", "dismissed_as", "called_false", "said_no", "had_not"}
CATEGORIES = {"killed", "wounded", "captured", "missing", "displaced", "affected",
              "materiel_lost", "attack", "territory", "abducted", "protest"}
NAME_RE = re.compile(r"^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
URL_RE = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?$")
WD_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
MON = "|".join(MONTHS)
MD_RE = re.compile(r"\b(" + MON + r") (\d{1,2})\b(?:, (\d{4}))?")
DM_RE = re.compile(r"\b(\d{1,2}) (" + MON + r")\b(?: (\d{4}))?")
DATELINE_RE = re.compile(r"^[A-Z][A-Z .'/-]+(?:, [A-Za-z .'-]+)?, (" + MON + r") (\d{1,2}) —")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def pub_date(s):
    if len(s) == 10:
        return datetime.date.fromisoformat(s)
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).date()


def check_doc(sname, num, doc, seen_ids):
    did = doc["id"]
    where = f"{sname}/{did}"
    if not re.match(rf"^g{num}-[a-z]$", did):
        bad(where, f"id {did!r} is not g{num}-x")
    if did in seen_ids:
        bad(where, "duplicate id")
    seen_ids.add(did)
    if not URL_RE.match(doc["url"]):
        bad(where, f"url looks wrong: {doc['url']}")
    try:
        pub = pub_date(doc["published"])
    except ValueError:
        bad(where, f"published not ISO: {doc['published']}")
        return
    if pub.year != 2026:
        bad(where, "published not in 2026")
    text = doc["text"]
    if not text.strip():
        bad(where, "empty text")
    days = doc.get("days", {})
    old_ok = doc.get("old_days_ok", False)
    # every weekday named must be declared with its date, and agree with it
    for blob in (doc["title"], text):
        for m in WD_RE.finditer(blob):
            w = m.group(1)
            if w not in days:
                bad(where, f"weekday {w} used but not declared")
    for w, iso in days.items():
        d = datetime.date.fromisoformat(iso)
        if WEEKDAYS[d.weekday()] != w:
            bad(where, f"{iso} is a {WEEKDAYS[d.weekday()]}, not {w}")
        if d > pub:
            bad(where, f"{w} {iso} is after publication {pub}")
        if not old_ok and (pub - d).days > 7:
            bad(where, f"{w} {iso} more than a week before publication {pub}")
        if w not in text and w not in doc["title"]:
            bad(where, f"declared weekday {w} not used")
    # explicit dates: valid, not after publication
    for blob in (doc["title"], text):
        for m in MD_RE.finditer(blob):
            mon, day, yr = MONTHS.index(m.group(1)) + 1, int(m.group(2)), int(m.group(3) or 2026)
            try:
                d = datetime.date(yr, mon, day)
            except ValueError:
                bad(where, f"invalid date {m.group(0)!r}")
                continue
            if d > pub:
                bad(where, f"date {m.group(0)!r} after publication {pub}")
        for m in DM_RE.finditer(blob):
            day, mon, yr = int(m.group(1)), MONTHS.index(m.group(2)) + 1, int(m.group(3) or 2026)
            try:
                d = datetime.date(yr, mon, day)
            except ValueError:
                bad(where, f"invalid date {m.group(0)!r}")
                continue
            if d > pub:
                bad(where, f"date {m.group(0)!r} after publication {pub}")
    # a wire dateline carries the publication day
    for line in text.split("\n"):
        m = DATELINE_RE.match(line)
        if m:
            d = datetime.date(2026, MONTHS.index(m.group(1)) + 1, int(m.group(2)))
            if d != pub:
                bad(where, f"dateline {d} != published {pub}")
    for m in re.finditer(r"\b(\d{1,2}) (" + MON + r") (2026) —", text):
        d = datetime.date(2026, MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        if d != pub:
            bad(where, f"dateline {d} != published {pub}")
    # weekday written next to a date must agree: "Monday, 4 May 2026", "Monday (May 4)"
    for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r"),? \(?(\d{1,2}) (" + MON + r")(?: (\d{4}))?", text):
        d = datetime.date(int(m.group(4) or 2026), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        if WEEKDAYS[d.weekday()] != m.group(1):
            bad(where, f"{m.group(0)!r}: weekday disagrees")
    for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r"),? \(?(" + MON + r") (\d{1,2})(?:, (\d{4}))?", text):
        d = datetime.date(int(m.group(4) or 2026), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
        if WEEKDAYS[d.weekday()] != m.group(1):
            bad(where, f"{m.group(0)!r}: weekday disagrees")


def check_side(where, side, docs):
    did, ev = side
    if did not in docs:
        bad(where, f"doc {did!r} not in scenario")
        return
    text = docs[did]["text"]
    if "\n" in ev or not ev.strip():
        bad(where, "evidence empty or spans lines")
    n = text.count(ev)
    if n != 1:
        bad(where, f"evidence occurs {n} times in {did}: {ev!r}")
    elif not any(ev in line for line in text.split("\n")):
        bad(where, f"evidence not on one line of {did}")


def main():
    seen_ids, seen_nums, seen_names = set(), set(), set()
    for s in SCENARIOS:
        num = s["name"][:2]
        sname = s["name"]
        if not NAME_RE.match(sname):
            bad(sname, "bad folder name")
        if num in seen_nums or sname in seen_names:
            bad(sname, "duplicate number or name")
        seen_nums.add(num)
        seen_names.add(sname)
        for k in ("conflict", "note", "traps"):
            if not s.get(k):
                bad(sname, f"missing {k}")
        if not 1 <= len(s["docs"]) <= 4:
            bad(sname, "want 1 to 4 documents")
        docs = {}
        for d in s["docs"]:
            d["id"] = f"g{num}-{d['sfx']}"
            d["text"] = "\n".join(d["lines"])
            check_doc(sname, num, d, seen_ids)
            docs[d["id"]] = d
        for i, c in enumerate(s["gold"]):
            where = f"{sname} gold[{i}]"
            if c["kind"] not in KINDS:
                bad(where, "bad kind")
            if c["kind"] == "denial" and c["wording"] not in WORDINGS:
                bad(where, "bad wording")
            if c["kind"] == "figure" and c["wording"] is not None:
                bad(where, "figure with wording")
            if c["category"] not in CATEGORIES:
                bad(where, "bad category")
            a = (f"g{num}-{c['a'][0]}", c["a"][1])
            b = (f"g{num}-{c['b'][0]}", c["b"][1])
            if a == b:
                bad(where, "a == b")
            check_side(where + ".a", a, docs)
            check_side(where + ".b", b, docs)
            c["_a"], c["_b"] = a, b
    nums = sorted(int(n) for n in seen_nums)
    if nums != list(range(1, len(SCENARIOS) + 1)):
        bad("set", f"scenario numbers not 01..{len(SCENARIOS):02d}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    write()
    summary()
    return 0


def write():
    scen_dir = os.path.join(ROOT, "scenarios")
    if os.path.isdir(scen_dir):
        shutil.rmtree(scen_dir)
    os.makedirs(scen_dir)
    for s in SCENARIOS:
        d = os.path.join(scen_dir, s["name"])
        os.makedirs(d)
        with open(os.path.join(d, "docs.jsonl"), "w", encoding="utf-8") as f:
            for doc in s["docs"]:
                obj = {"id": doc["id"], "url": doc["url"], "title": doc["title"],
                       "published": doc["published"], "text": doc["text"]}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        gold = {"scenario": s["name"], "conflict": s["conflict"], "note": s["note"],
                "contradictions": [
                    {"kind": c["kind"], "wording": c["wording"], "category": c["category"],
                     "a": {"doc_id": c["_a"][0], "evidence": c["_a"][1]},
                     "b": {"doc_id": c["_b"][0], "evidence": c["_b"][1]}}
                    for c in s["gold"]]}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    write_readme()


def pairs_cell(s):
    if not s["gold"]:
        return "0", "—"
    kinds = []
    for c in s["gold"]:
        same = c["_a"][0] == c["_b"][0]
        if c["kind"] == "figure":
            kinds.append(f"figure {c['category']}" + (" (one doc)" if same else ""))
        else:
            kinds.append(f"denial {c['category']} / {c['wording']}"
                         + (f" (\"{c['phrase']}\")" if c.get("phrase") else "")
                         + (" (same doc)" if same else ""))
    return str(len(s["gold"])), "; ".join(kinds)


def write_readme():
    n = len(SCENARIOS)
    true_s = [s for s in SCENARIOS if s["gold"]]
    trap_s = [s for s in SCENARIOS if not s["gold"]]
    pairs = [c for s in SCENARIOS for c in s["gold"]]
    fig = [c for c in pairs if c["kind"] == "figure"]
    den = [c for c in pairs if c["kind"] == "denial"]
    conflicts = []
    for s in SCENARIOS:
        if s["conflict"] not in conflicts:
            conflicts.append(s["conflict"])
    ndocs = sum(len(s["docs"]) for s in SCENARIOS)
    wc = {}
    for c in den:
        wc[c["wording"]] = wc.get(c["wording"], 0) + 1
    same_doc = sum(1 for c in den if c["_a"][0] == c["_b"][0])
    lines = []
    add = lines.append
    add("# Blind contradiction set 5")
    add("")
    add(f"{n} scenarios ({len(true_s)} with at least one true contradiction, {len(trap_s)} pure traps), "
        f"{ndocs} documents, {len(pairs)} true pairs ({len(fig)} figure, {len(den)} denial) over "
        f"{len(conflicts)} conflicts ({', '.join(conflicts)}), for judging sitrep's contradiction report. "
        "Validate with `python3 ../contradictions/check.py .` from this folder (standard library only; "
        "prints counts, exits 1 on any problem).")
    add("")
    add("Scored: not yet")
    add("")
    add("## How it was written")
    add("")
    add("Blind. The writer (a helper session) read only `../shared/spec/claims.md` (categories, claim "
        "record fields, scope, modality, input format), the output of `issues show 12` (what counts as a "
        "contradiction, which denial wordings and traps to include), `eval/contradictions/README.md` up to "
        "(not including) its `## Scenarios` heading (introduction, layout, gold format) and "
        "`eval/contradictions/check.py` (the validator), and listed the folder names under `eval/` once. "
        "No scenario of any `eval/contradictions*` folder, nothing under `src/`, `tests/`, `bench/`, "
        "other `eval/` folders, `/tmp`, other worktrees or shared document texts was read; sitrep was "
        "never run and git was not used. The set was fixed before any score was taken.")
    add("")
    add("Every document is invented and written for this set: real towns and regions, fictional "
        "officials, spokespeople, monitors and outlets on realistic-looking domains, events dated 2026 "
        "(one recap refers to a real 2025 strike). Weekdays agree with dates. Forms: wire copy with "
        "datelines, ministry, army and armed-group statements, live blogs (newest entry first), UN and "
        "NGO bulletins; many carry web noise (cookie notices, newsletter prompts, \"Read more\" links, "
        "ADVERTISEMENT markers, share bars, copyright lines). Titles carry no disputed figure. Within a "
        "document each disputed figure or event is stated once, so a scenario holds only the true pairs "
        "its gold lists; every other pair a system reports is a false positive.")
    add("")
    add("`_build/build.py` (standard library) holds every scenario as data (`_build/scenarios_a.py`, "
        "`_build/scenarios_b.py`), checks document ids (`gNN-x`, unique), dates (ISO, 2026, datelines "
        "equal to `published`, no written date after publication), weekdays (every weekday named is "
        "declared with its date and agrees with it) and that every evidence fragment occurs exactly once "
        "in its document and on one line, then writes `scenarios/` and this README.")
    add("")
    add("Denial wordings: the gold `wording` uses the validator's six values. Two further wordings are "
        "folded in: \"categorically refuted\" is counted as `rejected` (scenario 31) and \"there is no "
        "truth to\" as `called_false` (scenario 13). "
        f"Denials: {len(den)} ({', '.join(f'{k}={wc[k]}' for k in sorted(wc))}), {same_doc} of them in "
        "the same document as the claim they deny. In one denial (scenario 22) the denier restates the "
        "claimed figure inside the denial sentence; elsewhere the denial names the event only.")
    add("")
    add("## Layout")
    add("")
    add("- `scenarios/NN-short-name/docs.jsonl` — 1 to 4 documents, one JSON object a line:")
    ndt = sum(1 for s in SCENARIOS for d in s["docs"] if len(d["published"]) > 10)
    add("  `{\"id\", \"url\", \"title\", \"published\", \"text\"}`; `published` is an ISO date "
        f"({ndt} documents have an ISO date-time); ids (`gNN-x`) are unique across the whole set; the "
        "`g` prefix was chosen to stay apart from the other sets' ids (c, d, e, f).")
    add("- `scenarios/NN-short-name/gold.json`:")
    add("")
    add("```json")
    add("{\"scenario\": \"NN-short-name\", \"conflict\": \"...\", \"note\": \"what this tests\",")
    add(" \"contradictions\": [")
    add("   {\"kind\": \"figure | denial\",")
    add("    \"wording\": \"denied | rejected | dismissed_as | called_false | said_no | had_not (denials), else null\",")
    add("    \"category\": \"spec category of the disputed claim\",")
    add("    \"a\": {\"doc_id\": \"...\", \"evidence\": \"verbatim fragment of the first claim's sentence\"},")
    add("    \"b\": {\"doc_id\": \"...\", \"evidence\": \"verbatim fragment of the second claim's sentence\"}}]}")
    add("```")
    add("")
    add("  A trap scenario has `\"contradictions\": []`. A scenario with a true contradiction may also hold "
        "trap pairs; only the true pairs are listed, so any other reported pair is a false positive. For a "
        "denial, `a` is the claim denied and `b` the denial sentence (both may be in one document). "
        "Categories use the spec's names. Every evidence fragment is verbatim, occurs once in its "
        "document and lies on one line; matching a reported contradiction to a gold one should use "
        "overlap of the reported evidence sentences with these fragments (in either order of a and b).")
    add("- `_build/` — the generator and the scenario data.")
    add("")
    add("Scenarios are independent: run sitrep on each `docs.jsonl` separately. (No cross-scenario pair "
        "is meant as a contradiction.)")
    add("")
    add("## Scenarios")
    add("")
    add("| scenario | conflict | true pairs | kind / wording | what the traps test |")
    add("|---|---|---|---|---|")
    for s in SCENARIOS:
        npairs, kinds = pairs_cell(s)
        add(f"| {s['name']} | {s['conflict']} | {npairs} | {kinds} | {s['traps']} |")
    add("")
    add("Scored: not yet")
    add("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def summary():
    pairs = [c for s in SCENARIOS for c in s["gold"]]
    print(f"scenarios {len(SCENARIOS)}: true {sum(1 for s in SCENARIOS if s['gold'])}, "
          f"traps {sum(1 for s in SCENARIOS if not s['gold'])}; docs {sum(len(s['docs']) for s in SCENARIOS)}")
    from collections import Counter
    print("pairs by kind:", dict(Counter(c["kind"] for c in pairs)))
    print("figure categories:", dict(Counter(c["category"] for c in pairs if c["kind"] == "figure")))
    print("denial wordings:", dict(Counter(c["wording"] for c in pairs if c["kind"] == "denial")))
    print("denial categories:", dict(Counter(c["category"] for c in pairs if c["kind"] == "denial")))
    print("same-doc denials:", sum(1 for c in pairs if c["kind"] == "denial" and c["_a"][0] == c["_b"][0]))
    print("conflicts:", dict(Counter(s["conflict"] for s in SCENARIOS)))


if __name__ == "__main__":
    sys.exit(main())
