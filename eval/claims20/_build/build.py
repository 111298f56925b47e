#!/usr/bin/env python3
"""Generate eval/claims20: docs.jsonl, gold/, gold_full/, gold_meta/, export.jsonl.

Refuses: duplicate units in one document (same category and value for quantitative
categories, same category and place for events), evidence that is not a verbatim
one-line substring of the document text, unknown categories/sides/modalities.
"""
import json, math, os, sys, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from common import QUANT, EVENT, MODALITIES, SCOPES  # noqa: E402
import docs_a, docs_b, docs_c, docs_d  # noqa: E402

PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "palestinian_authority", "houthis",
           "united_states", "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army",
           "m23", "gangs", "haiti_government", "armed_groups", "other", "civilian", None}


def km(a, b):
    p = math.pi / 180
    h = math.sin((b[0] - a[0]) * p / 2) ** 2 + math.cos(a[0] * p) * math.cos(b[0] * p) * math.sin((b[1] - a[1]) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def fail(msg):
    sys.exit("build refused: " + msg)


def clean_place(p):
    if p is None:
        return None
    return {k: v for k, v in p.items() if not k.startswith("_")}


def main():
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        fail("duplicate document ids")
    for sub in ("gold", "gold_full", "gold_meta"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    export = []
    with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({k: d[k] for k in ("id", "url", "title", "published", "text")}, ensure_ascii=False) + "\n")
    warnings = []
    for d in docs:
        text, pub = d["text"], d["published"]
        dt.date.fromisoformat(pub)
        seen_q, seen_e = set(), []
        gold, full, meta = [], [], []
        for i, u in enumerate(d["units"]):
            where = f"{d['id']}[{i}] {u['category']}"
            cat = u["category"]
            if cat not in QUANT | EVENT:
                fail(f"{where}: unknown category")
            for e in u["evidence"]:
                if "\n" in e or e not in text:
                    fail(f"{where}: evidence not a verbatim one-line substring: {e!r}")
            if cat in QUANT:
                if not u["optional"] and u["value"] is None:
                    fail(f"{where}: required quantitative unit without value")
                key = (cat, u["value"])
                if u["value"] is not None:
                    if key in seen_q:
                        fail(f"{where}: duplicate unit (same category and value)")
                    seen_q.add(key)
            else:
                pl = u["place"]
                if pl is None:
                    fail(f"{where}: event unit without place")
                for (c2, p2) in seen_e:
                    if c2 == cat and p2["name"] == pl["name"]:
                        fail(f"{where}: duplicate unit (same category and place {pl['name']})")
                    if c2 == cat and km((p2["lat"], p2["lon"]), (pl["lat"], pl["lon"])) <= 25:
                        warnings.append(f"{where}: {pl['name']} within 25 km of {p2['name']}")
                seen_e.append((cat, pl))
            sides = u["_sides"] or d["sides"]
            if u["claimant"] is None and u["_sides"] is None:
                sides = (None,) + tuple(sides[1:])
            if len(sides) != 3 or any(s not in PARTIES for s in sides):
                fail(f"{where}: bad sides {sides}")
            if u["_mod"] not in MODALITIES or u["_scope"] not in SCOPES:
                fail(f"{where}: bad modality/scope")
            if u["_date"] is None:
                when = {"date": pub, "precision": "day", "basis": "published"}
            else:
                when = {"date": u["_date"], "precision": u["_prec"], "basis": u["_basis"] or "text"}
            core = {"category": cat, "value": u["value"], "place": clean_place(u["place"]),
                    "claimant": u["claimant"], "evidence": u["evidence"], "optional": u["optional"]}
            note = u["note"]
            if u["place"] is not None and u["place"].get("_approx") and not u["place"].get("region"):
                note = (note + "; " if note else "") + "approximate coordinates" if (not note or "approximate" not in note) else note
            if note:
                core["note"] = note
            gold.append(core)
            f = dict(core)
            f["when"] = when
            f["sides"] = {"claimant": sides[0], "victim": sides[1], "actor": sides[2]}
            full.append(f)
            meta.append({"scope": u["_scope"], "modality": u["_mod"]})
            if not u["optional"]:
                export.append({
                    "claim_id": f"{d['id']}-{i:02d}", "doc_id": d["id"], "category": cat,
                    "value": u["value"], "value_high": None, "qualifier": "exact", "vague": None,
                    "claimant": u["claimant"][0] if u["claimant"] else None,
                    "claimant_side": sides[0], "actor_side": sides[2], "victim_side": sides[1],
                    "modality": u["_mod"], "scope": u["_scope"], "place": clean_place(u["place"]),
                    "date": when["date"], "date_precision": when["precision"], "date_basis": when["basis"],
                    "evidence": {"text": u["evidence"][0]},
                    "source": {"url": d["url"], "title": d["title"], "published": pub},
                })
        with open(os.path.join(OUT, "gold", f"{d['id']}.gold.json"), "w", encoding="utf-8") as fh:
            json.dump({"doc_id": d["id"], "published": pub, "claims": gold}, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, "gold_full", f"{d['id']}.gold.json"), "w", encoding="utf-8") as fh:
            json.dump({"doc_id": d["id"], "published": pub, "claims": full}, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, "gold_meta", f"{d['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "export.jsonl"), "w", encoding="utf-8") as fh:
        for r in export:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary table for the README
    rows = []
    for d in docs:
        req = sum(1 for u in d["units"] if not u["optional"])
        opt = sum(1 for u in d["units"] if u["optional"])
        rows.append((d["id"], d["conflict"], d["form"], d["published"], req, opt))
    with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as fh:
        json.dump(rows, fh, ensure_ascii=False, indent=1)
    for w in warnings:
        print("note:", w)
    print(f"wrote {len(docs)} documents, {len(export)} required units, "
          f"{sum(r[5] for r in rows)} optional units")


if __name__ == "__main__":
    main()
