import Foundation
import SanctuaryTestSupport
import Testing

/// Runs the built binary against a database in a temporary folder.
struct CLI {
    let folder: TemporaryDirectory
    let database: String

    /// - Parameter gazetteer: the database starts as a copy of ``GazetteerTemplate``, as the binary would make
    ///   it, rather than loading the gazetteer in every test.
    init(gazetteer: Bool = true) throws {
        folder = try TemporaryDirectory()
        database = folder.path("directory.sqlite")
        if gazetteer { try GazetteerTemplate.copy(to: database) }
    }

    /// Runs `sanctuary ARGS --db DATABASE`, from the package root.
    func run(_ arguments: String...) throws -> ProcessResult {
        try run(arguments)
    }

    func run(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.sanctuary(arguments + ["--db", database], in: Fixtures.root)
    }

    /// Runs the command with `--json` and decodes its one document.
    func json(_ arguments: String...) throws -> (ProcessResult, [String: Any]) {
        try json(arguments)
    }

    func json(_ arguments: [String]) throws -> (ProcessResult, [String: Any]) {
        let result = try ProcessRunner.sanctuary(arguments + ["--db", database, "--json"], in: Fixtures.root)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result, try #require(object, "stdout is not one JSON object: \(result.stdout) \(result.stderr)"))
    }
}

/// A directory database's content, to compare states: every table but the run log, the claims without the run
/// that last saw them, and how many runs the log holds (not their times) when `runs` is true.
func directoryContent(_ database: String, runs: Bool = false) throws -> String {
    try ProcessRunner.query(
        database,
        """
        SELECT * FROM entities ORDER BY id; SELECT * FROM aliases ORDER BY 1, 2; SELECT * FROM entity_keys;
        SELECT id, source_id, entity_id, facts, mention, merged, first_run FROM claims ORDER BY id;
        SELECT src, relation, dst, source_id, first_run FROM edges ORDER BY 1, 2, 3, 4;
        SELECT rowid, * FROM entity_text ORDER BY rowid; SELECT * FROM entity_places ORDER BY id;
        SELECT id, name, location, format, mode FROM sources ORDER BY id;
        \(runs ? "SELECT count(*) FROM runs;" : "")
        """
    )
}
