/// How an import run treats what its source said before but no longer says.
public enum ImportMode: String, Sendable, Codable, CaseIterable {
    /// The source is the whole truth: what it no longer says is retracted (lists, directories).
    case snapshot
    /// The source is a rolling window: nothing is retracted (news feeds).
    case append
}
