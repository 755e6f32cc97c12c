import GRDB
import GRDBSQLite

/// Binds values straight to the SQLite handle of a statement prepared by GRDB, for statements of a thousand
/// parameters that a run executes hundreds of times (``NewEntityRows``): building GRDB's arguments for them
/// and binding those cost the writing thread as much as SQLite's insertion of the rows (docs/PERFORMANCE.md).
///
/// ``prepare(_:)`` readies a statement once; ``start()`` before binding each time. The statement is then
/// executed by GRDB (`execute()` without arguments), which keeps the bindings.
struct DirectBinding {
    private let handle: SQLiteStatement

    /// Marks the statement's arguments as set, so that GRDB executes it with the values bound here.
    static func prepare(_ statement: Statement) {
        statement.setUncheckedArguments(StatementArguments())
    }

    init(_ statement: Statement) {
        handle = statement.sqliteStatement
    }

    /// Resets the statement, which binding requires after it ran.
    func start() {
        sqlite3_reset(handle)
    }

    func bind(_ value: String?, at index: Int32) {
        guard var value else { return checked(sqlite3_bind_null(handle, index)) }
        if value.isEmpty { return checked(sqlite3_bind_text(handle, index, "", 0, Self.transient)) }
        // SQLite copies the bytes (SQLITE_TRANSIENT); a native string lends them without a copy of its own.
        let code = value.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                sqlite3_bind_text(handle, index, text.baseAddress, Int32(text.count), Self.transient)
            }
        }
        checked(code)
    }

    func bind(_ value: Int64?, at index: Int32) {
        guard let value else { return checked(sqlite3_bind_null(handle, index)) }
        checked(sqlite3_bind_int64(handle, index, value))
    }

    func bind(_ value: Double?, at index: Int32) {
        guard let value else { return checked(sqlite3_bind_null(handle, index)) }
        checked(sqlite3_bind_double(handle, index, value))
    }

    func bind(_ value: Bool, at index: Int32) {
        checked(sqlite3_bind_int64(handle, index, value ? 1 : 0))
    }

    /// Binding fails only when the index or the statement's state is wrong: a mistake in this program.
    private func checked(_ code: Int32) {
        precondition(code == SQLITE_OK, "binding parameter failed: SQLite result \(code)")
    }

    /// SQLite's `SQLITE_TRANSIENT`, which Swift does not import; computed, as a stored global would be
    /// reached through a lazy initialisation check at every call.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
}
