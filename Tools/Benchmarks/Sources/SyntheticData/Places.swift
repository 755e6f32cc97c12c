/// Invented cities, a few per country, each with coordinates near its country's centre.
struct Places: Sendable {
    struct City: Sendable {
        var name: String
        var country: String
        var lat: Double
        var lon: Double
    }

    private(set) var cities: [City] = []
    private(set) var byCountry: [String: [Int]] = [:]

    /// Rough centres, enough to put invented cities on the right continent.
    static let centres: [String: (Double, Double)] = [
        "MX": (23.6, -102.5), "ES": (40.4, -3.7), "AR": (-34.6, -64.0), "CO": (4.6, -74.1), "CL": (-33.4, -70.6),
        "FR": (46.2, 2.2), "BE": (50.5, 4.5), "SN": (14.5, -14.5), "MA": (31.8, -7.1), "TN": (34.0, 9.5),
        "DE": (51.2, 10.4), "AT": (47.5, 14.6), "CH": (46.8, 8.2), "BR": (-14.2, -51.9), "PT": (39.4, -8.2),
        "GR": (39.1, 21.8), "UA": (48.4, 31.2), "EG": (26.8, 30.8), "JO": (30.6, 36.2), "JP": (36.2, 138.3),
        "TR": (39.0, 35.2), "US": (39.8, -98.6), "GB": (54.0, -2.0), "CA": (56.1, -106.3), "ZA": (-30.6, 22.9),
    ]

    init(count: Int, random: inout SeededGenerator) {
        let countries = Language.all.flatMap { language in language.countries.map { ($0.code, language) } }
        var seen: Set<String> = []
        var index = 0
        while cities.count < count {
            let (code, language) = countries[index % countries.count]
            index += 1
            let name = Self.name(language, &random)
            guard seen.insert("\(name)|\(code)").inserted, let centre = Self.centres[code] else { continue }
            let lat = min(89, max(-89, centre.0 + Double(Int(random.next() % 800)) / 100 - 4))
            let lon = min(179, max(-179, centre.1 + Double(Int(random.next() % 800)) / 100 - 4))
            byCountry[code, default: []].append(cities.count)
            cities.append(City(name: name, country: code, lat: lat, lon: lon))
        }
    }

    func city(in country: String, _ random: inout SeededGenerator) -> City {
        cities[random.pick(byCountry[country] ?? [0])]
    }

    private static func name(_ language: Language, _ random: inout SeededGenerator) -> String {
        let parts = (0..<(2 + Int(random.next() % 2))).map { _ in random.pick(language.syllables) }
        let joined = parts.joined()
        guard !language.caseless, let first = joined.first else { return joined }
        return first.uppercased() + joined.dropFirst()
    }
}
