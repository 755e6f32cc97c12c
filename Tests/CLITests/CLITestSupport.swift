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
