"""Check gold_full and gold_meta against gold (same units, same order), allowed side ids, and that
an export built from the gold scores recall 1.0 with shared/tools/score_claims.py."""
import glob, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALLOWED = {"russia","ukraine","israel","hamas","hezbollah","houthis","united_states","united_kingdom","saf","rsf","myanmar_junta","resistance","drc_army","m23","gangs","haiti_government","armed_groups","civilian","other",None}
bad = 0; recs = []
for f in sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json"))):
    g = json.load(open(f)); did = g["doc_id"]
    full = json.load(open(os.path.join(HERE, "gold_full", did + ".gold.json")))
    meta = json.load(open(os.path.join(HERE, "gold_meta", did + ".json")))
    if not (len(g["claims"]) == len(full["claims"]) == len(meta)):
        print("count mismatch", did); bad += 1
    for a, b, m in zip(g["claims"], full["claims"], meta):
        if any(a[k] != b[k] for k in a):
            print("unit differs", did, a["category"]); bad += 1
        if set(b["sides"]) != {"claimant", "victim", "actor"} or any(v not in ALLOWED for v in b["sides"].values()):
            print("bad sides", did, b["sides"]); bad += 1
        if (b["claimant"] is None) != (b["sides"]["claimant"] is None):
            print("claimant/sides.claimant mismatch", did, a["category"]); bad += 1
        if set(b["when"]) != {"date", "precision", "basis"}:
            print("bad when", did); bad += 1
        if m.get("scope") not in ("event", "cumulative") or m.get("modality") not in ("asserted", "claimed", "denied", "warned"):
            print("bad meta", did, m); bad += 1
        if m["modality"] in ("asserted", "claimed") and (m["modality"] == "asserted") != (a["claimant"] is None):
            print("modality/claimant", did, a["category"], a["value"], m); 
        recs.append({"doc_id": did, "category": a["category"], "value": a["value"], "place": a["place"],
                     "claimant": (a["claimant"] or [None])[0], "evidence": {"text": a["evidence"][0]}})
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, dir=os.path.join(HERE, "_build")) as fh:
    for r in recs: fh.write(json.dumps(r) + "\n")
out = subprocess.run([sys.executable, "/work/shared/tools/score_claims.py", os.path.join(HERE, "gold"), fh.name], capture_output=True, text=True).stdout
os.unlink(fh.name)
print(out.strip())
print("problems:", bad)
sys.exit(1 if bad else 0)
