import GRDB
import GRDBSQLite

/// Binds values straight to the SQLite handle of a statement prepared by GRDB, for the statements a run
/// executes for every item: inserts of a thousand parameters (``NewEntityRows``, `mentions` edges), where
/// building GRDB's arguments and binding those cost the writing thread as much as SQLite's insertion, and the
/// lookup of a key, where GRDB's cursor and arguments cost twice SQLite's search (docs/PERFORMANCE.md).
///
/// ``start()`` before binding, each time. An insert is then executed by GRDB (`execute()` without arguments),
/// which keeps the bindings once ``prepare(_:)`` has marked them as set; a query is stepped here
/// (``firstInteger()``).
struct DirectStatement {
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

    /// Steps a query once: the first column of its first row, as an integer, or nil when it has no row. The
    /// statement is reset afterwards, which ends its read.
    func firstInteger() throws -> Int64? {
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        case let code:
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }

    /// Binding fails only when the index or the statement's state is wrong: a mistake in this program.
    private func checked(_ code: Int32) {
        precondition(code == SQLITE_OK, "binding parameter failed: SQLite result \(code)")
    }

    /// SQLite's `SQLITE_TRANSIENT`, which Swift does not import; computed, as a stored global would be
    /// reached through a lazy initialisation check at every call.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
}
