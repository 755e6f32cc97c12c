// Groups what the directory may show by the place it is drawn at: a city with everything placed in it, or
// something with a point of its own. Sensitive entries come from the server at their city's point already.

/** `[{id, name, lon, lat, city, members}]` from GeoJSON features; `city` is the city's entity id, if any. */
export function placesOf(features) {
  const places = new Map();
  const placeFor = (key, name, [lon, lat], city) => {
    if (!places.has(key)) places.set(key, { id: key, name, lon, lat, city, members: [] });
    return places.get(key);
  };
  for (const feature of features) {
    if (!feature.geometry || feature.geometry.type !== "Point") continue;
    const { kind, name, city } = feature.properties;
    const point = feature.geometry.coordinates;
    if (kind === "city") {
      const place = placeFor(`city-${feature.id}`, name, point, feature.id);
      Object.assign(place, { name, lon: point[0], lat: point[1] });
    } else if (city) {
      placeFor(`city-${city.id}`, city.name, point, city.id).members.push(feature);
    } else {
      placeFor(`entity-${feature.id}`, name, point, null).members.push(feature);
    }
  }
  return [...places.values()].sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name));
}
