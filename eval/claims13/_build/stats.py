#!/usr/bin/env python3
"""Print the README tables (coverage, categories, conflicts, scope/modality) from the built gold."""
import json
import os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
man = json.load(open(os.path.join(HERE, "manifest.json")))
docs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(OUT, "docs.jsonl"))}
cats = ["killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost", "attack", "territory", "abducted", "protest"]
bycat = defaultdict(Counter)
byconf = defaultdict(Counter)
sm = Counter()
smr = Counter()
for m in man:
    g = json.load(open(os.path.join(OUT, "gold", m["id"] + ".gold.json")))["claims"]
    meta = json.load(open(os.path.join(OUT, "gold_meta", m["id"] + ".json")))
    conf = m["conflict"].split(" (")[0] if m["conflict"].startswith("Sahel") else m["conflict"]
    for u, mm in zip(g, meta):
        k = "optional" if u["optional"] else "required"
        bycat[u["category"]][k] += 1
        byconf[conf][k] += 1
        sm[(mm["scope"], mm["modality"])] += 1
        if not u["optional"]:
            smr[(mm["scope"], mm["modality"])] += 1
    byconf[conf]["docs"] += 1
print("| id | conflict | form | contents | published | required | optional |")
print("|---|---|---|---|---|---|---|")
for m in man:
    print(f"| {m['id']} | {m['conflict']} | {m['form']} | CONTENTS | {docs[m['id']]['published'][:10]} | {m['required']} | {m['optional']} |")
print()
print("| category | required | optional |\n|---|---|---|")
for c in cats:
    print(f"| {c} | {bycat[c]['required']} | {bycat[c]['optional']} |")
print(f"| **total** | **{sum(v['required'] for v in bycat.values())}** | **{sum(v['optional'] for v in bycat.values())}** |")
print()
print("| conflict | documents | required | optional |\n|---|---|---|---|")
for c, v in byconf.items():
    print(f"| {c} | {v['docs']} | {v['required']} | {v['optional']} |")
print()
print("| scope | modality | all units | required |\n|---|---|---|---|")
for k in sorted(sm):
    print(f"| {k[0]} | {k[1]} | {sm[k]} | {smr[k]} |")
