import Directory

/// An `entity` of directory XML as written, before its values are checked: in a whole document, or inside a
/// feed's item, where it adds what a feed cannot say (`docs/DIRECTORY-XML.md`).
public struct DirectoryElement: Sendable, Equatable, Encodable {
    /// The document's id for it, which its relations use.
    public var id: String?
    public var kind: String?
    public var key: String?
    public var visibility: String?
    public var sensitive: String?
    public var name: String?
    public var aliases: [String] = []
    public var description: String?
    public var country: String?
    public var region: String?
    public var lat: String?
    public var lon: String?
    public var website: String?
    public var status: String?
    public var starts: String?
    public var ends: String?
    /// The sources the document says state it: what it was made from, not what is imported.
    public var sources: [String] = []
    /// Inside an item: the city it is in, the themes it works on, and the entities it is related to, by name.
    public var city: City?
    public var themes: [String] = []
    public var related: [Related] = []
    /// The line it starts on.
    public var line = 0

    public struct City: Sendable, Equatable, Encodable {
        public var name: String
        public var country: String?
        public var region: String?
    }

    /// `item -type-> name`, or `name -type-> item` when `inverse`.
    public struct Related: Sendable, Equatable, Encodable {
        public var type: String
        public var kind: String?
        public var name: String
        public var inverse: Bool
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, key, visibility, sensitive, name, aliases, description, country, region, lat, lon, website
        case status, starts, ends, sources, city, themes, related
    }

    /// Absent values and empty lists are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(kind, forKey: .kind)
        try container.encodeIfPresent(key, forKey: .key)
        try container.encodeIfPresent(visibility, forKey: .visibility)
        try container.encodeIfPresent(sensitive, forKey: .sensitive)
        try container.encodeIfPresent(name, forKey: .name)
        if !aliases.isEmpty { try container.encode(aliases, forKey: .aliases) }
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(country, forKey: .country)
        try container.encodeIfPresent(region, forKey: .region)
        try container.encodeIfPresent(lat, forKey: .lat)
        try container.encodeIfPresent(lon, forKey: .lon)
        try container.encodeIfPresent(website, forKey: .website)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeIfPresent(starts, forKey: .starts)
        try container.encodeIfPresent(ends, forKey: .ends)
        if !sources.isEmpty { try container.encode(sources, forKey: .sources) }
        try container.encodeIfPresent(city, forKey: .city)
        if !themes.isEmpty { try container.encode(themes, forKey: .themes) }
        if !related.isEmpty { try container.encode(related, forKey: .related) }
    }
}

/// A `relation` of a whole document, between two of its entities' ids.
public struct DirectoryRelationElement: Sendable, Equatable {
    public var from: String?
    public var type: String?
    public var to: String?
    public var line: Int
}
