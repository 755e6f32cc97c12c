public import Directory

extension TemporaryDirectory {
    /// A new directory database in this folder (a file: WAL and pools need one).
    public func store(_ name: String = "test.sqlite") throws -> DirectoryStore {
        try DirectoryStore(path: path(name))
    }
}

/// A directory database in a temporary folder that lives as long as this value: test suites hold one as a
/// stored property, so the folder cannot be deleted under the store while a test runs.
public struct TemporaryStore: Sendable {
    public let folder: TemporaryDirectory
    public let store: DirectoryStore

    /// - Parameter gazetteer: start from a copy of ``GazetteerTemplate``, so that cities are resolved.
    public init(gazetteer: Bool = false) throws {
        folder = try TemporaryDirectory()
        store = try gazetteer ? GazetteerTemplate.store(at: folder.path("test.sqlite")) : folder.store()
    }
}
