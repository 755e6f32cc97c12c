/// A search of the directory: words to find, and filters that narrow what they find.
public struct SearchQuery: Sendable, Equatable {
    /// Words matched against names, aliases, descriptions and themes, each as a prefix ("migra" finds
    /// "migration"), in any case or accent. Empty lists everything the filters let through, by name.
    public var text: String
    public var kind: EntityKind?
    /// A theme's name or alias: only entities that work on it.
    public var theme: String?
    /// A country code or name.
    public var country: String?
    /// A city (any of its names) or a country: the entity is there, or based, active or held there.
    public var place: String?
    /// Only what lies within a distance of a place (as `near` measures it).
    public var near: Near?
    /// Only entities whose dates overlap the window (an event without an end ends the day it starts; an
    /// entity without dates is always in).
    public var window: TimeWindow
    public var limit: Int
    /// Where the previous page ended: only what comes after it in the order of the results.
    public var after: SearchPosition?

    public init(
        text: String = "",
        kind: EntityKind? = nil,
        theme: String? = nil,
        country: String? = nil,
        place: String? = nil,
        near: Near? = nil,
        window: TimeWindow = .unbounded,
        limit: Int = 20,
        after: SearchPosition? = nil
    ) {
        self.text = text
        self.kind = kind
        self.theme = theme
        self.country = country
        self.place = place
        self.near = near
        self.window = window
        self.limit = limit
        self.after = after
    }

    /// A place (as `near` takes it: a city, an entity, or `LAT,LON`) and a distance around it.
    public struct Near: Sendable, Equatable {
        public var place: String
        public var kilometres: Double

        public init(place: String, kilometres: Double) {
            self.place = place
            self.kilometres = kilometres
        }
    }
}

/// A hit's place in the order of a search's results (with words: rank, then id; without: name, then id),
/// from which the next page goes on: a page never repeats or skips what the one before showed, whatever was
/// added since.
public struct SearchPosition: Sendable, Equatable, Codable {
    public var rank: Int?
    public var name: String
    public var id: Int64

    public init(rank: Int?, name: String, id: Int64) {
        self.rank = rank
        self.name = name
        self.id = id
    }

    public init(_ hit: SearchHit) {
        self.init(rank: hit.rank, name: hit.entity.name, id: hit.entity.id)
    }
}

/// One entity found by a search, with its rank: 0 when every word is in its name or aliases, 1 when they are
/// found in the rest of its text too; nil when no words were given.
public struct SearchHit: Sendable, Encodable, Equatable {
    public var entity: Entity
    public var rank: Int?

    private enum CodingKeys: String, CodingKey { case rank }

    /// The entity's fields, with `rank` beside them.
    public func encode(to encoder: any Encoder) throws {
        try entity.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(rank, forKey: .rank)
    }
}
