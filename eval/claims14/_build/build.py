#!/usr/bin/env python3
"""Write eval/claims14: docs.jsonl, gold/, gold_full/, gold_meta/ and README.md tables.

Run from anywhere: python eval/claims14/_build/build.py
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import docs_a  # noqa: E402  (registers ev14-01..07 and holds DOCS)
import docs_b  # noqa: E402,F401
import docs_c  # noqa: E402,F401
import docs_d  # noqa: E402,F401
from lib import QUANT, check_doc  # noqa: E402

CONFLICT = {1: "Sudan", 2: "Sudan", 3: "Gaza", 4: "Gaza", 5: "West Bank", 6: "Lebanon", 7: "Yemen/Red Sea",
            8: "Syria", 9: "Myanmar", 10: "DR Congo", 11: "Sahel/Mali", 12: "Sahel/Burkina Faso",
            13: "Nigeria", 14: "Somalia", 15: "Haiti", 16: "Ethiopia", 17: "Mozambique", 18: "Colombia",
            19: "Pakistan-Afghanistan", 20: "Israel-Iran", 21: "Russia-Ukraine", 22: "Russia-Ukraine",
            23: "Russia-Ukraine", 24: "Russia-Ukraine", 25: "Russia-Ukraine"}
FORM = {1: "wire copy with dateline", 2: "OCHA flash update with bullets", 3: "live blog, newest first",
        4: "NGO press release with donation appeal", 5: "wire copy with dateline", 6: "wire copy with dateline",
        7: "armed-group statement in its own voice (translated Telegram post)", 8: "analysis with history section",
        9: "scraped page: cookie banner, gallery, caption twice, video residue, related links",
        10: "wire copy with a glued word ('Gomain')", 11: "translated Telegram statement with translator's note",
        12: "army communique in its own voice", 13: "wire copy with dateline", 14: "wire copy with dateline",
        15: "IOM flash update with bullets", 16: "analysis with history section and image caption",
        17: "NGO press release with donation appeal", 18: "wire copy with dateline",
        19: "military press release in its own voice", 20: "wire copy with dateline",
        21: "translated Telegram posts of a regional administration (own voice)",
        22: "ministry summary in its own voice with a loss list", 23: "analysis with history paragraph",
        24: "live blog, newest first", 25: "scraped local news page with web noise"}
CONTENTS = {1: "El Obeid market drone strike; Bara; Merowe Dam; Dilling/Kadugli siege; Babanusa claim (denied) and threat to El Obeid; El Fasher flight",
            2: "Babanusa displacement; Abu Jubaiha kindergarten strike; Heglig; DTM totals",
            3: "ministry totals; Rafah IED; Qassam tank claim; Gaza City school strike; displacement figures",
            4: "paramedic killed near Khan Younis; staff, aid-worker and ceasefire tolls; Beit Lahia",
            5: "Tammun drone strike; Tubas detentions; camp displacement; al-Mughayyir settler attack (denied); Ramallah protest",
            6: "Beirut suburb strike; Nabatieh, Aitaroun, Brital; ceasefire-period tolls; 2024 war background",
            7: "Houthi claims: Ramon Airport (disputed), Red Sea and Gulf of Aden ships, Negev; Hodeidah and Sanaa raids with a threat to Haifa; Hermes shot down",
            8: "Sweida: SOHR toll, Israeli strikes on Damascus, withdrawal, al-Mazraa; history paragraphs",
            9: "Mrauk-U hospital strike; Kyaukphyu; Bhamo siege; related-story links",
            10: "Komanda church massacre (three tolls); Lubero; Goma/Bukavu; Walungu; Rutshuru abductions (denied)",
            11: "JNIM ambush near Diboli, Dioura post; FAMa counter-claim and denial; tanker total",
            12: "Djibo assault; Namponkoré air strikes; denial of Djibo's fall; year total",
            13: "Papiri and Maga school abductions; Malam Fatori base; Konduga bombing; Chibok history",
            14: "Adan Yabaal captured (figures denied), threat to Jowhar; Moqokori; Sabiid; Mogadishu mortars; Bay; Golis air strike",
            15: "Mirebalais attack and control; Saut-d'Eau; Kenscoff; Port-au-Prince march; OHCHR totals",
            16: "Merawi; Debre Markos ambush (denied); Dembecha drone strike; ACLED total; Debre Tabor kidnapping (denied)",
            17: "Cabo Delgado displacement; Macomia raid; UNICEF abductions; Mbau retaken; Chiúre",
            18: "Amalfi helicopter downed; Cali truck bomb; Catatumbo totals; El Retorno soldiers held",
            19: "Taliban border attacks at four places; losses; rejected Taliban claims; threat at Chaman and Torkham; North Waziristan; year total",
            20: "Soroka hospital hit; Ramat Gan/Holon; Arak, Natanz; Iranian and Israeli tolls; drones (denied); Tehran rally",
            21: "Sumy glide-bomb strike; shelled communities; evacuation totals",
            22: "Pokrovsk, Vovchansk, Uspenivka 'liberated'; Rodynske fire damage; day losses; loss totals",
            23: "Pokrovsk (denied), Myrnohrad encirclement (denied), Huliaipole, Siversk, Kostiantynivka, Novoshakhtinsk",
            24: "Ternopil toll (two figures); Lviv and Ivano-Frankivsk; Kyiv rally; interceptions; Novorossiysk (denied)",
            25: "Kherson minibus drone strike; Beryslav; day and year totals; Oleshky claim (denied); prisoner exchange"}


def main() -> int:
    problems, warnings = [], []
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold_full"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold_meta"), exist_ok=True)
    docs = sorted(docs_a.DOCS, key=lambda x: x[0]["id"])
    assert [d["id"] for d, _ in docs] == [f"ev14-{i:02d}" for i in range(1, 26)]
    rows, by_cat, by_conf = [], Counter(), Counter()
    scope_n, mod_n, mod_opt = Counter(), Counter(), Counter()
    with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for d, units in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
            p, w = check_doc(d, units)
            problems += p
            warnings += w
            pub = d["published"][:10]
            gold, full, meta = [], [], []
            for u in units:
                g = {k: u[k] for k in ("category", "value", "place", "claimant", "evidence", "optional")}
                if u["note"]:
                    g["note"] = u["note"]
                gold.append(g)
                f = dict(g)
                f["when"] = u["when"]
                f["sides"] = u["sides"]
                full.append(f)
                meta.append(u["meta"])
            for name, obj in (("gold", {"doc_id": d["id"], "published": pub, "claims": gold}),
                              ("gold_full", {"doc_id": d["id"], "published": pub, "claims": full})):
                with open(os.path.join(OUT, name, f"{d['id']}.gold.json"), "w", encoding="utf-8") as g_fh:
                    json.dump(obj, g_fh, ensure_ascii=False, indent=1)
                    g_fh.write("\n")
            with open(os.path.join(OUT, "gold_meta", f"{d['id']}.json"), "w", encoding="utf-8") as m_fh:
                json.dump(meta, m_fh, ensure_ascii=False, indent=1)
                m_fh.write("\n")
            n = int(d["id"][-2:])
            req = [u for u in units if not u["optional"]]
            opt = [u for u in units if u["optional"]]
            rows.append((d["id"], CONFLICT[n], FORM[n], CONTENTS[n], pub, len(req), len(opt)))
            for u in req:
                by_cat[u["category"]] += 1
                by_conf[CONFLICT[n]] += 1
                scope_n[u["meta"]["scope"]] += 1
                mod_n[u["meta"]["modality"]] += 1
            for u in opt:
                mod_opt[u["meta"]["modality"]] += 1
    tables = []
    tables.append("| id | conflict | form | contents | published | required | optional |")
    tables.append("|---|---|---|---|---|---|---|")
    for r in rows:
        tables.append("| " + " | ".join(str(x) for x in r) + " |")
    tot_r = sum(r[5] for r in rows)
    tot_o = sum(r[6] for r in rows)
    tables.append(f"| **total** | | | | | **{tot_r}** | **{tot_o}** |")
    cats = ["killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost",
            "attack", "territory", "abducted", "protest"]
    t2 = ["| category | required |", "|---|---|"] + [f"| {c} | {by_cat[c]} |" for c in cats]
    t2.append(f"| **total** | **{tot_r}** |")
    t3 = ["| conflict | documents | required |", "|---|---|---|"]
    for c in dict.fromkeys(CONFLICT.values()):
        t3.append(f"| {c} | {sum(1 for v in CONFLICT.values() if v == c)} | {by_conf[c]} |")
    t4 = ["| scope / modality | required units | optional units |", "|---|---|---|",
          f"| scope cumulative | {scope_n['cumulative']} | |",
          f"| scope event | {scope_n['event']} | |"]
    for m in ("asserted", "claimed", "denied", "warned"):
        t4.append(f"| modality {m} | {mod_n[m]} | {mod_opt[m]} |")
    out = {"coverage": "\n".join(tables), "by_category": "\n".join(t2), "by_conflict": "\n".join(t3),
           "meta": "\n".join(t4)}
    with open(os.path.join(HERE, "tables.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as fh:
        readme = fh.read()
    for k, v in out.items():
        readme = readme.replace("{{" + k + "}}", v)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    for w in warnings:
        print("note:", w)
    for p in problems:
        print("PROBLEM:", p)
    print(f"documents {len(rows)}, required {tot_r}, optional {tot_o}")
    print("by category", dict(by_cat))
    print("by conflict", dict(by_conf))
    print("scope", dict(scope_n), "modality required", dict(mod_n), "modality optional", dict(mod_opt))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
