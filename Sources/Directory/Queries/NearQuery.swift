/// What lies within a distance of a place.
public struct NearQuery: Sendable, Equatable {
    /// A city (any of its names, in the directory or in the gazetteer), any entity with a position, or
    /// coordinates as `lat,lon`.
    public var place: String
    public var kilometres: Double
    public var kind: EntityKind?
    public var limit: Int

    public init(place: String, kilometres: Double, kind: EntityKind? = nil, limit: Int = 50) {
        self.place = place
        self.kilometres = kilometres
        self.kind = kind
        self.limit = limit
    }
}

/// The entities near a place, nearest first.
public struct NearResult: Sendable, Encodable, Equatable {
    public var center: Center
    public var kilometres: Double
    public var results: [Hit]

    /// Where distances are measured from, and what the place was found as.
    public struct Center: Sendable, Encodable, Equatable {
        public var name: String
        public var lat: Double
        public var lon: Double
        /// `directory` (an entity), `gazetteer` (a city the directory does not hold) or `coordinates`.
        public var foundIn: String
        public var entityID: Int64?
    }

    public struct Hit: Sendable, Encodable, Equatable {
        public var entity: Entity
        /// Great-circle distance from the center.
        public var kilometres: Double
        /// The city whose position places an entity that has none of its own (an organization based there).
        public var via: City?
    }

    public struct City: Sendable, Encodable, Equatable {
        public var id: Int64
        public var name: String
    }
}
