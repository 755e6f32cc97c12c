/// Everything `show` tells about an entity: its names, its neighbours by relation, and its sources.
public struct EntityDetails: Sendable, Encodable, Equatable {
    public var entity: Entity
    public var aliases: [String]
    /// Keys besides its own that resolve to it: keys merged into it, the placeholder it took over, and the keys
    /// of records that matched it by name.
    public var otherKeys: [String]
    /// The entity's own edges first, then those pointing at it; each part by relation, then by name. All of
    /// them, or the first page when the details were asked with a limit.
    public var neighbors: [Neighbor]
    /// How many neighbours there are in all, by relation and direction, in the order of `neighbors`.
    public var neighborCounts: [NeighborCount]
    public var sources: [SourceClaim]
    /// A city's place in the gazetteer; nil for a city the gazetteer does not know (unresolved).
    public var place: Place?
    /// Every name the gazetteer knows the city by, its own first.
    public var placeNames: [String]

    private enum CodingKeys: String, CodingKey {
        case aliases, otherKeys, neighbors, neighborCounts, sources, place, placeNames
    }

    /// The entity's fields at the top level, with its names, neighbours and sources beside them.
    public func encode(to encoder: any Encoder) throws {
        try entity.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(otherKeys, forKey: .otherKeys)
        try container.encode(neighbors, forKey: .neighbors)
        try container.encode(neighborCounts, forKey: .neighborCounts)
        try container.encode(sources, forKey: .sources)
        if entity.kind == .city {
            try container.encode(place, forKey: .place)
            try container.encode(placeNames, forKey: .placeNames)
        }
    }

    /// An edge seen from this entity, in reading order: `outgoing` is `entity -label-> other`, otherwise
    /// `other -relation-> entity`, read with the inverse label.
    public struct Neighbor: Sendable, Codable, Equatable {
        public var relation: Relation
        public var outgoing: Bool
        /// The label that reads from this entity to the other one.
        public var label: String
        public var entity: Entity
        /// Names of the sources that assert the edge.
        public var sources: [String]
    }

    /// How many neighbours are `label` of the entity.
    public struct NeighborCount: Sendable, Codable, Equatable {
        public var relation: Relation
        public var outgoing: Bool
        public var label: String
        public var count: Int
    }

    /// A source that asserts the entity, with the times of its first and latest run saying so.
    public struct SourceClaim: Sendable, Codable, Equatable {
        public var name: String
        public var mention: Bool
        public var firstSeen: String
        public var lastSeen: String
    }
}
