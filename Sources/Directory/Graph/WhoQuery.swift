/// Who works on all of some themes, and where.
public struct WhoQuery: Sendable, Equatable {
    /// Themes by any of their names; an entity must work on every one.
    public var themes: [String]
    /// A city (any of its names), a region or a country, as `--in` takes it.
    public var place: String?
    public var kind: EntityKind?
    public var window: TimeWindow
    public var limit: Int

    public init(
        themes: [String], place: String? = nil, kind: EntityKind? = nil, window: TimeWindow = .unbounded,
        limit: Int = 50
    ) {
        self.themes = themes
        self.place = place
        self.kind = kind
        self.window = window
        self.limit = limit
    }
}

/// An entity that qualifies, with the edges that qualify it; best supported first.
public struct WhoHit: Sendable, Encodable, Equatable {
    public var entity: Entity
    /// Its `works_on` edges to the themes asked for, and, with a place, the edges that put it there.
    public var edges: [QualifyingEdge]
    /// How many assertions (edge and source) back it: the rank.
    public var support: Int

    public struct QualifyingEdge: Sendable, Encodable, Equatable {
        public var relation: Relation
        public var label: String
        public var entity: EntityRef
        public var sources: [String]
    }
}
