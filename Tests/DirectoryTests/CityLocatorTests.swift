import GRDB
import SanctuaryTestSupport
import Testing

@testable import Directory

/// The cities held in memory place a point as a scan of every city of the gazetteer would.
@Suite struct CityLocatorTests {
    private struct City {
        var lat: Double, lon: Double, population: Int64, geonameid: Int64
    }

    /// Of every city within `km` of the point, the one that pulls hardest. The cities come in bands of a degree
    /// of latitude.
    private static func scan(_ bands: [Int: [City]], _ lat: Double, _ lon: Double, km: Double) -> Int64? {
        let reach = km / 100
        let nearby = (Int((lat - reach).rounded(.down))...Int((lat + reach).rounded(.down))).flatMap {
            bands[$0] ?? []
        }
        var best: (geonameid: Int64, pull: Double)?
        for city in nearby {
            let distance = GeoDistance.kilometres(lat, lon, city.lat, city.lon)
            let pull = Double(city.population) / ((distance + 1) * (distance + 1))
            if distance <= km && pull > best?.pull ?? 0 { best = (city.geonameid, pull) }
        }
        return best?.geonameid
    }

    @Test func aPointIsPlacedAsAScanOfEveryCityWouldPlaceIt() throws {
        let fixture = try TemporaryStore(gazetteer: true)
        let (locator, cities) = try fixture.store.read { db in
            let cities = try Row.fetchAll(db, sql: "SELECT lat, lon, population, geonameid FROM places").map {
                City(lat: $0[0], lon: $0[1], population: $0[2], geonameid: $0[3])
            }
            return (try CityLocator(db: db), cities)
        }
        #expect(cities.count == 34_006)
        let bands = Dictionary(grouping: cities) { Int($0.lat.rounded(.down)) }
        var random = SplitMix64(seed: 7)
        // Across the antimeridian (Labasa and Suva in Fiji, Nuku'alofa in Tonga), at the poles, at sea.
        var points: [(lat: Double, lon: Double, km: Double)] = [
            (-16.4, -179.9, 100), (-21.1, -176, 500), (-18.1, -179.5, 300), (89.99, 0, 25), (-89.99, 120, 25),
            (0, -30, 25),
        ]
        for index in 0..<1_000 {
            let city = cities.randomElement(using: &random)!
            let lat = max(-90, min(90, city.lat + Double.random(in: -0.4...0.4, using: &random)))
            var lon = city.lon + Double.random(in: -0.5...0.5, using: &random)
            if lon > 180 { lon -= 360 } else if lon < -180 { lon += 360 }
            points.append((lat, lon, index % 10 == 0 ? 150 : 25))
        }
        var placed = 0
        for point in points {
            let expected = Self.scan(bands, point.lat, point.lon, km: point.km)
            #expect(locator.city(around: point.lat, point.lon, withinKilometres: point.km) == expected, "\(point)")
            if expected != nil { placed += 1 }
        }
        #expect(placed > 700, "most points drawn near a city lie within reach of one")
        #expect(locator.city(around: -16.4, -179.9, withinKilometres: 100) == 2_204_582, "Labasa, across")
        #expect(
            locator.city(around: -21.1, -176, withinKilometres: 500) == 4_032_402, "Nuku‘alofa, the circle across")
    }
}
