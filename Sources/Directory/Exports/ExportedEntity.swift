/// An entity as the exports write it: its fields, and what they take from its neighbours.
public struct ExportedEntity: Sendable, Equatable {
    public var entity: Entity
    public var aliases: [String]
    /// The names of the themes it works on.
    public var themes: [String]
    /// The names of the sources that describe it.
    public var sources: [String]
    /// The city it is based, held or active in (in that order of preference), for the entities without a
    /// point of their own: a sensitive one is placed there, and never more precisely.
    public var city: City?

    public struct City: Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var lat: Double?
        public var lon: Double?
    }

    /// Its own point, or else its city's.
    public var point: (lat: Double, lon: Double)? {
        if let lat = entity.lat, let lon = entity.lon { return (lat, lon) }
        if let lat = city?.lat, let lon = city?.lon { return (lat, lon) }
        return nil
    }
}

/// A relation between two exported entities, with the sources that state it.
public struct ExportedRelation: Sendable, Equatable {
    public var from: Int64
    public var relation: Relation
    public var to: Int64
    public var sources: [String]
}
