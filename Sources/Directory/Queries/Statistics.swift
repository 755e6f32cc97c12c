/// What the directory holds, in numbers.
public struct Statistics: Sendable, Codable, Equatable {
    public var entities: Int
    public var byKind: [String: Int]
    public var edges: Int
    public var byRelation: [String: Int]
    public var aliases: Int
    public var countries: Int
    public var sources: Int
    public var claims: Int
    /// Themes with the most entities working on them, most first.
    public var topThemes: [Count]
    /// Countries with the most entities, most first.
    public var topCountries: [Count]

    public struct Count: Sendable, Codable, Equatable {
        public var name: String
        public var count: Int
    }
}
