/// How a city that a record describes or names was identified.
public enum CityResolution: Sendable, Equatable {
    /// The gazetteer knows it, and the entity is that place's. `others` counts the namesakes that only size
    /// told apart from it (the largest won); 0 when the country, region, coordinates or directory decided.
    case resolved(Int64, Place, others: Int)
    /// The gazetteer does not know it: the entity is keyed by its normalised name and country.
    case unresolved(Int64)
    /// Nothing knows it, and without its country it cannot be keyed.
    case unknown
    /// The gazetteer does not know it, and several cities of the directory have that name.
    case ambiguous(Int)

    /// The city's entity, when there is one.
    public var id: Int64? {
        switch self {
        case .resolved(let id, _, _), .unresolved(let id): id
        case .unknown, .ambiguous: nil
        }
    }
}
