#!/usr/bin/env python3
"""Generator for the blind contradiction set 4 (standard library only).

Holds every scenario as data and writes scenarios/NN-name/docs.jsonl, gold.json and
README.md one folder up. Run: python3 _build/build.py
"""
import datetime
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCEN = os.path.join(ROOT, "scenarios")

# ---------------------------------------------------------------- web noise
COOKIE = "We use cookies to personalise content and analyse our traffic. By continuing to browse you agree to our use of cookies. Accept all | Manage preferences"
COOKIE2 = "This site uses cookies. Read our privacy policy to find out more. [OK]"
NEWS = "Sign up for our daily newsletter and get the top stories in your inbox every morning."
NEWS2 = "Get our weekly briefing - enter your email address. Subscribe"
SHARE = "Share on Facebook | Share on X | WhatsApp | Email | Copy link"
SHARE2 = "SHARE  TWEET  EMAIL  PRINT"
AD = "ADVERTISEMENT"
AD2 = "- Advertisement -"
SKIP = "Skip to main content"


def readmore(title):
    return "Read more: " + title


def doc(id, url, title, published, *lines):
    return {"id": id, "url": url, "title": title, "published": published,
            "text": "\n\n".join(lines)}


def pair(kind, wording, category, a_doc, a_ev, b_doc, b_ev):
    return {"kind": kind, "wording": wording, "category": category,
            "a": {"doc_id": a_doc, "evidence": a_ev},
            "b": {"doc_id": b_doc, "evidence": b_ev}}


S = []  # scenarios: dict(name, conflict, note, docs, contradictions, table=(pairs, kind, traps))


def scen(name, conflict, note, docs, contradictions, kind, traps, tags=()):
    S.append({"name": name, "conflict": conflict, "note": note, "docs": docs,
              "contradictions": contradictions, "kind": kind, "traps": traps,
              "tags": list(tags)})


