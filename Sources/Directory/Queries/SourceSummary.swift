/// A source and what its latest run did.
public struct SourceSummary: Sendable, Codable, Equatable {
    public var name: String
    public var location: String?
    public var format: String
    public var mode: ImportMode
    /// What its records are, when its import said so: a feed's items, a list's `--kind`.
    public var items: EntityKind?
    public var runs: Int
    public var lastRun: String?
    /// Entities the source asserts now (its own records, not what it names in passing).
    public var entities: Int
    public var edges: Int
    public var last: RunCounts?
    /// Why its latest import failed, until a run succeeds; never served.
    public var lastError: String?
}
