/// How two entities are linked: the shortest simple paths between them.
public struct ConnectionQuery: Sendable, Equatable {
    /// Each an id, a key or a name, as `show` takes them.
    public var from: String
    public var to: String
    /// The longest path wanted, in steps.
    public var maxDepth: Int
    /// How many paths, shortest first.
    public var paths: Int
    public var filter: GraphFilter

    public init(from: String, to: String, maxDepth: Int = 6, paths: Int = 3, filter: GraphFilter = GraphFilter()) {
        self.from = from
        self.to = to
        self.maxDepth = maxDepth
        self.paths = paths
        self.filter = filter
    }
}

/// The paths found, shortest first; none when nothing links the two within the depth.
public struct Connections: Sendable, Encodable, Equatable {
    public var from: Entity
    public var to: Entity
    public var maxDepth: Int
    public var paths: [Path]

    public struct Path: Sendable, Encodable, Equatable {
        /// Steps from one end to the other.
        public var length: Int
        public var hops: [Hop]
    }

    /// One step of a path, read from `from` to `to`, with every edge that joins them.
    public struct Hop: Sendable, Encodable, Equatable {
        public var from: EntityRef
        public var to: EntityRef
        public var links: [Link]
    }

    /// An edge as the hop reads it: its label in the direction of the path ("held in", or "hosts" when the
    /// edge points back), and the sources that assert it.
    public struct Link: Sendable, Encodable, Equatable {
        public var relation: Relation
        /// Whether the edge points the way the path goes.
        public var forward: Bool
        public var label: String
        public var sources: [String]
    }
}

/// An entity named in an answer: enough to show it and to ask about it.
public struct EntityRef: Sendable, Codable, Equatable, Hashable {
    public var id: Int64
    public var kind: EntityKind
    public var name: String
    public var country: String?

    init(id: Int64, kind: EntityKind, name: String, country: String?) {
        self.id = id
        self.kind = kind
        self.name = name
        self.country = country
    }
}