# ------------------------------------------------------------ self-checks
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MON_ABBR["Sept"] = 9
WD_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b,?\s*\(?(?:(\d{1,2})\s+(" + "|".join(MONTHS) +
                   r")|(" + "|".join(MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2}))")
DATELINE_RE = re.compile(r"\b(" + "|".join(MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})\b")


def self_check():
    errs = []
    ids = {}
    names = set()
    for n, s in enumerate(S, 1):
        name = s["name"]
        if not name.startswith("%02d-" % n):
            errs.append(f"{name}: expected number {n:02d}")
        if name in names:
            errs.append(f"{name}: duplicate name")
        names.add(name)
        nn = name[:2]
        docs = {d["id"]: d for d in s["docs"]}
        for d in s["docs"]:
            if not re.match(r"^f%s-[a-z]$" % nn, d["id"]):
                errs.append(f"{name}: bad id {d['id']}")
            if d["id"] in ids:
                errs.append(f"{name}: id {d['id']} reused")
            ids[d["id"]] = name
            pub = datetime.date.fromisoformat(d["published"][:10])
            if not (datetime.date(2026, 6, 1) <= pub <= datetime.date(2026, 11, 30)):
                errs.append(f"{d['id']}: published {pub} outside June-November 2026")
            for m in WD_RE.finditer(d["text"]):
                wd = m.group(1)
                if m.group(2):
                    day, mon = int(m.group(2)), MONTHS.index(m.group(3)) + 1
                else:
                    mo = m.group(4)
                    mon = MONTHS.index(mo) + 1 if mo in MONTHS else MON_ABBR[mo]
                    day = int(m.group(5))
                real = WEEKDAYS[datetime.date(pub.year, mon, day).weekday()]
                if real != wd:
                    errs.append(f"{d['id']}: '{m.group(0)}' is a {real}")
        for c in s["contradictions"]:
            for side in ("a", "b"):
                did, ev = c[side]["doc_id"], c[side]["evidence"]
                if did not in docs:
                    errs.append(f"{name}: evidence doc {did} missing")
                    continue
                t = docs[did]["text"]
                if ev not in t or not any(ev in line for line in t.split("\n")):
                    errs.append(f"{name}: evidence not on one line of {did}: {ev!r}")
                elif t.count(ev) != 1:
                    errs.append(f"{name}: evidence occurs {t.count(ev)} times in {did}: {ev!r}")
    return errs


def write_all():
    if os.path.isdir(SCEN):
        shutil.rmtree(SCEN)
    os.makedirs(SCEN)
    for s in S:
        d = os.path.join(SCEN, s["name"])
        os.makedirs(d)
        with open(os.path.join(d, "docs.jsonl"), "w", encoding="utf-8") as f:
            for doc_ in s["docs"]:
                f.write(json.dumps(doc_, ensure_ascii=False) + "\n")
        gold = {"scenario": s["name"], "conflict": s["conflict"], "note": s["note"],
                "contradictions": s["contradictions"]}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    write_readme()


TAG_NAMES = {
    "revision": "a claimant revising its own figure",
    "different-strikes": "different strikes or targets on the same day",
    "different-cities": "different cities",
    "different-victims": "different victims (one side's losses vs the other's)",
    "cumulative-vs-daily": "a cumulative total vs one day's figure",
    "cumulative-other-period": "running totals for different periods",
    "compatible": "compatible figures (a bound and a figure inside it)",
    "syndicated": "syndicated copies of one story",
    "anniversary": "anniversaries and history recaps",
    "unclaimed-denial": "a denial of something not claimed in the scenario",
    "confirmation": "one party's claim and another party confirming it",
}


def write_readme():
    from collections import Counter
    kinds, wordings, cats, conflicts, tags = Counter(), Counter(), Counter(), Counter(), Counter()
    ndocs = sum(len(s["docs"]) for s in S)
    true_s = [s for s in S if s["contradictions"]]
    trap_s = [s for s in S if not s["contradictions"]]
    for s in S:
        conflicts[s["conflict"]] += 1
        for t in s["tags"]:
            tags[t] += 1
        for c in s["contradictions"]:
            kinds[c["kind"]] += 1
            cats[c["category"]] += 1
            if c["wording"]:
                wordings[c["wording"]] += 1
    rows = []
    for s in S:
        rows.append("| %s | %s | %d | %s | %s |" % (
            s["name"], s["conflict"], len(s["contradictions"]), s["kind"] or "trap", s["traps"] or "-"))
    out = []
    out.append("# Blind contradiction set 4")
    out.append("")
    out.append("%d scenarios (%d with a true contradiction, %d traps with no true pair) over %d conflicts, "
               "for judging sitrep's contradiction report once, at the end of a round of work. "
               "Validate with `python3 ../contradictions/check.py .` from this folder "
               "(or `python3 eval/contradictions/check.py eval/contradictions4` from the repository root)."
               % (len(S), len(true_s), len(trap_s), len(conflicts)))
    out.append("")
    out.append("## How it was written")
    out.append("")
    out.append("Blind. The writer (a helper session) read exactly these and nothing else of the project:")
    out.append("")
    out.append("- `/work/shared/spec/claims.md` (categories, claim record fields, scope, modality, input format);")
    out.append("- the output of `issues show 12` (what counts as a contradiction, which denial wordings and traps to include);")
    out.append("- `eval/contradictions/README.md` up to, and not including, its `## Scenarios` heading (introduction, layout, file format);")
    out.append("- `eval/contradictions/check.py` (the validator).")
    out.append("")
    out.append("Besides these, only the folder names under `eval/` were listed once (`ls`), to check that "
               "`contradictions4` did not exist yet; no file in them was opened.")
    out.append("")
    out.append("No scenario of `eval/contradictions`, `eval/contradictions2` or `eval/contradictions3` was read, nor "
               "anything under `src/`, `tests/`, `bench/`, other `eval/` folders, other worktrees, `/tmp` or the "
               "shared document texts. sitrep was never run and git was not used. The set was fixed before any score was taken.")
    out.append("")
    out.append("Every document is invented: real towns and regions, fictional officials, spokespeople, ships and "
               "outlets (real-looking domains), events dated June-November 2026 with weekdays that agree with "
               "the dates. Forms: wire copy with datelines, ministry, army and armed-group statements, live blogs "
               "with the newest entry first, UN and NGO bulletins; many carry web noise (cookie notices, newsletter "
               "prompts, \"Read more\" links, ADVERTISEMENT markers, share bars, copyright lines). Each disputed figure "
               "or event is stated once per document, so that a scenario holds only the pairs its gold lists.")
    out.append("")
    out.append("The generator `_build/build.py` holds every scenario as data and writes the files; it also checks "
               "ids, dates, weekdays and that every evidence fragment occurs exactly once, on one line.")
    out.append("")
    out.append("## Layout")
    out.append("")
    out.append("- `scenarios/NN-short-name/docs.jsonl` - 1 to 4 documents, one JSON object a line: "
               "`{\"id\", \"url\", \"title\", \"published\", \"text\"}`; `published` is an ISO date or date-time; "
               "ids (`fNN-x`) are unique across the whole set and distinct from the other sets' `cNN`/`dNN`/`eNN` ids.")
    out.append("- `scenarios/NN-short-name/gold.json` - `{\"scenario\", \"conflict\", \"note\", \"contradictions\": [...]}`, "
               "each contradiction `{\"kind\": \"figure\"|\"denial\", \"wording\", \"category\", \"a\": {\"doc_id\", \"evidence\"}, "
               "\"b\": {...}}`, in the format of `eval/contradictions/README.md`. For a denial, `a` is the claim denied "
               "and `b` the denial. A trap scenario has `\"contradictions\": []`; a scenario with a true contradiction may "
               "also hold trap pairs, and only its true pairs are listed, so any other reported pair is a false positive. "
               "Evidence fragments are verbatim and on one line; match reported contradictions by overlap of their "
               "evidence sentences with these fragments, in either order of a and b.")
    out.append("- `_build/build.py` - the generator (standard library).")
    out.append("")
    out.append("Scenarios are independent: run sitrep on each `docs.jsonl` separately.")
    out.append("")
    out.append("## Scenarios")
    out.append("")
    out.append("| scenario | conflict | true pairs | kind / wording | what the traps test |")
    out.append("|---|---|---|---|---|")
    out.extend(rows)
    out.append("")
    out.append("## Totals")
    out.append("")
    out.append("- scenarios: %d (with a true contradiction: %d; traps: %d); documents: %d" % (len(S), len(true_s), len(trap_s), ndocs))
    out.append("- conflicts (%d): %s" % (len(conflicts), ", ".join("%s %d" % kv for kv in sorted(conflicts.items()))))
    out.append("- true pairs: %d (figure %d, denial %d)" % (sum(kinds.values()), kinds["figure"], kinds["denial"]))
    out.append("- denial wordings: " + ", ".join("%s %d" % (w, wordings[w]) for w in
               ["denied", "rejected", "dismissed_as", "called_false", "said_no", "had_not"]))
    out.append("- categories of true pairs: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
    out.append("- traps by type (scenarios holding one; trap scenarios and trap pairs inside true scenarios):")
    for t, desc in TAG_NAMES.items():
        out.append("  - %s: %d" % (desc, tags[t]))
    out.append("")
    out.append("## Score")
    out.append("")
    out.append("not yet scored")
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    errs = self_check()
    if errs:
        print("\n".join(errs))
        return 1
    write_all()
    print("wrote %d scenarios" % len(S))
    return 0


# =========================================================== batch 1 (01-08)
scen("01-sudan-el-obeid-market-toll", "Sudan",
     "Two claimants (the health ministry and a local volunteer committee) give different death tolls for the same drone strike on El Obeid's livestock market.",
     [doc("f01-a", "https://www.nilewire.net/sudan/el-obeid-market-drone-strike-0714",
          "Drone strike sets El Obeid livestock market ablaze", "2026-07-14",
          "EL OBEID, Sudan, July 14 (Nile Wire) - A drone strike on the crowded Souq al-Mawashi livestock market in El Obeid on Monday set stalls ablaze and sent traders fleeing, witnesses said.",
          "Sudan's health ministry said 41 people were killed in the attack, which it blamed on the paramilitary Rapid Support Forces (RSF).",
          "The RSF did not respond to a request for comment. The group has pressed on the North Kordofan capital from the west for months, cutting the main road to Bara.",
          "Traders said the market had reopened only a week earlier after a lull in fighting.",
          "(Reporting by Nile Wire staff; Editing by Hamid Osman)",
          "(c) 2026 Nile Wire. All rights reserved."),
      doc("f01-b", "https://kordofanmonitor.org/en/2026/07/14/volunteers-count-dead-el-obeid-market",
          "Volunteers count the dead after El Obeid market attack", "2026-07-14T18:40:00+02:00",
          COOKIE,
          "Volunteers count the dead after El Obeid market attack",
          "By Kordofan Monitor correspondent | 14 July 2026",
          SHARE,
          "The El Obeid Resistance Committee, a volunteer group that runs first-aid points in the city, said on Tuesday that 68 people had died in Monday's drone strike on the livestock market.",
          "Volunteers said many of the wounded had been carried on donkey carts to El Obeid Teaching Hospital, which is short of blood and anaesthetics.",
          AD,
          "\"We buried people in the afternoon without being able to identify them all,\" said committee member Sara Adam Yagoub.",
          readmore("Fuel prices soar in Kordofan as roads close"),
          NEWS2)],
     [pair("figure", None, "killed",
           "f01-a", "Sudan's health ministry said 41 people were killed in the attack",
           "f01-b", "said on Tuesday that 68 people had died in Monday's drone strike on the livestock market")],
     "figure / killed (ministry vs volunteer committee)", "-")

scen("02-gaza-deir-al-balah-shelter-toll", "Gaza",
     "Civil defence (live blog, newest first) revises its own toll from 'at least 12' to 31 (a revision, no pair); OCHA's 18 for the same strike contradicts the civil defence's 31 only ('at least 12' is compatible with 18).",
     [doc("f02-a", "https://live.levantdesk.com/gaza-live-2026-09-09",
          "Gaza live: strike on school shelter in Deir al-Balah", "2026-09-09T21:15:00+03:00",
          SKIP,
          "LIVE - Updated 21:15",
          "21:05 - Gaza's civil defence agency says the death toll from the strike on the Al-Manara school shelter in Deir al-Balah has risen to 31, many of them women and children.",
          "19:40 - Doctors at Al-Aqsa Martyrs hospital in Deir al-Balah say the hospital has run out of beds and is treating casualties on the floor.",
          SHARE,
          "17:10 - The Israeli military says it carried out a 'precise strike' on Hamas militants operating from a command room inside the school compound, and that steps were taken to reduce harm to civilians.",
          "16:25 - Gaza's civil defence agency says at least 12 people were killed when an air strike hit the Al-Manara school, where displaced families were sheltering.",
          AD,
          "15:50 - Witnesses describe a loud explosion in central Deir al-Balah shortly before 15:30, followed by a column of smoke.",
          "Our live coverage of Wednesday's events in Gaza continues below."),
      doc("f02-b", "https://www.unocha-gaza-updates.org/flash-update-14-2026",
          "Gaza Strip: Flash Update #14", "2026-09-10",
          "Gaza Strip | Flash Update #14 | 10 September 2026",
          "KEY POINTS",
          "On 9 September, an air strike hit the Al-Manara school in Deir al-Balah, which was hosting displaced families; according to preliminary information collected by humanitarian partners, 18 people were killed and dozens injured.",
          "Partners report that water trucking to shelters in Deir al-Balah was suspended for the day because of the security situation.",
          "The next Flash Update will be issued on 12 September.",
          "This product is produced by the UN Office for the Coordination of Humanitarian Affairs (OCHA) with partners.")],
     [pair("figure", None, "killed",
           "f02-a", "death toll from the strike on the Al-Manara school shelter in Deir al-Balah has risen to 31",
           "f02-b", "18 people were killed and dozens injured")],
     "figure / killed (live blog vs UN bulletin)", "own revision 12 -> 31 in the live blog; 'at least 12' vs 18 compatible",
     ["revision", "compatible"])

scen("03-drc-sake-displaced", "DR Congo",
     "UNHCR and the Congolese government give different displacement figures for the same fighting around Sake since 5 September.",
     [doc("f03-a", "https://news.un-briefings.org/2026/09/drc-sake-displacement",
          "DR Congo: thousands flee fighting around Sake", "2026-09-11",
          "GENEVA, 11 September 2026 - The UN refugee agency, UNHCR, said on Friday that 62,000 people had fled their homes around the town of Sake in North Kivu since fighting between the Congolese army and M23 rebels erupted on 5 September.",
          "Most have headed towards Goma or sought shelter in churches and schools along the road to Minova, spokesperson Marianne Okello told reporters at the Palais des Nations.",
          "UNHCR appealed for safe access to the area, saying aid convoys had been unable to reach Sake for five days.",
          "Related: Measles cases rise in North Kivu displacement sites"),
      doc("f03-b", "https://www.kivu-actualite.cd/en/news/2026-09-12-government-displacement-sake",
          "Government accuses M23 over Sake displacement", "2026-09-12T16:05:00+01:00",
          COOKIE2,
          "Home > Security > North Kivu",
          "KINSHASA - Government spokesman Daniel Mbuyi Kalala said on Saturday that 140,000 people had been displaced by the fighting around Sake since 5 September, accusing Rwanda-backed M23 rebels of deliberately shelling villages.",
          "He said the government was sending emergency food aid by boat from Bukavu.",
          AD2,
          "M23 did not immediately comment.",
          SHARE2,
          NEWS)],
     [pair("figure", None, "displaced",
           "f03-a", "said on Friday that 62,000 people had fled their homes around the town of Sake",
           "f03-b", "said on Saturday that 140,000 people had been displaced by the fighting around Sake since 5 September")],
     "figure / displaced (UN vs government)", "-")

scen("04-red-sea-mq9-losses", "Yemen / Red Sea",
     "The Houthis claim three US MQ-9 drones shot down over Marib on 22 August; US Central Command says one was lost that day: a materiel-loss figure contradiction.",
     [doc("f04-a", "https://www.yemenvoice-news.net/en/2026/08/22/air-defences-down-drones-marib",
          "Armed forces spokesman announces downing of American drones", "2026-08-22",
          "SANAA, Aug. 22 - The spokesman of the armed forces, Brigadier General Abdulmalik al-Murtada, announced on Saturday that the air defences had shot down three American MQ-9 drones over Marib province while they were carrying out hostile missions.",
          "He said the operation was carried out with locally made surface-to-air missiles, and warned that American aircraft violating Yemeni airspace would continue to be targeted.",
          "The statement was broadcast on Al-Masirah television.",
          SHARE2),
      doc("f04-b", "https://www.capitolwire.com/world/2026/08/23/us-drone-lost-yemen",
          "US drone lost over Yemen, military says", "2026-08-23T02:30:00Z",
          "WASHINGTON, Aug. 23 (Capitol Wire) - U.S. Central Command said one MQ-9 Reaper was lost over Marib province in Yemen on Saturday and that the incident was under investigation.",
          "The command did not say whether the drone had been shot down. A Houthi military spokesman had earlier claimed responsibility, saying the group's air defences were behind the loss.",
          "The Reaper, which costs about $30 million, is used for surveillance and strikes over Yemen and the Red Sea.",
          AD,
          "Copyright 2026 Capitol Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")],
     [pair("figure", None, "materiel_lost",
           "f04-a", "the air defences had shot down three American MQ-9 drones over Marib province",
           "f04-b", "U.S. Central Command said one MQ-9 Reaper was lost over Marib province in Yemen on Saturday")],
     "figure / materiel_lost drone (3 vs 1)", "-")

scen("05-sudan-kazgil-prisoners", "Sudan",
     "The RSF says it captured 230 soldiers at Kazgil; the army says 40 of its soldiers were taken prisoner there: a captured-people figure contradiction. The RSF's seized-vehicle figure has no counterpart.",
     [doc("f05-a", "https://rsf-statements.net/en/statement/2026-10-11-kazgil",
          "Statement from the Official Spokesman of the Rapid Support Forces", "2026-10-11",
          "Statement from the Official Spokesman of the Rapid Support Forces",
          "Our heroic forces on Sunday, 11 October 2026, achieved a great victory at Kazgil, south of El Obeid, where they captured 230 soldiers of the army and its allied militias.",
          "Our forces also seized 17 combat vehicles loaded with weapons and ammunition.",
          "We affirm that the prisoners are being treated in accordance with international humanitarian law.",
          "Brigadier General Omar Hamid Jadallah, Official Spokesman of the Rapid Support Forces"),
      doc("f05-b", "https://www.nilewire.net/sudan/army-prisoners-kazgil-1012",
          "Sudan army says soldiers taken prisoner south of El Obeid", "2026-10-12",
          "PORT SUDAN, Oct 12 (Nile Wire) - Sudan's army acknowledged on Monday that 40 of its soldiers had been taken prisoner by the Rapid Support Forces after a supply convoy was ambushed at Kazgil, south of El Obeid, on Sunday.",
          "Army spokesman Brig. Gen. Hassan al-Tijani said the rest of the convoy had fought its way back to El Obeid.",
          "The RSF has released videos it says show captured soldiers; Nile Wire could not independently verify them.",
          "(Reporting by Nile Wire staff; Editing by Hamid Osman)")],
     [pair("figure", None, "captured",
           "f05-a", "they captured 230 soldiers of the army and its allied militias",
           "f05-b", "acknowledged on Monday that 40 of its soldiers had been taken prisoner")],
     "figure / captured (230 vs 40)", "-")

scen("06-haiti-q3-killings", "Haiti",
     "Two running totals for the same period (1 July - 30 September 2026): BINUH's 'at least 1,146' vs the justice ministry's 610. BINUH's own figure for the previous quarter is a different period (no pair).",
     [doc("f06-a", "https://www.binuh-reports.org/news/quarterly-report-q3-2026",
          "Quarterly report on the human rights situation in Haiti, July-September 2026", "2026-10-20",
          "PORT-AU-PRINCE, 20 October 2026 - At least 1,146 people were killed in gang-related violence in Haiti between 1 July and 30 September 2026, the UN Integrated Office in Haiti (BINUH) said in its quarterly human rights report released on Tuesday.",
          "Most of the killings were recorded in the Port-au-Prince metropolitan area and in the Artibonite department, where the Gran Grif gang has expanded its attacks.",
          "In the previous quarter, from April to June, BINUH documented 1,020 killings.",
          "The report also documents kidnappings for ransom and sexual violence used by gangs to control neighbourhoods.",
          "Download the full report (PDF, 2.1 MB)"),
      doc("f06-b", "https://www.haitiexpress.ht/en/2026/10/22/government-disputes-un-toll",
          "Government disputes UN count of gang killings", "2026-10-22T11:00:00-04:00",
          COOKIE,
          "Politics | 22 October 2026",
          "The Ministry of Justice and Public Security said on Thursday that 610 people had been killed in gang violence in Haiti between July 1 and September 30.",
          "Minister Jean-Robert Pierre-Louis told reporters the UN's methodology relied on unverified reports from neighbourhood groups.",
          readmore("Police retake control of the Route Nationale 1 checkpoint at Arcahaie"),
          NEWS2,
          SHARE)],
     [pair("figure", None, "killed",
           "f06-a", "At least 1,146 people were killed in gang-related violence in Haiti between 1 July and 30 September 2026",
           "f06-b", "610 people had been killed in gang violence in Haiti between July 1 and September 30")],
     "figure / killed, cumulative, same period", "a running total for a different period (April-June) in the same report",
     ["cumulative-other-period"])

scen("07-nigeria-monguno-wounded", "Nigeria",
     "The army says a mortar attack on the Kuya camp in Monguno wounded eight; MSF says its hospital received 47 wounded from the same attack. The army's figure of militants killed has no counterpart (no pair).",
     [doc("f07-a", "https://army-press.ng/press-releases/2026/06/26/troops-repel-attack-monguno",
          "PRESS RELEASE: Troops repel terrorists' attack on Monguno", "2026-06-26",
          "NIGERIAN ARMY - PRESS RELEASE",
          "TROOPS REPEL TERRORISTS' ATTACK ON MONGUNO",
          "Gallant troops of Operation Hadin Kai on Thursday night repelled an attack by ISWAP terrorists on Monguno, Borno State, and neutralised 11 of the attackers.",
          "In a desperate attempt to cause panic, the fleeing terrorists fired mortar bombs indiscriminately, some of which landed in the Kuya IDP camp, killing two civilians and wounding eight others.",
          "The wounded have been evacuated to a military medical facility and are responding to treatment.",
          "Lt. Col. Musa Danjuma, Acting Director, Army Public Relations"),
      doc("f07-b", "https://www.msf-press.org/en/latest/nigeria-monguno-mass-casualty",
          "Nigeria: MSF treats mass casualties after mortar attack on Monguno camp", "2026-06-27",
          SKIP,
          "PRESS RELEASE | 27 June 2026",
          "Medecins Sans Frontieres (MSF) teams at the hospital it supports in Monguno received 47 wounded patients after mortar shells hit the Kuya camp for displaced people on Thursday night, most of them with shrapnel wounds.",
          "\"Many of the patients were children who had been sleeping in their shelters,\" said Aisha Bello, MSF's medical coordinator in Borno.",
          "MSF calls on all parties to the conflict to spare civilians and camps for displaced people.",
          "Donate now | Subscribe to our newsletter")],
     [pair("figure", None, "wounded",
           "f07-a", "killing two civilians and wounding eight others",
           "f07-b", "received 47 wounded patients after mortar shells hit the Kuya camp for displaced people on Thursday night")],
     "figure / wounded (army vs NGO)", "militants killed, stated by one claimant only")

scen("08-ukraine-novorossiysk-terminal-denied", "Russia-Ukraine",
     "Ukraine's General Staff says its drones struck the Sheskharis terminal; Krasnodar's operational headquarters flatly denies it in another document. The drone shoot-down total and the debris injuries have no counterpart.",
     [doc("f08-a", "https://kyivdaily.ua/en/news/2026/08/07/general-staff-drones-novorossiysk",
          "General Staff: drones hit oil terminal in Novorossiysk", "2026-08-07T10:20:00+03:00",
          COOKIE,
          "Ukraine's General Staff said on Friday that its long-range drones had struck the Sheskharis oil terminal in Novorossiysk overnight, starting a fire at a loading pier.",
          "The General Staff said the terminal is used to supply fuel to Russian forces and that the results of the strike were being clarified.",
          AD,
          "Support independent journalism in Ukraine - become a member.",
          SHARE),
      doc("f08-b", "https://ru-newsline.com/en/2026/08/07/drones-downed-black-sea",
          "Air defences repel drone attack on Krasnodar region", "2026-08-07T08:05:00+03:00",
          "Russian air defences destroyed 23 Ukrainian drones over the Black Sea and Krasnodar region overnight, the Defence Ministry said.",
          "Krasnodar region's operational headquarters flatly denied that any drone had reached the Sheskharis terminal, saying loading operations were continuing normally.",
          "Falling debris damaged the roof of a residential building in Novorossiysk, and two people were slightly injured, Mayor Oleg Vasilchenko said.",
          "Subscribe to our Telegram channel")],
     [pair("denial", "denied", "attack",
           "f08-a", "its long-range drones had struck the Sheskharis oil terminal in Novorossiysk overnight",
           "f08-b", "flatly denied that any drone had reached the Sheskharis terminal")],
     "denial / denied (attack, other doc)", "drone shoot-down total and debris injuries with no counterpart")

# =========================================================== batch 2 (09-16)
scen("09-mali-boni-denied", "Sahel",
     "JNIM says it seized Boni; the Malian army denies the town fell, in the same wire story.",
     [doc("f09-a", "https://www.sahelwire.com/mali/2026/06/16/jnim-claims-boni",
          "Mali: jihadists claim central town, army says troops hold it", "2026-06-16T18:02:00Z",
          "Sahel Wire | Updated 16 June 2026 18:02 GMT",
          "BAMAKO, June 16 (Sahel Wire) - The al Qaeda-linked group JNIM said on Tuesday that its fighters had seized the town of Boni in central Mali after overrunning an army post on its outskirts on Monday.",
          "The group posted photographs on its az-Zallaqa platform showing fighters on motorbikes in front of a burning building.",
          "The Malian armed forces denied that Boni had fallen, saying in a communique that troops were conducting clearing operations around the town.",
          "Boni lies on the road between Douentza and Hombori, which JNIM has blockaded for much of the past year.",
          "(Reporting by Sahel Wire; Editing by Claire Mensah)",
          SHARE)],
     [pair("denial", "denied", "territory",
           "f09-a", "its fighters had seized the town of Boni in central Mali",
           "f09-a", "The Malian armed forces denied that Boni had fallen")],
     "denial / denied (captured town, same doc)", "-")

scen("10-somalia-bariire-toll-denied", "Somalia",
     "Al-Shabaab claims 27 soldiers killed at the Bariire base; the deputy defence minister denies any soldier was killed (another document). The army's figure of militants killed is the other side's losses (no pair).",
     [doc("f10-a", "https://www.horseedpost.so/en/2026/07/22/al-shabaab-claims-bariire-attack",
          "Al-Shabaab claims attack on army base in Lower Shabelle", "2026-07-22",
          COOKIE2,
          "MOGADISHU - Al-Shabaab said in a statement carried by its Andalus radio that its fighters killed 27 soldiers in a pre-dawn assault on the military base at Bariire on Wednesday.",
          "Residents of the farming town said heavy gunfire and explosions were heard for more than an hour before dawn.",
          AD,
          "Bariire, about 45 km west of Mogadishu, has changed hands several times since the army retook it in 2019.",
          readmore("Drought pushes herders into Afgoye displacement camps")),
      doc("f10-b", "https://sonna-news.gov.so/en/2026/07/23/army-repulses-bariire",
          "Army repulses Khawarij attack on Bariire", "2026-07-23",
          "Somali National News Agency",
          "Deputy Defence Minister Abdirahman Hassan Warsame denied that any soldier had been killed in Wednesday's attack on the Bariire base, saying the assault was repulsed within minutes.",
          "He said troops killed 15 al-Shabaab fighters as they retreated towards the Shabelle river.",
          "The minister praised the Danab special forces and local clan militia for their rapid response.",
          SHARE2)],
     [pair("denial", "denied", "killed",
           "f10-a", "its fighters killed 27 soldiers in a pre-dawn assault on the military base at Bariire",
           "f10-b", "denied that any soldier had been killed in Wednesday's attack on the Bariire base")],
     "denial / denied (toll, other doc)", "militants killed by the army: the other side's losses",
     ["different-victims"])

scen("11-lebanon-hermes-drone-rejected", "Lebanon",
     "Hezbollah says it shot down an Israeli Hermes 450 over Marjayoun; the Israeli military rejects it in the same story. A separate strike near Nabatieh has no counterpart.",
     [doc("f11-a", "https://www.levantdesk.com/lebanon/2026/10/03/hezbollah-says-downs-israeli-drone",
          "Hezbollah says it downed Israeli drone over south Lebanon", "2026-10-03T15:40:00+03:00",
          SKIP,
          "BEIRUT, Oct 3 (Levant Desk) - Hezbollah said on Saturday it had shot down an Israeli Hermes 450 drone over Marjayoun in southern Lebanon with a surface-to-air missile.",
          "An Israeli military spokesman rejected Hezbollah's account, saying the drone had completed a routine reconnaissance flight and returned to base.",
          "Separately, the Lebanese health ministry said an Israeli strike on a car near Nabatieh killed one person.",
          AD,
          "Israel has kept up near-daily strikes in southern Lebanon despite the November 2024 ceasefire.",
          NEWS,
          SHARE)],
     [pair("denial", "rejected", "materiel_lost",
           "f11-a", "it had shot down an Israeli Hermes 450 drone over Marjayoun",
           "f11-a", "An Israeli military spokesman rejected Hezbollah's account")],
     "denial / rejected (drone loss, same doc)", "an unrelated strike near Nabatieh")

scen("12-sudan-bara-rejected", "Sudan",
     "An RSF adviser says the RSF took full control of Bara; the army spokesman rejects as baseless reports that Bara fell (another document).",
     [doc("f12-a", "https://www.sudanobserver24.com/en/2026/09/26/rsf-says-it-controls-bara",
          "RSF says it controls Bara after heavy fighting", "2026-09-26T20:10:00+02:00",
          COOKIE,
          "RSF adviser Mustafa Bakri said on Saturday that RSF forces had taken full control of Bara, in North Kordofan, after driving out the army and allied Popular Resistance fighters.",
          "Videos shared by RSF fighters showed pickup trucks mounted with machine guns driving through an empty market street.",
          "Sudan Observer 24 could not verify where or when the videos were filmed.",
          NEWS2,
          readmore("Cholera spreads in camps around Kosti")),
      doc("f12-b", "https://www.sudan-armedforces-news.sd/en/statement/2026-09-27",
          "Armed Forces spokesman statement", "2026-09-27",
          "Sudanese Armed Forces - Office of the Official Spokesman",
          "Armed Forces spokesman Brig. Gen. Hassan al-Tijani rejected as baseless reports that Bara had fallen to the rebel militia, saying the heroic forces were repelling attacks on the town's outskirts.",
          "He called on citizens not to share rumours spread by the militia's media platforms.",
          "Glory to the nation and victory to the armed forces.")],
     [pair("denial", "rejected", "territory",
           "f12-a", "RSF forces had taken full control of Bara",
           "f12-b", "rejected as baseless reports that Bara had fallen to the rebel militia")],
     "denial / rejected (captured town, other doc)", "-")

scen("13-drc-kitshanga-market-rejected", "DR Congo",
     "AFC/M23 says an army drone bombed the Kitshanga market; the army spokesman rejects it in another document. His admission of a strike on M23 positions near Kibumba, a different place, is not a pair.",
     [doc("f13-a", "https://afc-m23-communiques.org/2026/11/03/communique-kitshanga",
          "AFC/M23 communique: bombing of Kitshanga market", "2026-11-03",
          "ALLIANCE FLEUVE CONGO (AFC/M23) - PRESS RELEASE",
          "On Tuesday, 3 November 2026, at around 10:00, a CH-4 drone of the Kinshasa regime bombed the Kitshanga market in Masisi territory, wounding civilians and destroying stalls.",
          "The AFC/M23 condemns this attack on a civilian market and holds the Kinshasa regime responsible.",
          "Emmanuel Bizimana, Spokesperson"),
      doc("f13-b", "https://www.kivu-actualite.cd/en/news/2026-11-04-fardc-rejects-kitshanga",
          "Army rejects M23 claim over Kitshanga market", "2026-11-04T09:30:00+01:00",
          COOKIE2,
          "GOMA/KINSHASA - Army spokesman Maj. Patrick Ilunga Mwamba rejected the rebels' accusation that an army drone had bombed the market in Kitshanga, calling it an attempt to justify a new offensive.",
          "He said the army had, however, struck M23 positions near Kibumba on Monday in response to rebel shelling.",
          AD2,
          "Kitshanga, in Masisi territory, has been under M23 control since 2023.",
          SHARE2)],
     [pair("denial", "rejected", "attack",
           "f13-a", "a CH-4 drone of the Kinshasa regime bombed the Kitshanga market in Masisi territory",
           "f13-b", "rejected the rebels' accusation that an army drone had bombed the market in Kitshanga")],
     "denial / rejected (attack, other doc)", "an admitted strike near Kibumba, another place and day",
     ["different-cities"])

scen("14-ukraine-su27-dismissed", "Russia-Ukraine",
     "Russia's defence ministry says a Ukrainian Su-27 was shot down over Zaporizhzhia region; the Ukrainian Air Force dismisses it as propaganda. The two drone figures are different victims (Ukrainian drones downed by Russia vs Russian drones downed by Ukraine): no pair.",
     [doc("f14-a", "https://ru-newsline.com/en/2026/07/19/defence-ministry-summary",
          "Defence Ministry daily summary", "2026-07-19T12:00:00+03:00",
          "Russian fighters shot down a Ukrainian Air Force Su-27 aircraft over Zaporizhzhia region, the Defence Ministry said in its daily summary on Sunday.",
          "Air defence systems shot down 112 Ukrainian fixed-wing drones over the past day, the ministry said.",
          "Units of the Dnepr group of forces improved their tactical positions on the Zaporizhzhia axis, according to the summary.",
          "Subscribe to our Telegram channel"),
      doc("f14-b", "https://kyivdaily.ua/en/news/2026/07/19/air-force-dismisses-su27-claim",
          "Air Force dismisses Russian claim of downed jet", "2026-07-19T17:45:00+03:00",
          COOKIE,
          "Air Force spokesman Col. Yevhen Hrytsenko dismissed as propaganda the Russian ministry's claim that a Su-27 had been shot down over Zaporizhzhia region.",
          "Ukraine's air defences shot down 64 of the 80 Russian attack drones launched overnight, the Air Force said.",
          AD,
          SHARE,
          "Support independent journalism in Ukraine - become a member.")],
     [pair("denial", "dismissed_as", "materiel_lost",
           "f14-a", "Russian fighters shot down a Ukrainian Air Force Su-27 aircraft over Zaporizhzhia region",
           "f14-b", "dismissed as propaganda the Russian ministry's claim that a Su-27 had been shot down over Zaporizhzhia region")],
     "denial / dismissed_as (aircraft loss, other doc)", "drones downed by each side: different victims",
     ["different-victims"])

scen("15-red-sea-tanker-dismissed", "Yemen / Red Sea",
     "The Houthis say they hit the tanker Aegean Dawn in the Red Sea; its manager dismisses the claim as fabricated (another document).",
     [doc("f15-a", "https://www.yemenvoice-news.net/en/2026/06/10/naval-forces-target-tanker",
          "Naval forces target tanker violating ban", "2026-06-10",
          "SANAA, June 10 - The armed forces spokesman, Brigadier General Abdulmalik al-Murtada, said on Wednesday that the naval forces had struck the oil tanker Aegean Dawn in the northern Red Sea with two ballistic missiles, causing a direct hit.",
          "He said the ship belonged to a company that had violated the ban on entering the ports of occupied Palestine.",
          SHARE2),
      doc("f15-b", "https://www.maritime-ledger.com/news/2026/06/11/aegean-dawn-manager-denies-hit",
          "Aegean Dawn manager says tanker unharmed", "2026-06-11T08:15:00Z",
          SKIP,
          "Shipping | 11 June 2026",
          "The tanker's manager, Piraeus-based Kallisto Maritime, dismissed the Houthi claim as fabricated, saying the Aegean Dawn was sailing normally towards the Suez Canal with all 23 crew safe.",
          "The Liberian-flagged vessel was carrying about 90,000 tonnes of crude oil, according to ship-tracking data.",
          NEWS,
          "Related: War-risk premiums for Red Sea transits edge lower")],
     [pair("denial", "dismissed_as", "attack",
           "f15-a", "the naval forces had struck the oil tanker Aegean Dawn in the northern Red Sea",
           "f15-b", "dismissed the Houthi claim as fabricated")],
     "denial / dismissed_as (attack on a ship, other doc)", "-")

scen("16-myanmar-kyaukphyu-dismissed", "Myanmar",
     "The Arakan Army says it captured Kyaukphyu; the junta spokesman dismisses it as rumours in the same story. The AA's figure of surrendered soldiers has no counterpart.",
     [doc("f16-a", "https://www.irrawaddywire.com/news/2026/11/17/arakan-army-kyaukphyu",
          "Arakan Army claims Kyaukphyu; junta says it holds port town", "2026-11-17T14:20:00+06:30",
          COOKIE,
          "YANGON, Nov 17 (Irrawaddy Wire) - The Arakan Army said on Tuesday it had captured Kyaukphyu, the Rakhine State town that hosts a Chinese-backed deep-sea port project, after months of fighting.",
          "The AA said 312 junta soldiers had surrendered during the final assault on the town's naval base.",
          "Junta spokesman Maj. Gen. Thant Zin Oo dismissed the claim as rumours spread by terrorist groups, saying troops remained in the town.",
          AD,
          "Phone and internet lines to much of Rakhine State have been cut since late 2023, making reports hard to verify.",
          NEWS2,
          SHARE)],
     [pair("denial", "dismissed_as", "territory",
           "f16-a", "it had captured Kyaukphyu, the Rakhine State town that hosts a Chinese-backed deep-sea port project",
           "f16-a", "dismissed the claim as rumours spread by terrorist groups")],
     "denial / dismissed_as (captured town, same doc)", "surrendered soldiers, one claimant only")

# =========================================================== batch 3 (17-24)
scen("17-gaza-jabalia-tanks-called-false", "Gaza",
     "The Qassam Brigades say they destroyed three Merkava tanks east of Jabalia; an Israeli military spokesperson calls the claim false (another document). The Israeli figure of gunmen killed has no counterpart.",
     [doc("f17-a", "https://qassam-channel-archive.net/en/2026/08/13/merkava-jabalia",
          "Al-Qassam Brigades military communique", "2026-08-13",
          "Al-Qassam Brigades - Military Communique",
          "Our mujahideen destroyed three Zionist Merkava tanks with Al-Yassin 105 shells east of the Jabalia camp, north of the Gaza Strip, on Thursday.",
          "Our fighters returned safely to their positions.",
          "And it is a jihad of victory or martyrdom."),
      doc("f17-b", "https://www.jerusalem-ledger.com/news/2026/08/14/idf-denies-tank-losses-jabalia",
          "IDF: Hamas tank claim 'completely false'", "2026-08-14T09:10:00+03:00",
          COOKIE,
          "An Israeli military spokesperson, Lt. Col. Nadav Shoham, called the Hamas claim about destroyed tanks in Jabalia completely false.",
          "The military said troops operating in the Jabalia area had killed 14 gunmen over the past day.",
          AD,
          "Share this article:",
          SHARE,
          NEWS)],
     [pair("denial", "called_false", "materiel_lost",
           "f17-a", "Our mujahideen destroyed three Zionist Merkava tanks with Al-Yassin 105 shells east of the Jabalia camp",
           "f17-b", "called the Hamas claim about destroyed tanks in Jabalia completely false")],
     "denial / called_false (tank losses, other doc)", "gunmen killed, one claimant only")

scen("18-syria-deir-hafer-called-false", "Syria",
     "The SDF says government forces shelled Deir Hafer; the Syrian Defence Ministry calls the report a fabrication in the same story.",
     [doc("f18-a", "https://www.levantdesk.com/syria/2026/07/30/sdf-accuses-army-deir-hafer",
          "SDF accuses government forces of shelling near Aleppo", "2026-07-30T19:25:00+03:00",
          "DAMASCUS, July 30 (Levant Desk) - The Kurdish-led Syrian Democratic Forces (SDF) said government forces shelled the town of Deir Hafer, east of Aleppo, on Thursday with artillery and drones, damaging homes.",
          "The SDF said two of its fighters were wounded.",
          "The Syrian Defence Ministry called the SDF report a fabrication, saying its units along the Deir Hafer front were observing the ceasefire.",
          "The two sides signed an agreement in 2025 to integrate the SDF into state institutions, but talks on its implementation have stalled.",
          AD,
          SHARE)],
     [pair("denial", "called_false", "attack",
           "f18-a", "said government forces shelled the town of Deir Hafer, east of Aleppo, on Thursday with artillery and drones",
           "f18-a", "The Syrian Defence Ministry called the SDF report a fabrication")],
     "denial / called_false (attack, same doc)", "-")

scen("19-ethiopia-debre-markos-toll-called-false", "Ethiopia",
     "A Fano force says it killed 63 federal soldiers in an ambush near Debre Markos; the Government Communication Service calls the statement false and baseless (another document).",
     [doc("f19-a", "https://www.amhara-voice.net/en/2026/09/14/fano-ambush-debre-markos",
          "Fano says it ambushed army convoy in East Gojjam", "2026-09-14",
          COOKIE2,
          "The Amhara Fano National Force said in a statement on Monday that its fighters had killed 63 federal soldiers in an ambush on a military convoy near Debre Markos on Sunday.",
          "The statement said the fighters also seized weapons, without giving details.",
          NEWS2,
          "Comments (12)"),
      doc("f19-b", "https://www.ethiopia-govcomms.gov.et/en/press/2026-09-15",
          "Press statement of the Government Communication Service", "2026-09-15",
          "Government Communication Service - Press Statement",
          "The Government Communication Service called the Fano statement about a deadly ambush near Debre Markos false and baseless.",
          "The statement said security forces continue law enforcement operations against extremist groups in the Amhara region.",
          "Addis Ababa, 15 September 2026")],
     [pair("denial", "called_false", "killed",
           "f19-a", "its fighters had killed 63 federal soldiers in an ambush on a military convoy near Debre Markos on Sunday",
           "f19-b", "called the Fano statement about a deadly ambush near Debre Markos false and baseless")],
     "denial / called_false (toll, other doc)", "-")

scen("20-russia-marinovka-jets-said-no", "Russia-Ukraine",
     "Ukraine's General Staff says two Su-34s were destroyed at Marinovka airfield; Russia's defence ministry says no aircraft were damaged there (another document). The ministry's drone total has no counterpart.",
     [doc("f20-a", "https://www.ukrinfo-wire.com/en/news/2026/10/23/general-staff-marinovka",
          "General Staff: Su-34 jets hit at Marinovka airfield", "2026-10-23T11:00:00+03:00",
          SKIP,
          "The General Staff of Ukraine's Armed Forces said on Friday that two Su-34 fighter-bombers were destroyed in an overnight drone attack on the Marinovka airfield in Russia's Volgograd region.",
          "The General Staff said the airfield is used by aircraft that drop guided bombs on Ukrainian front-line towns.",
          AD,
          SHARE,
          readmore("Kharkiv schools move classes underground for the new term")),
      doc("f20-b", "https://ru-newsline.com/en/2026/10/23/volgograd-drone-attack",
          "Drones downed over Volgograd region", "2026-10-23T13:30:00+03:00",
          "Air defences destroyed 37 Ukrainian drones over Volgograd region overnight, the Defence Ministry said.",
          "A Defence Ministry spokesman said no aircraft were damaged at the Marinovka airbase.",
          "Flights at Volgograd airport were suspended for several hours as a precaution.",
          "Subscribe to our Telegram channel")],
     [pair("denial", "said_no", "materiel_lost",
           "f20-a", "two Su-34 fighter-bombers were destroyed in an overnight drone attack on the Marinovka airfield",
           "f20-b", "A Defence Ministry spokesman said no aircraft were damaged at the Marinovka airbase")],
     "denial / said_no (aircraft losses, other doc)", "drone shoot-down total, one claimant only")

scen("21-nigeria-malam-fatori-captives-said-no", "Nigeria",
     "ISWAP says it captured 14 soldiers at Malam Fatori; the army spokesman says no soldier was taken captive, in the same wire story.",
     [doc("f21-a", "https://www.westafricawire.com/nigeria/2026/09/01/iswap-malam-fatori",
          "Nigeria: ISWAP claims soldiers captured in attack on border base", "2026-09-01T16:45:00+01:00",
          "MAIDUGURI, Nigeria, Sept 1 (West Africa Wire) - Islamic State West Africa Province (ISWAP) said through its Amaq news agency that its fighters had captured 14 Nigerian soldiers during an attack on the military base in Malam Fatori on Sunday.",
          "Army spokesman Lt. Col. Musa Danjuma said no soldier had been taken captive, adding that troops had repelled the attackers.",
          "Residents said the insurgents set fire to the town's market before withdrawing towards Lake Chad.",
          "(Reporting by West Africa Wire; Editing by Kofi Asante)",
          "(c) West Africa Wire 2026")],
     [pair("denial", "said_no", "captured",
           "f21-a", "its fighters had captured 14 Nigerian soldiers during an attack on the military base in Malam Fatori on Sunday",
           "f21-a", "Army spokesman Lt. Col. Musa Danjuma said no soldier had been taken captive")],
     "denial / said_no (captured people, same doc)", "-")

scen("22-haiti-lascahobas-said-no", "Haiti",
     "A Viv Ansanm spokesman says gang fighters took Lascahobas; the police spokesperson says no part of the town is under gang control (another document).",
     [doc("f22-a", "https://www.haitiexpress.ht/en/2026/10/31/viv-ansanm-claims-lascahobas",
          "Gang coalition claims Centre department town", "2026-10-31T21:00:00-04:00",
          COOKIE,
          "Viv Ansanm spokesman Makenson Delva said in a video posted on social media on Saturday that the coalition's fighters had taken control of the town of Lascahobas, in the Centre department.",
          "Residents reached by phone said hundreds of people had fled towards Mirebalais and Hinche.",
          NEWS2,
          SHARE),
      doc("f22-b", "https://www.port-au-prince-post.com/securite/2026/11/01/pnh-lascahobas",
          "Police say Lascahobas remains under state control", "2026-11-01",
          "Security | 1 November 2026",
          "Police spokesperson Inspector Marie-Lourdes Celestin said on Sunday that no part of Lascahobas was under gang control, and that police and soldiers were patrolling the town.",
          "She urged residents who had fled to return home.",
          AD2,
          readmore("Fuel shortages hit Cap-Haitien"))],
     [pair("denial", "said_no", "territory",
           "f22-a", "the coalition's fighters had taken control of the town of Lascahobas",
           "f22-b", "no part of Lascahobas was under gang control")],
     "denial / said_no (captured town, other doc)", "-")

scen("23-red-sea-eilat-port-had-not", "Yemen / Red Sea",
     "The Houthis say their drones hit the port of Umm al-Rashrash (Eilat); the Israeli military says the port had not been hit (another document). The intercepted drone has no counterpart.",
     [doc("f23-a", "https://www.yemenvoice-news.net/en/2026/11/20/drones-target-umm-al-rashrash",
          "Armed forces target Umm al-Rashrash port", "2026-11-20",
          "SANAA, Nov. 20 - The armed forces spokesman, Brigadier General Abdulmalik al-Murtada, said on Friday that the drone air force had targeted the port of Umm al-Rashrash (Eilat) in occupied Palestine, hitting its targets successfully.",
          "He said the operation was in support of the Palestinian people and warned that operations would continue.",
          SHARE2),
      doc("f23-b", "https://www.jerusalem-ledger.com/news/2026/11/20/eilat-drone-intercepted",
          "Drone from Yemen intercepted near Eilat", "2026-11-20T22:05:00+02:00",
          COOKIE,
          "The Israeli military said the port of Eilat had not been hit, adding that a drone launched from Yemen was intercepted over the Red Sea.",
          "Sirens sounded in Eilat and the surrounding Arava region shortly before 19:00.",
          AD,
          NEWS)],
     [pair("denial", "had_not", "attack",
           "f23-a", "the drone air force had targeted the port of Umm al-Rashrash (Eilat) in occupied Palestine, hitting its targets successfully",
           "f23-b", "The Israeli military said the port of Eilat had not been hit")],
     "denial / had_not (attack, other doc)", "an intercepted drone, one claimant only")

scen("24-ukraine-starokostiantyniv-had-not", "Russia-Ukraine",
     "Russia's defence ministry says it struck the Starokostiantyniv airfield; Ukraine's Air Force insists the airfield had not been hit, in the same story. Debris injuries in Khmelnytskyi city, another place, have no counterpart.",
     [doc("f24-a", "https://www.capitolwire.com/world/2026/06/24/russia-kinzhal-airfield",
          "Russia says it hit Ukrainian airbase; Kyiv says missiles downed", "2026-06-24T14:00:00Z",
          "KYIV, June 24 (Capitol Wire) - Russia's Defence Ministry said on Wednesday that its forces had struck the Starokostiantyniv military airfield in western Ukraine with hypersonic Kinzhal missiles overnight.",
          "Ukraine's Air Force insisted the airfield had not been hit, saying both Kinzhal missiles launched at the Khmelnytskyi region had been shot down.",
          "In Khmelnytskyi city, falling debris wounded three people, the regional governor said.",
          AD,
          "Copyright 2026 Capitol Wire. All rights reserved.")],
     [pair("denial", "had_not", "attack",
           "f24-a", "its forces had struck the Starokostiantyniv military airfield in western Ukraine with hypersonic Kinzhal missiles overnight",
           "f24-a", "Ukraine's Air Force insisted the airfield had not been hit")],
     "denial / had_not (attack, same doc)", "debris injuries in another city",
     ["different-cities"])

# =========================================================== batch 4 (25-32): traps
scen("25-sudan-omdurman-revision", "Sudan",
     "Trap: the Khartoum state health ministry revises its own toll for the same drone strike from 18 to 31 the next day. One claimant updating its figure is a revision, not a contradiction.",
     [doc("f25-a", "https://www.nilewire.net/sudan/omdurman-market-drone-0820",
          "Drone strike hits Omdurman market", "2026-08-20",
          "OMDURMAN, Sudan, Aug 20 (Nile Wire) - A drone strike hit the Sabreen market in Omdurman's Karari district on Thursday, and the Khartoum state health ministry said 18 people had been killed.",
          "The army-aligned government blamed the Rapid Support Forces, which have launched long-range drones at the capital since losing it in 2025. The RSF did not comment.",
          "(Reporting by Nile Wire staff; Editing by Hamid Osman)"),
      doc("f25-b", "https://khartoum-health.gov.sd/en/news/2026-08-21-karari",
          "Statement on the Sabreen market attack", "2026-08-21",
          "Khartoum State Ministry of Health - Statement",
          "The number of martyrs from Thursday's drone attack by the terrorist militia on Sabreen market in Karari has risen to 31, after more of the wounded died in hospital.",
          "The ministry calls on citizens to donate blood at Al-Nau hospital.",
          "Media Office, 21 August 2026")],
     [], "trap", "own revision 18 -> 31 by the same ministry", ["revision"])

scen("26-ukraine-odesa-two-strikes", "Russia-Ukraine",
     "Trap: a live blog (newest first) reports two different strikes on Odesa on the same day: a morning missile strike on the port (3 port workers killed, governor) and an evening drone strike on a high-rise (9 killed, emergency service).",
     [doc("f26-a", "https://live.kyivdaily.ua/en/war-live-2026-09-21",
          "Ukraine war live: strikes on Odesa", "2026-09-21T23:00:00+03:00",
          COOKIE,
          "LIVE | Monday 21 September 2026",
          "22:40 - Ukraine's State Emergency Service says 9 people were killed when a Shahed drone hit a residential high-rise in Odesa's Kyivskyi district this evening. Rescuers are still searching the rubble.",
          "20:15 - Explosions heard in Odesa as air defences work against a new wave of drones, our correspondent reports.",
          AD,
          "13:50 - Ukraine's foreign minister says he will travel to Brussels on Wednesday for talks with EU counterparts on sanctions.",
          "09:30 - Odesa regional governor Serhiy Lysenko says 3 port workers were killed in a morning ballistic missile strike on port infrastructure in Odesa.",
          "07:05 - Good morning and welcome to our live coverage of the war in Ukraine.",
          SHARE)],
     [], "trap", "two strikes on the same city and day (port in the morning, high-rise in the evening)",
     ["different-strikes"])

scen("27-lebanon-baalbek-nabatieh", "Lebanon",
     "Trap: different claimants give tolls for Israeli strikes on the same day in two different cities (Baalbek: 7, health ministry; Nabatieh: 12, civil defence).",
     [doc("f27-a", "https://www.beirut-daily-news.com/en/2026/10/20/strike-baalbek",
          "Israeli strike on Baalbek building", "2026-10-20T17:30:00+03:00",
          COOKIE2,
          "An Israeli strike on a residential building in the city of Baalbek killed 7 people on Tuesday, the Public Health Ministry said in a statement.",
          "Ambulances from the Islamic Health Committee were seen rushing to the site, in the north of the city.",
          NEWS,
          readmore("Cabinet approves emergency budget for the south")),
      doc("f27-b", "https://www.levantdesk.com/lebanon/2026/10/20/nabatieh-house-strike",
          "Air strike on Nabatieh house kills family", "2026-10-20T21:10:00+03:00",
          "BEIRUT, Oct 20 (Levant Desk) - An Israeli air strike on a house in Nabatieh killed 12 people on Tuesday, the Lebanese Civil Defence said.",
          "The Israeli military said it struck Hezbollah targets in the Nabatieh area and in the Bekaa valley, without giving details.",
          AD,
          SHARE)],
     [], "trap", "same day, different cities (Baalbek and Nabatieh), different claimants",
     ["different-cities"])

scen("28-sudan-um-sumeima-victims", "Sudan",
     "Trap: after the same battle at Um Sumeima each side reports the other side's losses (soldiers killed and vehicles seized vs militia fighters killed and vehicles destroyed). Different victims are never set against each other.",
     [doc("f28-a", "https://rsf-statements.net/en/statement/2026-11-07-um-sumeima",
          "Statement from the Official Spokesman of the Rapid Support Forces", "2026-11-07",
          "Statement from the Official Spokesman of the Rapid Support Forces",
          "Our forces today repelled a large attack by the army and its mercenaries at Um Sumeima, west of El Obeid, killing more than 300 of their soldiers.",
          "Our forces seized 14 combat vehicles in good condition.",
          "Brigadier General Omar Hamid Jadallah, Official Spokesman of the Rapid Support Forces"),
      doc("f28-b", "https://www.sudan-armedforces-news.sd/en/statement/2026-11-07",
          "Armed Forces spokesman statement", "2026-11-07",
          "Sudanese Armed Forces - Office of the Official Spokesman",
          "Our forces at Um Sumeima today inflicted heavy losses on the terrorist militia, killing 450 of its fighters.",
          "The forces also destroyed 22 of the militia's combat vehicles.",
          "Glory to the nation and victory to the armed forces.")],
     [], "trap", "each side's figures are the other side's losses (killed and vehicles)",
     ["different-victims"])

scen("29-gaza-cumulative-vs-daily", "Gaza",
     "Trap: a running total since October 2023 (health ministry, via an OCHA update) vs one day's toll in Khan Younis (civil defence). A cumulative figure is never set against a daily one.",
     [doc("f29-a", "https://www.unocha-gaza-updates.org/humanitarian-situation-update-2026-10-15",
          "Humanitarian Situation Update | Gaza Strip", "2026-10-15",
          "Humanitarian Situation Update #331 | Gaza Strip",
          "According to the Ministry of Health in Gaza, 72,415 Palestinians have been killed since 7 October 2023.",
          "Humanitarian partners continue to report severe shortages of shelter materials ahead of the winter rains.",
          "The next update will be issued on 22 October.",
          "This product is produced by the UN Office for the Coordination of Humanitarian Affairs (OCHA) with partners."),
      doc("f29-b", "https://live.levantdesk.com/gaza-live-2026-10-15",
          "Gaza live: strikes on Khan Younis", "2026-10-15T20:30:00+03:00",
          SKIP,
          "LIVE - Updated 20:30",
          "20:20 - Gaza's civil defence says 14 people were killed in Israeli strikes on Khan Younis on Thursday.",
          "18:45 - Aid agencies say the Kerem Shalom crossing was closed for the second day.",
          AD,
          "08:00 - Welcome to our live coverage.")],
     [], "trap", "cumulative total since 2023 vs one day's figure",
     ["cumulative-vs-daily"])

scen("30-nigeria-gwoza-compatible", "Nigeria",
     "Trap: police say at least 20 were killed in the Gwoza market attack; the local council chairman says 23. A lower bound and a figure above it are compatible.",
     [doc("f30-a", "https://www.westafricawire.com/nigeria/2026/06/13/gwoza-market-attack",
          "Nigeria: gunmen attack market in Borno's Gwoza", "2026-06-13T19:00:00+01:00",
          "MAIDUGURI, Nigeria, June 13 (West Africa Wire) - At least 20 people were killed when suspected Boko Haram fighters attacked a busy market in Gwoza on Saturday, Borno state police spokesman Abubakar Sani Lawan said.",
          "The attackers arrived on motorcycles and opened fire on traders before setting shops alight, residents said.",
          "(Reporting by West Africa Wire; Editing by Kofi Asante)"),
      doc("f30-b", "https://www.bornoreporter.ng/2026/06/14/gwoza-chairman-toll",
          "Gwoza chairman speaks on market attack", "2026-06-14",
          COOKIE,
          "Gwoza Local Government chairman Ibrahim Abba Goni said on Sunday that 23 people were killed in Saturday's attack on the Gwoza market.",
          "He said the council would pay for the burials and appealed to the military to deploy more troops to the market.",
          AD2,
          NEWS2,
          SHARE2)],
     [], "trap", "'at least 20' vs 23: compatible figures",
     ["compatible"])

scen("31-myanmar-kani-syndicated", "Myanmar",
     "Trap: one wire story on an air strike on a monastery in Kani township reprinted by three outlets (one trimmed, with different noise). Copies of one story agree and are not a disagreement.",
     [doc("f31-a", "https://www.irrawaddywire.com/news/2026/07/08/kani-monastery-airstrike",
          "Junta air strike on monastery kills displaced villagers", "2026-07-08T18:00:00+06:30",
          "YANGON, July 8 (Irrawaddy Wire) - A junta air strike on a Buddhist monastery sheltering displaced villagers in Sagaing Region's Kani township killed 24 people on Wednesday, a local resistance official said.",
          "The official, who asked not to be named for security reasons, said a fighter jet dropped two bombs on the monastery compound shortly after noon.",
          "The junta did not respond to requests for comment.",
          "(c) Irrawaddy Wire 2026"),
      doc("f31-b", "https://www.asiapacificnow.com/myanmar/2026/07/08/junta-air-strike-monastery",
          "Myanmar: air strike on monastery in Sagaing", "2026-07-08T19:20:00+07:00",
          COOKIE,
          "World | Asia",
          "YANGON, July 8 (Irrawaddy Wire) - A junta air strike on a Buddhist monastery sheltering displaced villagers in Sagaing Region's Kani township killed 24 people on Wednesday, a local resistance official said.",
          "The official, who asked not to be named for security reasons, said a fighter jet dropped two bombs on the monastery compound shortly after noon.",
          AD,
          "The junta did not respond to requests for comment.",
          SHARE),
      doc("f31-c", "https://www.mekongtimes.net/news/2026-07-09/monastery-strike-sagaing",
          "Monastery bombed in Sagaing", "2026-07-09",
          NEWS2,
          "YANGON, July 8 (Irrawaddy Wire) - A junta air strike on a Buddhist monastery sheltering displaced villagers in Sagaing Region's Kani township killed 24 people on Wednesday, a local resistance official said.",
          "The junta did not respond to requests for comment.",
          readmore("Rice prices double in Mandalay"))],
     [], "trap", "three syndicated copies of one wire story",
     ["syndicated"])

scen("32-ukraine-kharkiv-anniversary", "Russia-Ukraine",
     "Trap: an anniversary piece recalls a strike a year earlier in Kharkiv (11 killed, August 2025) and mentions a drone strike on Friday night (4 wounded); a wire story reports Saturday's glide-bomb strike (2 killed). Different times and different strikes.",
     [doc("f32-a", "https://kyivdaily.ua/en/news/2026/08/29/kharkiv-remembers-saltivka",
          "Kharkiv remembers the victims of the Saltivka playground strike", "2026-08-29T10:00:00+03:00",
          COOKIE,
          "Residents of Kharkiv laid flowers on Saturday at the playground in the Saltivka district where, on August 29, 2025, a Russian glide bomb killed 11 people, among them four children.",
          "A memorial plaque with the victims' names was unveiled by city mayor Oleksandr Hnatenko.",
          "The ceremony came hours after a drone strike on the city's Kyivskyi district wounded 4 people on Friday night, the mayor said.",
          AD,
          "Support independent journalism in Ukraine - become a member.",
          SHARE),
      doc("f32-b", "https://www.capitolwire.com/world/2026/08/29/kharkiv-glide-bomb",
          "Glide bomb hits Kharkiv", "2026-08-29T17:15:00Z",
          "KHARKIV, Ukraine, Aug 29 (Capitol Wire) - A Russian glide bomb hit the Saltivka district of Kharkiv on Saturday afternoon, killing 2 people, regional governor Vitaliy Marchenko said.",
          "The strike damaged a supermarket and several apartment buildings, he said.",
          "Copyright 2026 Capitol Wire. All rights reserved.")],
     [], "trap", "anniversary of a 2025 strike at the same place; two different recent strikes",
     ["anniversary", "different-strikes"])

# =========================================================== batch 5 (33-40): traps
scen("33-lebanon-tyre-hospital-unclaimed-denial", "Lebanon",
     "Trap: the Israeli military denies striking a hospital in Tyre, which nobody in the scenario claims; the only attack claim is a drone strike in Hermel, a different place. A denial with nothing to deny is not a contradiction.",
     [doc("f33-a", "https://idf-statements.net/en/press/2026-07-07-tyre",
          "IDF statement on reports regarding Tyre", "2026-07-07",
          "IDF Spokesperson's Unit",
          "The IDF denies reports circulating on social media that it struck the Jabal Amel hospital in Tyre today.",
          "The IDF continues to act against Hezbollah terrorist infrastructure in southern Lebanon in accordance with the understandings."),
      doc("f33-b", "https://www.beirut-daily-news.com/en/2026/07/07/hermel-drone-strike",
          "Drone strike on motorcycle in Hermel", "2026-07-07T16:20:00+03:00",
          COOKIE2,
          "An Israeli drone strike on a motorcycle on the outskirts of Hermel killed 2 people on Tuesday, the Public Health Ministry said.",
          "Hermel, in the far north of the Bekaa valley, has been targeted less often than towns in the south.",
          NEWS,
          SHARE2)],
     [], "trap", "denial of an attack nobody claims; a real attack elsewhere",
     ["unclaimed-denial"])

scen("34-red-sea-two-ships", "Yemen / Red Sea",
     "Trap: the Houthis claim a strike on the bulk carrier Sea Harmony; on the same day the manager of a different ship, the Coral Bay, denies online reports that its vessel was attacked. Same sea and day, different ships: the denial does not target the Houthi claim.",
     [doc("f34-a", "https://www.yemenvoice-news.net/en/2026/09/15/naval-forces-sea-harmony",
          "Naval forces target ship Sea Harmony", "2026-09-15",
          "SANAA, Sept. 15 - The armed forces spokesman, Brigadier General Abdulmalik al-Murtada, said on Tuesday that the naval forces had targeted the bulk carrier Sea Harmony in the Red Sea with a naval drone, hitting it directly.",
          "He said the ship's owner had violated the ban on dealing with the ports of occupied Palestine.",
          SHARE2),
      doc("f34-b", "https://www.maritime-ledger.com/news/2026/09/15/coral-bay-manager-statement",
          "Coral Bay manager says vessel was not attacked", "2026-09-15T20:40:00Z",
          SKIP,
          "Shipping | 15 September 2026",
          "The manager of the container ship Coral Bay, Dubai-based Meridian Ship Management, denied online reports that the vessel had been attacked, saying it was sailing normally in the southern Red Sea.",
          "Ship-tracking data showed the Coral Bay about 60 nautical miles north-west of the Bab al-Mandab strait on Tuesday afternoon.",
          NEWS,
          "Related: Insurers review Red Sea cover after spate of attacks")],
     [], "trap", "a denial about a different ship on the same day in the same sea",
     ["unclaimed-denial", "different-strikes"])

scen("35-drc-pinga-confirmation", "DR Congo",
     "Trap: AFC/M23 says it took control of Pinga; the army spokesman confirms that troops withdrew from the town. A claim and a confirmation are not a contradiction.",
     [doc("f35-a", "https://afc-m23-communiques.org/2026/08/14/communique-pinga",
          "AFC/M23 communique: liberation of Pinga", "2026-08-14",
          "ALLIANCE FLEUVE CONGO (AFC/M23) - PRESS RELEASE",
          "The AFC/M23 informs national and international opinion that its forces took control of the town of Pinga, in Walikale territory, on Friday, 14 August 2026, after the flight of the FARDC-FDLR coalition.",
          "The population is invited to go about its activities in peace.",
          "Emmanuel Bizimana, Spokesperson"),
      doc("f35-b", "https://www.kivu-actualite.cd/en/news/2026-08-15-fardc-pinga",
          "Army confirms withdrawal from Pinga", "2026-08-15T10:00:00+01:00",
          COOKIE2,
          "Army spokesman Maj. Patrick Ilunga Mwamba confirmed on Saturday that troops had withdrawn from Pinga to spare the civilian population, and said a counter-offensive was being prepared.",
          "Thousands of residents fled towards Walikale centre, local civil society leaders said.",
          AD2,
          SHARE2)],
     [], "trap", "one party's capture claim confirmed by the other party",
     ["confirmation"])

scen("36-ukraine-su34-confirmation", "Russia-Ukraine",
     "Trap: Ukraine's Air Force says it shot down a Russian Su-34 over Donetsk region; a pro-Russian military blogger channel confirms the loss. Same figure, no denial.",
     [doc("f36-a", "https://www.ukrinfo-wire.com/en/news/2026/06/28/air-force-su34-donetsk",
          "Air Force: Russian Su-34 downed in Donetsk region", "2026-06-28T15:30:00+03:00",
          "Ukraine's Air Force said on Sunday that its anti-aircraft gunners had shot down a Russian Su-34 fighter-bomber over Donetsk region, near Pokrovsk.",
          "The aircraft had been dropping guided bombs on front-line positions, the Air Force said.",
          AD,
          SHARE),
      doc("f36-b", "https://www.frontline-monitor.org/2026/06/29/russian-bloggers-confirm-su34-loss",
          "Russian bloggers confirm Su-34 loss", "2026-06-29",
          COOKIE,
          "The pro-Kremlin military blogger channel Krylya Rodiny, which is close to the Russian air force, confirmed the loss of a Su-34 over Donetsk region on Sunday, saying both crew members had ejected.",
          "Russia's Defence Ministry has not commented.",
          NEWS2)],
     [], "trap", "one party's claim of a loss confirmed by the other side's blogger",
     ["confirmation"])

scen("37-gulf-of-aden-nordic-pearl-confirmation", "Yemen / Red Sea",
     "Trap: the Houthis say they struck the MV Nordic Pearl in the Gulf of Aden; UKMTO and the ship's manager confirm a vessel was hit there. Confirmation, not disagreement.",
     [doc("f37-a", "https://www.yemenvoice-news.net/en/2026/10/08/naval-forces-nordic-pearl",
          "Naval forces target ship Nordic Pearl", "2026-10-08",
          "SANAA, Oct. 8 - The armed forces spokesman, Brigadier General Abdulmalik al-Murtada, said on Thursday that the naval forces had struck the ship Nordic Pearl in the Gulf of Aden with an anti-ship ballistic missile.",
          SHARE2),
      doc("f37-b", "https://www.maritime-ledger.com/news/2026/10/09/nordic-pearl-hit-gulf-of-aden",
          "Nordic Pearl struck by projectile in Gulf of Aden", "2026-10-09T07:50:00Z",
          SKIP,
          "Shipping | 9 October 2026",
          "The UK Maritime Trade Operations centre (UKMTO) said a merchant vessel reported being struck by a projectile about 90 nautical miles east of Aden on Thursday.",
          "The ship's manager, Oslo-based Fjord Bulk, confirmed that the Nordic Pearl had been hit and said the crew were safe and the vessel was continuing its voyage with minor damage.",
          NEWS,
          "Related: Suez Canal revenue falls again")],
     [], "trap", "a claimed attack on a ship confirmed by the ship's manager and UKMTO",
     ["confirmation"])

scen("38-myanmar-cumulative-periods", "Myanmar",
     "Trap: two running totals for different periods (civilians killed since the February 2021 coup, AAPP; civilians killed by air strikes in the first nine months of 2026, a research group).",
     [doc("f38-a", "https://www.myanmar-nowcast.com/en/2026/09/30/aapp-death-toll",
          "Rights group updates civilian death toll", "2026-09-30",
          COOKIE,
          "The Assistance Association for Political Prisoners (AAPP) said on Wednesday that junta forces had killed 7,940 civilians since the February 2021 coup.",
          "The group said it had verified each death through family members or local sources.",
          AD,
          SHARE),
      doc("f38-b", "https://www.irrawaddywire.com/news/2026/10/05/airstrikes-report",
          "Report: air strikes killed over a thousand civilians this year", "2026-10-05T12:00:00+06:30",
          "YANGON, Oct 5 (Irrawaddy Wire) - Junta air strikes killed 1,212 civilians in the first nine months of 2026, the research group Myanmar Peace Monitor said in a report on Monday.",
          "Sagaing Region and Rakhine State were the worst affected, the report said.",
          "(c) Irrawaddy Wire 2026")],
     [], "trap", "running totals for different periods (since 2021 vs January-September 2026)",
     ["cumulative-other-period"])

scen("39-somalia-jilib-cumulative-vs-daily", "Somalia",
     "Trap: US Africa Command says one air strike near Jilib killed 12 fighters; the information ministry gives a running total of fighters killed since the offensive began in March. Cumulative vs one event.",
     [doc("f39-a", "https://www.capitolwire.com/world/2026/08/11/africom-strike-jilib",
          "US strike in Somalia kills al-Shabaab fighters", "2026-08-11T19:00:00Z",
          "WASHINGTON, Aug 11 (Capitol Wire) - U.S. Africa Command said an air strike near Jilib in southern Somalia killed 12 al-Shabaab fighters on Tuesday.",
          "The command said the strike was carried out at the request of the Somali government.",
          "Copyright 2026 Capitol Wire. All rights reserved."),
      doc("f39-b", "https://sonna-news.gov.so/en/2026/08/12/ministry-offensive-update",
          "Ministry gives update on offensive against Khawarij", "2026-08-12",
          "Somali National News Agency",
          "The Ministry of Information said on Wednesday that 1,200 al-Shabaab fighters had been killed since the government offensive in Middle Jubba began in March.",
          "The ministry thanked international partners for their support.",
          SHARE2)],
     [], "trap", "a running total since March vs one strike's toll",
     ["cumulative-vs-daily"])

scen("40-niger-banibangou-recap", "Sahel",
     "Trap: the government and a regional outlet agree on 17 soldiers killed in an ambush near Banibangou; both recall different earlier attacks in the area (about 100 villagers in January 2021, 58 people in March 2021). History recaps are not the current event.",
     [doc("f40-a", "https://www.sahelwire.com/niger/2026/10/02/banibangou-ambush",
          "Niger: soldiers killed in ambush near Mali border", "2026-10-02T12:30:00Z",
          "NIAMEY, Oct 2 (Sahel Wire) - Seventeen Nigerien soldiers were killed in an ambush near Banibangou in the Tillaberi region on Thursday, the defence ministry said in a statement read on state television.",
          "The ministry said reinforcements had been sent and that the attackers were being pursued.",
          "In January 2021, attacks on two villages in the same area killed about 100 civilians.",
          "(Reporting by Sahel Wire; Editing by Claire Mensah)"),
      doc("f40-b", "https://www.tillaberi-info.ne/2026/10/02/embuscade-banibangou",
          "Banibangou: army mourns soldiers", "2026-10-02",
          COOKIE2,
          "Defence ministry spokesman Col. Amadou Issoufou Garba said 17 soldiers were killed when their patrol was ambushed near Banibangou on Thursday.",
          "It was the deadliest attack in the area since March 2021, when gunmen killed 58 people returning from a market.",
          AD2,
          NEWS2)],
     [], "trap", "history recaps of different earlier attacks; two agreeing reports of the current one",
     ["anniversary"])

# =========================================================== batch 6 (41-45): traps
scen("41-syria-sweida-anniversary", "Syria",
     "Trap: a year after the July 2025 Sweida clashes (more than 1,000 killed, SOHR), new clashes kill 3 people (SOHR and the health directorate agree). The anniversary figure is another event.",
     [doc("f41-a", "https://www.levantdesk.com/syria/2026/07/13/sweida-one-year-on",
          "Sweida, one year on: fear and new clashes", "2026-07-13T18:00:00+03:00",
          "DAMASCUS, July 13 (Levant Desk) - One year after sectarian clashes in Sweida killed more than 1,000 people, according to the Syrian Observatory for Human Rights, the southern province remains tense.",
          "On Monday, the Observatory said 3 people were killed in an exchange of fire between Bedouin fighters and Druze gunmen near the village of al-Mazraa.",
          "Government forces have been deployed on the edges of the province since an agreement reached in 2025.",
          AD,
          SHARE),
      doc("f41-b", "https://www.syria-southnews.com/en/2026/07/13/mazraa-clashes",
          "Three killed in clashes near al-Mazraa", "2026-07-13",
          COOKIE,
          "The Sweida health directorate said 3 people were killed on Monday in clashes near al-Mazraa, west of Sweida city.",
          "Shops in the city closed early as residents feared a repeat of last year's violence.",
          NEWS2,
          readmore("Water shortages hit Daraa countryside"))],
     [], "trap", "anniversary figure vs today's agreeing figures",
     ["anniversary"])

scen("42-drc-uvira-ocha-revision", "DR Congo",
     "Trap: OCHA revises its own displacement figure for the fighting around Uvira (18,000 in flash update 1, 45,000 in flash update 2, both since 25 October). A revision, not a contradiction.",
     [doc("f42-a", "https://www.unocha-drc-updates.org/flash-update-1-uvira-2026",
          "DRC: South Kivu - Flash Update No. 1: fighting around Uvira", "2026-10-27",
          "Democratic Republic of the Congo | South Kivu | Flash Update No. 1 | 27 October 2026",
          "HIGHLIGHTS",
          "An estimated 18,000 people have been displaced by fighting around Uvira since 25 October, according to local authorities and humanitarian partners.",
          "Humanitarian activities in the Ruzizi plain have been suspended.",
          "The next Flash Update will be published on 29 October."),
      doc("f42-b", "https://www.unocha-drc-updates.org/flash-update-2-uvira-2026",
          "DRC: South Kivu - Flash Update No. 2: fighting around Uvira", "2026-10-29",
          "Democratic Republic of the Congo | South Kivu | Flash Update No. 2 | 29 October 2026",
          "HIGHLIGHTS",
          "The number of people displaced by fighting around Uvira since 25 October has risen to an estimated 45,000, as clashes spread to the hills west of the town.",
          "Many families are sheltering in schools and churches in Uvira town, and some have crossed into Burundi.",
          "OCHA and partners are preparing a rapid response plan.")],
     [], "trap", "own revision by the same UN office (18,000 -> 45,000)",
     ["revision"])

scen("43-sudan-al-nuhud-compatible", "Sudan",
     "Trap: the UN says more than 100 civilians were killed in the RSF attack on Al-Nuhud and a hospital source gives 40 to 60 wounded; Emergency Lawyers say 126 killed and 52 wounded. Both pairs are compatible.",
     [doc("f43-a", "https://news.un-briefings.org/2026/06/sudan-al-nuhud-attack",
          "Sudan: UN condemns attack on Al-Nuhud", "2026-06-23",
          "NEW YORK, 23 June 2026 - The UN Resident and Humanitarian Coordinator for Sudan said on Tuesday that more than 100 civilians were killed when the Rapid Support Forces attacked the town of Al-Nuhud in West Kordofan on Monday.",
          "A source at the town's hospital said between 40 and 60 wounded people had been admitted, many with gunshot wounds.",
          "The coordinator called for safe passage for civilians fleeing towards El Obeid.",
          "Related: Sudan humanitarian appeal only one-fifth funded"),
      doc("f43-b", "https://www.sudanobserver24.com/en/2026/06/23/emergency-lawyers-al-nuhud",
          "Emergency Lawyers document killings in Al-Nuhud", "2026-06-23T21:00:00+02:00",
          COOKIE,
          "The Emergency Lawyers group said on Tuesday that 126 people were killed and 52 wounded in Monday's RSF attack on Al-Nuhud, accusing the paramilitary of summary executions.",
          "The RSF said in a statement that it had entered the town to protect civilians from army airstrikes.",
          NEWS2,
          SHARE)],
     [], "trap", "'more than 100' vs 126 killed; 'between 40 and 60' vs 52 wounded",
     ["compatible"])

scen("44-somalia-mogadishu-syndicated", "Somalia",
     "Trap: one wire story on a car bombing at a Mogadishu checkpoint, carried by two outlets with different page furniture. Copies of one story agree.",
     [doc("f44-a", "https://www.hornwire.com/somalia/2026/11/13/mogadishu-car-bomb",
          "Car bomb kills 8 at Mogadishu checkpoint", "2026-11-13T15:00:00+03:00",
          "MOGADISHU, Nov 13 (Horn Wire) - A car bomb exploded at a checkpoint near the Somali parliament in Mogadishu on Friday, killing 8 people, police spokesman Abdifatah Mohamed Nur said.",
          "Al-Shabaab said in a statement on its Andalus radio that it had carried out the attack.",
          "(c) Horn Wire 2026"),
      doc("f44-b", "https://www.horseedpost.so/en/2026/11/13/blast-near-parliament",
          "Blast near parliament in Mogadishu", "2026-11-13T16:30:00+03:00",
          COOKIE2,
          "MOGADISHU, Nov 13 (Horn Wire) - A car bomb exploded at a checkpoint near the Somali parliament in Mogadishu on Friday, killing 8 people, police spokesman Abdifatah Mohamed Nur said.",
          AD,
          "Al-Shabaab said in a statement on its Andalus radio that it had carried out the attack.",
          readmore("Mogadishu port expansion enters second phase"),
          SHARE2)],
     [], "trap", "two syndicated copies of one wire story",
     ["syndicated"])

scen("45-ethiopia-two-drone-strikes", "Ethiopia",
     "Trap: drone strikes on the same day in two different towns of the Amhara region (Finote Selam: 14 killed, a health official; Mota: 9 killed, residents via a rights group).",
     [doc("f45-a", "https://www.amhara-voice.net/en/2026/11/06/finote-selam-drone",
          "Drone strike hits bus station in Finote Selam", "2026-11-06",
          COOKIE2,
          "A drone strike on the bus station in Finote Selam, in West Gojjam zone, killed 14 people on Thursday, a health official at the town's hospital said.",
          "The official spoke on condition of anonymity for fear of reprisals.",
          NEWS2),
      doc("f45-b", "https://www.hornwire.com/ethiopia/2026/11/06/mota-drone-strike",
          "Rights group says drone strike killed civilians in Mota", "2026-11-06T18:00:00+03:00",
          "ADDIS ABABA, Nov 6 (Horn Wire) - A drone strike on a market in Mota, in East Gojjam zone, killed 9 civilians on Thursday, residents told the Amhara Rights Network, a rights group.",
          "The federal government did not respond to a request for comment. It says it targets only Fano fighters.",
          "(c) Horn Wire 2026")],
     [], "trap", "same day, different towns",
     ["different-cities"])

# ---------------------------------------------------------------- run
if __name__ == "__main__":
    sys.exit(main())
