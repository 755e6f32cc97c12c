/// Which edges and entities a traversal may pass through. The two ends of a query always count.
public struct GraphFilter: Sendable, Equatable {
    /// The relations that may be followed; nil for all.
    public var relations: Set<Relation>?
    /// Themes join everything that works on them; skipped, "both work on migration" is not a connection.
    public var skipThemes: Bool
    /// An entity with more links than this (all of them, whatever else the filter says) is a hub, and is not
    /// passed through.
    public var maxDegree: Int
    /// Dated edges and events outside the window are left out.
    public var window: TimeWindow
    /// The kinds of entity a path may pass through; nil for all.
    public var kinds: Set<EntityKind>?
    /// A country (code or name): entities of other countries are not passed through (those with none, such
    /// as themes and campaigns, are).
    public var country: String?

    public init(
        relations: Set<Relation>? = nil, skipThemes: Bool = false, maxDegree: Int = 1000,
        window: TimeWindow = .unbounded, kinds: Set<EntityKind>? = nil, country: String? = nil
    ) {
        self.relations = relations
        self.skipThemes = skipThemes
        self.maxDegree = maxDegree
        self.window = window
        self.kinds = kinds
        self.country = country
    }

    /// An SQL condition on the edge `x` and, when ``entityCondition`` is not nil, the entity `o` at its other
    /// end; `?1` and `?2` are the ends of the query, which pass whatever their kind or dates.
    func condition() -> String {
        var parts = [window.condition("x")]
        if let relations {
            let list = relations.map { "x.relation = '\($0.rawValue)'" }.sorted().joined(separator: " OR ")
            parts.append("(\(list.isEmpty ? "0" : list))")
        }
        if let entity = entityCondition { parts.append(entity) }
        return parts.joined(separator: " AND ")
    }

    /// The condition on the entity `o`, nil when the filter says nothing about entities. Kinds and the
    /// country are closed sets of checked values, so they go into the SQL as literals.
    var entityCondition: String? {
        var entity: [String] = []
        if skipThemes { entity.append("o.kind <> 'theme'") }
        if let kinds {
            let list = kinds.map { "o.kind = '\($0.rawValue)'" }.sorted().joined(separator: " OR ")
            entity.append("(\(list.isEmpty ? "0" : list))")
        }
        if let country {
            entity.append(Countries.code(for: country).map { "(o.country IS NULL OR o.country = '\($0)')" } ?? "0")
        }
        if !window.isUnbounded { entity.append("(o.kind <> 'event' OR \(window.eventCondition("o")))") }
        guard !entity.isEmpty else { return nil }
        return "(o.id = ?1 OR o.id = ?2 OR (\(entity.joined(separator: " AND "))))"
    }
}
