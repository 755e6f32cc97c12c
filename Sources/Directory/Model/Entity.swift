/// A node of the directory graph, with the attributes derived from the claims of its sources.
public struct Entity: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var kind: EntityKind
    public var key: String
    public var name: String
    public var description: String?
    /// ISO 3166-1 alpha-2, upper case.
    public var country: String?
    public var region: String?
    public var lat: Double?
    public var lon: Double?
    public var website: String?
    /// A city's sanctuary status (declared, candidate, withdrawn...), a campaign's (active, ended).
    public var status: String?
    /// ISO 8601 dates (`2018`, `2018-11`, `2018-11-02`).
    public var starts: String?
    public var ends: String?
    public var visibility: Visibility
}
