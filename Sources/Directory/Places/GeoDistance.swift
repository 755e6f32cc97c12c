import Foundation

/// Distances on the Earth's surface, and the rectangles of latitude and longitude that an R*Tree can search.
public enum GeoDistance {
    /// The mean radius of the Earth (IUGG), in kilometres.
    static let earthRadius = 6371.0088

    /// The great-circle distance between two points, in kilometres (haversine, exact enough at every range).
    public static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let φ1 = lat1 * .pi / 180, φ2 = lat2 * .pi / 180
        let Δφ = (lat2 - lat1) * .pi / 180, Δλ = (lon2 - lon1) * .pi / 180
        let a = sin(Δφ / 2) * sin(Δφ / 2) + cos(φ1) * cos(φ2) * sin(Δλ / 2) * sin(Δλ / 2)
        return 2 * earthRadius * asin(min(1, sqrt(a)))
    }

    /// A rectangle of latitude and longitude, in degrees.
    struct Box: Equatable {
        var minLat: Double, maxLat: Double, minLon: Double, maxLon: Double
    }

    /// Rectangles that together hold every point within `km` of the centre: one, or two when the circle
    /// crosses the antimeridian; the whole band of longitudes when it reaches a pole.
    static func boxes(aroundLat lat: Double, lon: Double, km: Double) -> [Box] {
        let angle = km / earthRadius
        let dLat = angle * 180 / .pi
        let minLat = max(-90, lat - dLat), maxLat = min(90, lat + dLat)
        let reach = sin(angle) / cos(lat * .pi / 180)
        guard minLat > -90, maxLat < 90, angle < .pi / 2, reach < 1 else {
            return [Box(minLat: minLat, maxLat: maxLat, minLon: -180, maxLon: 180)]
        }
        let dLon = asin(reach) * 180 / .pi
        let west = lon - dLon, east = lon + dLon
        if west < -180 {
            return [
                Box(minLat: minLat, maxLat: maxLat, minLon: west + 360, maxLon: 180),
                Box(minLat: minLat, maxLat: maxLat, minLon: -180, maxLon: east),
            ]
        }
        if east > 180 {
            return [
                Box(minLat: minLat, maxLat: maxLat, minLon: west, maxLon: 180),
                Box(minLat: minLat, maxLat: maxLat, minLon: -180, maxLon: east - 360),
            ]
        }
        return [Box(minLat: minLat, maxLat: maxLat, minLon: west, maxLon: east)]
    }
}
