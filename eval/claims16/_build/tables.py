"""Print the Markdown tables used in README.md (documents, categories, conflicts)."""
import importlib.util, glob, json, os
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
import sys; sys.path.insert(0, HERE)
rows = []
cats = Counter(); opts = Counter(); byconf = defaultdict(Counter)
for p in sorted(glob.glob(os.path.join(HERE, "docs", "ev16_*.py"))):
    spec = importlib.util.spec_from_file_location("m", p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    req = [u for u in m.UNITS if not u["optional"]]
    rows.append((m.ID, m.CONFLICT, m.FORM, m.PUBLISHED[:10], len(req), len(m.UNITS) - len(req),
                 sum(u["scope"] == "cumulative" for u in req), sum(u["modality"] == "warned" for u in req),
                 sum(u["modality"] == "denied" for u in req)))
    for u in m.UNITS:
        (opts if u["optional"] else cats)[u["category"]] += 1
    conf = "Russia–Ukraine" if m.CONFLICT.startswith("Russia") else m.CONFLICT
    byconf[conf]["docs"] += 1; byconf[conf]["req"] += len(req)
print("| id | conflict | form | published | required | optional | cumulative | warned | denied |")
print("|---|---|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(map(str, r)) + " |")
print()
print("| category | required | optional |\n|---|---|---|")
for c in ["killed","wounded","captured","missing","displaced","affected","materiel_lost","attack","territory","abducted","protest"]:
    print(f"| {c} | {cats[c]} | {opts[c]} |")
print(f"| **total** | **{sum(cats.values())}** | **{sum(opts.values())}** |")
print()
print("| conflict | documents | required units |\n|---|---|---|")
for k, v in byconf.items():
    print(f"| {k} | {v['docs']} | {v['req']} |")
