#!/usr/bin/env python3
"""Writes the country outlines the directory page draws its map on.

Source: Natural Earth's 1:110m countries (public domain), as geopandas 0.14 shipped them:

    pip download geopandas==0.14.4 --no-deps && unzip geopandas-0.14.4-*.whl 'geopandas/datasets/*'
    pip install pyshp
    Tools/world-outlines.py geopandas/datasets/naturalearth_lowres/naturalearth_lowres \
        > Sources/DirectoryHTTP/Web/world.json

Each country becomes one SVG path in an equirectangular projection (x = longitude, y = -latitude), rounded
to a tenth of a degree (about 11 km, finer than the map is ever drawn), so that the page places a city at
(lon, -lat) on the same plane without any projection code. Antarctica is left out: nothing is there.
"""
import json
import sys

import shapefile


def ring_path(points):
    rounded = []
    for lon, lat in points:
        point = (round(lon, 1), round(-lat, 1))
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    if len(rounded) < 3:
        return ""
    text = lambda value: f"{value:g}"
    head, *rest = rounded
    return f"M{text(head[0])} {text(head[1])}" + "".join(f"L{text(x)} {text(y)}" for x, y in rest) + "Z"


def main():
    reader = shapefile.Reader(sys.argv[1])
    countries = []
    for shape_record in reader.iterShapeRecords():
        record = shape_record.record.as_dict()
        if record["iso_a3"] == "ATA":
            continue
        shape = shape_record.shape
        starts = list(shape.parts) + [len(shape.points)]
        rings = (shape.points[a:b] for a, b in zip(starts, starts[1:]))
        path = "".join(ring_path(ring) for ring in rings)
        if path:
            countries.append({"name": record["name"], "iso_a3": record["iso_a3"], "d": path})
    countries.sort(key=lambda country: country["name"])
    document = {
        "source": "Natural Earth 1:110m Admin 0 countries, public domain (naturalearthdata.com)",
        "projection": "equirectangular: x = longitude, y = -latitude, in degrees",
        "countries": countries,
    }
    json.dump(document, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
