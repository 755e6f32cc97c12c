/// What one import run changed.
public struct RunCounts: Sendable, Codable, Equatable {
    /// Entities new to the directory.
    public var added = 0
    /// Records that changed what their source says about an existing entity.
    public var updated = 0
    /// Records that say exactly what their source said before.
    public var unchanged = 0
    /// Records the source said before and no longer says (snapshot mode).
    public var retracted = 0
    /// Entities removed because no source asserts them any more.
    public var removed = 0
    public var edgesAdded = 0
    public var edgesRetracted = 0

    public init() {}

    public static func += (total: inout RunCounts, run: RunCounts) {
        total.added += run.added
        total.updated += run.updated
        total.unchanged += run.unchanged
        total.retracted += run.retracted
        total.removed += run.removed
        total.edgesAdded += run.edgesAdded
        total.edgesRetracted += run.edgesRetracted
    }
}
