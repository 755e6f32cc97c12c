import GRDB

/// The gazetteer's cities by position, held in memory for the length of an import run, to place the points
/// records give (a GeoRSS point, a row's coordinates) in their city.
///
/// Each point looked up in `places` read and decoded every city in a band of latitude 50 km high, about 30 µs
/// a point: 6 % of an import of 100,000 articles of which a third have a point. Here the same band is a
/// binary search and a scan of plain numbers. The 34,000 cities of the bundled gazetteer take a megabyte.
struct CityLocator {
    private struct Point {
        var lat: Double
        var lon: Double
        var population: Int64
        var geonameid: Int64
    }

    /// In the order of the `places_position` index (latitude, longitude, then id), so that cities that pull
    /// exactly as hard are met, and chosen, in the order a scan of that index met them.
    private let points: [Point]

    init(db: Database) throws {
        let sql = "SELECT lat, lon, population, geonameid FROM places ORDER BY lat, lon, geonameid"
        points = try Array(
            Row.fetchCursor(db, sql: sql).map { Point(lat: $0[0], lon: $0[1], population: $0[2], geonameid: $0[3]) })
    }

    /// The gazetteer id of the city a point belongs to, among those within `km`: the one that pulls hardest,
    /// its population over the square of its distance plus a kilometre. The gazetteer lists large districts
    /// beside their city (Nippes, Deutz and Kalk beside Köln), and a point in one of them belongs to the city;
    /// a point in a town still belongs to the town rather than to a large city a few dozen kilometres away.
    func city(around lat: Double, _ lon: Double, withinKilometres km: Double) -> Int64? {
        var best: (geonameid: Int64, pull: Double)?
        for box in GeoDistance.boxes(aroundLat: lat, lon: lon, km: km) {
            var index = firstIndex(atLatitude: box.minLat)
            while index < points.count, points[index].lat <= box.maxLat {
                let point = points[index]
                index += 1
                guard point.lon >= box.minLon, point.lon <= box.maxLon else { continue }
                let distance = GeoDistance.kilometres(lat, lon, point.lat, point.lon)
                let pull = Double(point.population) / ((distance + 1) * (distance + 1))
                if distance <= km && pull > best?.pull ?? 0 { best = (point.geonameid, pull) }
            }
        }
        return best?.geonameid
    }

    /// The first point at or north of `lat`.
    private func firstIndex(atLatitude lat: Double) -> Int {
        var low = 0, high = points.count
        while low < high {
            let middle = (low + high) / 2
            if points[middle].lat < lat { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
