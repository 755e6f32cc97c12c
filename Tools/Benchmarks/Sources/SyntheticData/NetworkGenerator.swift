import Foundation

/// Writes a synthetic partner network of any size, the same for the same seed: cities, campaigns, and
/// organization lists with multilingual names in several scripts, duplicates that differ in case, accents and
/// website form, quoted cells holding commas, quotes and line breaks, and a share of bad rows.
public struct NetworkGenerator {
    public struct Summary: Codable, Sendable, Equatable {
        public var seed: UInt64
        public var organizations: Int
        /// Rows the importer must reject, one of each kind in turn.
        public var badRows: Int
        /// Rows that repeat an earlier organization in another spelling.
        public var duplicates: Int
        public var cities: Int
        public var campaigns: Int
        public var bytes: Int
    }

    /// The organization list's header.
    public static let header = [
        "name", "city", "country", "themes", "website", "campaigns", "member of", "description", "lat", "lon",
        "starts",
    ]

    private var random: SeededGenerator
    private let seed: UInt64
    private let places: Places
    private let campaigns: [String]
    private let networks: [String]
    /// The latest good rows, which duplicates repeat.
    private var recent: [[String]] = []

    public init(seed: UInt64, organizations: Int) {
        self.seed = seed
        random = SeededGenerator(seed: seed)
        places = Places(count: min(20_000, max(60, organizations / 20)), random: &random)
        campaigns = Vocabulary.campaignNames.flatMap { name in (2015...2026).map { "\(name) \($0)" } }
        networks = Vocabulary.regions.flatMap { region in Vocabulary.networkKinds.map { "\(region) \($0)" } }
    }

    /// Names that news items mention: the cities and the campaigns the lists describe, and the networks
    /// their rows are members of.
    public var mentionable: [String] { places.cities.map(\.name) + campaigns + networks }

    /// Writes `organizations` rows to `path`, streaming, and says what it planted.
    public mutating func writeOrganizations(_ count: Int, to path: String) throws -> Summary {
        let out = try OutputFile(path: path)
        var line = CSVLine()
        line.append(Self.header)
        var summary = Summary(
            seed: seed, organizations: count, badRows: 0, duplicates: 0, cities: places.cities.count,
            campaigns: campaigns.count, bytes: 0
        )
        for index in 0..<count {
            if random.chance(0.01) {
                line.append(badRow(kind: summary.badRows % 5, index: index))
                summary.badRows += 1
            } else if !recent.isEmpty && random.chance(0.02) {
                line.append(duplicate(of: random.pick(recent)))
                summary.duplicates += 1
            } else {
                let row = organization(index)
                if recent.count < 256 { recent.append(row) } else { recent[index % 256] = row }
                line.append(row)
            }
            if line.bytes.count > 1 << 20 {
                try out.write(line.bytes)
                line.removeAll()
            }
        }
        try out.write(line.bytes)
        summary.bytes = out.written
        return summary
    }

    /// Writes every city of the network, with coordinates.
    public func writeCities(to path: String) throws {
        var line = CSVLine()
        line.append(["name", "country", "lat", "lon"])
        for city in places.cities { line.append([city.name, city.country, "\(city.lat)", "\(city.lon)"]) }
        try OutputFile(path: path).write(line.bytes)
    }

    /// Writes every campaign of the network.
    public mutating func writeCampaigns(to path: String) throws {
        var line = CSVLine()
        line.append(["name", "themes", "status"])
        for name in campaigns {
            line.append([name, random.pick(Vocabulary.themes), random.chance(0.7) ? "active" : "ended"])
        }
        try OutputFile(path: path).write(line.bytes)
    }

    private mutating func organization(_ index: Int) -> [String] {
        let language = random.pick(Language.all)
        let country = random.pick(language.countries)
        let city = places.city(in: country.code, &random)
        let name =
            random.chance(0.5)
            ? "\(random.pick(language.heads)) \(random.pick(language.tails)) \(city.name)"
            : "\(random.pick(language.heads)) \(city.name) \(random.pick(language.tails))"
        let written = random.chance(0.8) ? country.code : random.pick(country.spellings)
        let themes = (0..<(1 + Int(random.next() % 3))).map { _ in random.pick(Vocabulary.themes) }
        let supported = (0..<Int(random.next() % 3)).map { _ in random.pick(campaigns) }
        let coordinates = random.chance(0.3)
        return [
            name, city.name, written, themes.joined(separator: random.chance(0.5) ? ";" : "|"),
            random.chance(0.9) ? website(index, form: Int(random.next() % 4)) : "",
            supported.joined(separator: ";"), random.chance(0.5) ? random.pick(networks) : "", description(),
            coordinates ? String(format: "%.4f", city.lat + 0.01) : "",
            coordinates ? String(format: "%.4f", city.lon - 0.01) : "",
            random.chance(0.2) ? "\(2000 + Int(random.next() % 26))" : "",
        ]
    }

    /// The same organization as `row`, spelled as another partner would: other case, no accents, and its
    /// website written another way.
    private mutating func duplicate(of row: [String]) -> [String] {
        var copy = row
        copy[0] = random.chance(0.5) ? row[0].uppercased() : row[0].folding(options: .diacriticInsensitive, locale: nil)
        if let host = row[4].split(separator: "/").last(where: { $0.contains(".") }) {
            let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
            copy[4] = random.chance(0.5) ? "HTTP://\(bare.uppercased())/" : "https://www.\(bare)"
        }
        return copy
    }

    private func website(_ index: Int, form: Int) -> String {
        let host = "org-\(index).example.org"
        switch form {
        case 0: return "https://www.\(host)/"
        case 1: return "http://\(host)"
        case 2: return host
        default: return "https://\(host)"
        }
    }

    private mutating func description() -> String {
        guard random.chance(0.7) else { return "" }
        var text = "\(random.pick(Vocabulary.descriptionOpenings)), \(random.pick(Vocabulary.descriptionActions))."
        if random.chance(0.3) { text += " Its motto: \"\(random.pick(Vocabulary.slogans))\"." }
        if random.chance(0.1) { text += "\nOpen every day; closed on the 1st of May." }
        return text
    }

    /// A row the importer must reject, of one of five kinds.
    private mutating func badRow(kind: Int, index: Int) -> [String] {
        var row = organization(index)
        switch kind {
        case 0: row[0] = ""
        case 1: row[2] = "Atlantis"
        case 2: (row[8], row[9]) = ("north", "12.5")
        case 3: row.append("a cell too many")
        default: row[10] = "2019-13"
        }
        return row
    }
}
