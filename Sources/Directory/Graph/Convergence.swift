/// What narrows a convergence question: the entities that count (kind, theme, country, place) and the
/// time window of dated edges and events.
public struct ConvergenceFilter: Sendable, Equatable {
    public var kind: EntityKind?
    public var theme: String?
    public var country: String?
    public var place: String?
    public var window: TimeWindow
    public var limit: Int

    public init(
        kind: EntityKind? = nil, theme: String? = nil, country: String? = nil, place: String? = nil,
        window: TimeWindow = .unbounded, limit: Int = 20
    ) {
        self.kind = kind
        self.theme = theme
        self.country = country
        self.place = place
        self.window = window
        self.limit = limit
    }
}

/// A place where movements meet: the themes worked on by what is based, active or held there.
public struct PlaceConvergence: Sendable, Encodable, Equatable {
    public var city: EntityRef
    /// Each theme with the entities there that work on it, most worked-on first.
    public var themes: [ThemeGroup]
    public var entities: Int
}

/// A theme and the entities that bring it.
public struct ThemeGroup: Sendable, Encodable, Equatable {
    public var theme: EntityRef
    public var entities: [EntityRef]
}

/// A campaign and what it brings together: the themes and countries of those who support it, belong to it,
/// organize it or take part through its events, and its own themes.
public struct CampaignConvergence: Sendable, Encodable, Equatable {
    public var campaign: EntityRef
    public var themes: [ThemeGroup]
    public var countries: [String]
    public var participants: [EntityRef]
}

/// The places and campaigns where every theme asked for is present.
public struct ThemeConvergence: Sendable, Encodable, Equatable {
    public var themes: [EntityRef]
    public var places: [PlaceConvergence]
    public var campaigns: [CampaignConvergence]
}

/// Two entities that share campaigns, places and themes, scored by Adamic-Adar: each shared neighbour
/// weighs 1 / ln(its degree), so a small campaign both support says more than a theme everyone works on.
public struct PairConvergence: Sendable, Encodable, Equatable {
    public var first: EntityRef
    public var second: EntityRef
    public var score: Double
    public var shared: [SharedNeighbor]

    public struct SharedNeighbor: Sendable, Encodable, Equatable {
        public var entity: EntityRef
        /// How many entities of the kind asked for it joins; its weight is 1 / ln(degree).
        public var degree: Int
        public var weight: Double
    }
}
