import GRDB

/// Counts the changes committed to a database by anyone (this process, an import in another, the sqlite3
/// shell), for ETags: SQLite's `data_version` tells one connection whether others committed since it last
/// asked, so one connection asks on every request and counts the answers that differ.
public final class ChangeCounter: Sendable {
    private let queue: DatabaseQueue
    private let state = Locked<(version: Int?, changes: Int)>((nil, 0))

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw DirectoryError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// How many times the database has changed since the counter was made: asked before reading an answer,
    /// the answer is at least as new as the count.
    public func changes() throws -> Int {
        do {
            // Counted inside the read, which the queue runs one at a time, so that the versions are seen in
            // the order they were read.
            return try queue.read { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
                return state.withLock { state in
                    if version != state.version {
                        if state.version != nil { state.changes += 1 }
                        state.version = version
                    }
                    return state.changes
                }
            }
        } catch let error as DatabaseError {
            throw DirectoryError.database(error.message ?? "\(error.resultCode)")
        }
    }
}
