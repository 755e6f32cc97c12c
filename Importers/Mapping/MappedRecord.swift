import Directory

/// What one row means: the entity it describes and the entities it names, each with the relation that joins
/// them. Pure data; the import run resolves the names against the directory.
struct MappedRecord: Sendable, Equatable {
    var kind: EntityKind
    /// The key the record's facts give; nil only for a city without its country, which the gazetteer may know.
    var key: String?
    var facts: EntityFacts
    /// The row's city, for a row that is not itself a city.
    var city: PlaceName?
    var links: [Link] = []
    /// Whether a point without a named city places the entity in the city it lies in; a directory document
    /// places its entities with its own relations.
    var locatesByPoint = true

    struct PlaceName: Sendable, Equatable {
        var name: String
        var country: String?
        var region: String?
    }

    /// A relation to an entity named by a cell, read `row -relation-> target` unless `inbound`.
    struct Link: Sendable, Equatable {
        var relation: Relation
        var target: Target
        var name: String
        var inbound = false
    }

    enum Target: Sendable, Equatable {
        case kind(EntityKind)
        /// `member of` points at a campaign when one of that name is known, else at an organization.
        case campaignOrOrganization
    }
}
