public import Foundation
import GRDB

/// The directory database: one SQLite file in WAL mode, so readers never wait for an import.
///
/// Each write method is one transaction. The store is safe to share between tasks.
public final class DirectoryStore: Sendable {
    let pool: DatabasePool
    /// The database file.
    public let path: String

    /// Who the store's answers are for.
    public let audience: Audience

    /// Opens (creating if needed) the directory at `path` and brings its schema up to date; or, for an
    /// audience other than `.local`, opens it read-only for that audience (see ``AudienceViews``).
    ///
    /// - Throws: ``DirectoryError/cannotOpen(path:reason:)`` when the file cannot be opened or is not a
    ///   directory database, or, for a served audience, when its schema is not up to date (opening it once
    ///   for `.local` brings it up to date).
    public init(path: String, audience: Audience = .local) throws {
        self.path = path
        self.audience = audience
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = audience != .local
        configuration.prepareDatabase { db in
            if let levels = audience.visible { try AudienceViews.create(db, visible: levels) }
            SQLFunctions.register(on: db)
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 64 MB of page cache for the writer: an import touches index pages all over the file, and the
            // default 2 MB made it re-read them. Readers keep the default, so a pool of them stays small.
            // Temporary tables stay on disk, so memory does not grow with the input.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA cache_size = -65536")
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            guard audience == .local else {
                guard try pool.read(Schema.migrator.hasCompletedMigrations) else {
                    throw DirectoryError.cannotOpen(
                        path: path, reason: "its schema is older than this program's: open it once with sanctuary")
                }
                return
            }
            try Schema.migrator.migrate(pool)
            // Marked entities: those of a database the migration just gave `theme_places`, or of edges written
            // by another tool (the sqlite3 shell, a generator).
            if try pool.read(ThemePlaces.isStale) { try pool.write(ThemePlaces.refresh) }
        } catch let error as DatabaseError {
            throw DirectoryError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs one import of one source in a single transaction: either everything `body` records lands, with
    /// what the source no longer says retracted (snapshot mode), or, when `body` throws, nothing does.
    ///
    /// - Parameters:
    ///   - source: the source the records come from.
    ///   - body: reads the input and records it through the run.
    /// - Returns: the counts of the run.
    /// - Throws: whatever `body` throws, or ``DirectoryError/database(_:)``.
    public func importRun(
        source: SourceDescriptor,
        startedAt: Date = Date(),
        _ body: (SourceRun) throws -> Void
    ) throws -> RunCounts {
        try translatingErrors {
            try pool.write { db in
                let run = try SourceRun(db: db, source: source, startedAt: startedAt)
                try body(run)
                let counts = try run.finish()
                try ThemePlaces.refresh(db)
                return counts
            }
        }
    }

    /// Moves everything written so far from the write-ahead log into the database file, so that the file alone
    /// is a complete copy of the directory (for a backup, or a template to copy).
    public func checkpoint() throws {
        try translatingErrors {
            try pool.writeWithoutTransaction { db in
                _ = try db.checkpoint(.truncate)
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try translatingErrors { try pool.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try translatingErrors {
            try pool.write { db in
                let result = try body(db)
                try ThemePlaces.refresh(db)
                return result
            }
        }
    }

    func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw DirectoryError.database(error.message ?? "\(error.resultCode)")
        }
    }
}
