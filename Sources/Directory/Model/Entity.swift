/// A node of the directory graph, with the attributes derived from the claims of its sources.
public struct Entity: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var kind: EntityKind
    public var key: String
    public var name: String
    public var description: String?
    /// ISO 3166-1 alpha-2, upper case.
    public var country: String?
    public var region: String?
    public var lat: Double?
    public var lon: Double?
    public var website: String?
    /// A city's sanctuary status (declared, candidate, withdrawn...), a campaign's (active, ended).
    public var status: String?
    /// ISO 8601 dates (`2018`, `2018-11`, `2018-11-02`).
    public var starts: String?
    public var ends: String?
    public var visibility: Visibility
    /// A shelter or a safe house: served with its city only.
    public var sensitive: Bool
    /// The GeoNames id of a city the gazetteer knows; nil for every other entity.
    public var geonames: Int64?

    private enum CodingKeys: String, CodingKey {
        case id, kind, key, name, description, country, region, lat, lon, website, status, starts, ends, visibility
        case sensitive, geonames
    }

    /// Encodes absent values as left out, except `country`, which scripts may rely on finding (as null).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(key, forKey: .key)
        try container.encode(name, forKey: .name)
        try container.encode(country, forKey: .country)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(region, forKey: .region)
        try container.encodeIfPresent(lat, forKey: .lat)
        try container.encodeIfPresent(lon, forKey: .lon)
        try container.encodeIfPresent(website, forKey: .website)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeIfPresent(starts, forKey: .starts)
        try container.encodeIfPresent(ends, forKey: .ends)
        try container.encode(visibility, forKey: .visibility)
        try container.encode(sensitive, forKey: .sensitive)
        try container.encodeIfPresent(geonames, forKey: .geonames)
    }
}
