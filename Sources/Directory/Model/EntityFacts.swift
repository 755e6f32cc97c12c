/// What one source says about one entity: the attributes of a claim.
///
/// Stored as canonical JSON (sorted keys, absent values left out), so that two runs saying the same thing
/// store the same text and a re-import can tell "unchanged" by comparing strings.
public struct EntityFacts: Sendable, Codable, Equatable {
    public var name: String
    /// Other names, in any language; kept sorted and without normalised duplicates.
    public var aliases: [String]?
    public var description: String?
    public var country: String?
    public var region: String?
    public var lat: Double?
    public var lon: Double?
    public var website: String?
    public var status: String?
    public var starts: String?
    public var ends: String?
    public var visibility: Visibility?
    /// A shelter or a safe house: served with its city only.
    public var sensitive: Bool?
    /// Columns the importer did not recognise, by their header.
    public var extra: [String: String]?

    public init(
        name: String,
        aliases: [String] = [],
        description: String? = nil,
        country: String? = nil,
        region: String? = nil,
        lat: Double? = nil,
        lon: Double? = nil,
        website: String? = nil,
        status: String? = nil,
        starts: String? = nil,
        ends: String? = nil,
        visibility: Visibility? = nil,
        sensitive: Bool? = nil,
        extra: [String: String] = [:]
    ) {
        self.name = name
        self.aliases = nil
        self.description = description
        self.country = country
        self.region = region
        self.lat = lat
        self.lon = lon
        self.website = website
        self.status = status
        self.starts = starts
        self.ends = ends
        self.visibility = visibility
        self.sensitive = sensitive
        self.extra = extra.isEmpty ? nil : extra
        addAliases(aliases)
    }

    /// Adds names that differ from `name` and from each other once normalised.
    public mutating func addAliases(_ names: some Collection<String>) {
        guard !names.isEmpty else { return }
        var seen = Set((aliases ?? []).map(Normalizer.normalize))
        seen.insert(Normalizer.normalize(name))
        var list = aliases ?? []
        for alias in names {
            let normalized = Normalizer.normalize(alias)
            guard !normalized.isEmpty, seen.insert(normalized).inserted else { continue }
            list.append(alias)
        }
        list.sort()
        aliases = list.isEmpty ? nil : list
    }

    /// These facts with `other`'s filling what these leave out; `other`'s name becomes an alias.
    public func filled(from other: EntityFacts) -> EntityFacts {
        var result = self
        result.description = description ?? other.description
        result.country = country ?? other.country
        result.region = region ?? other.region
        if lat == nil || lon == nil {
            result.lat = other.lat
            result.lon = other.lon
        }
        result.website = website ?? other.website
        result.status = status ?? other.status
        result.starts = starts ?? other.starts
        result.ends = ends ?? other.ends
        result.visibility = visibility ?? other.visibility
        result.sensitive = sensitive ?? other.sensitive
        let extra = (self.extra ?? [:]).merging(other.extra ?? [:]) { mine, _ in mine }
        result.extra = extra.isEmpty ? nil : extra
        result.addAliases([other.name] + (other.aliases ?? []))
        return result
    }
}
