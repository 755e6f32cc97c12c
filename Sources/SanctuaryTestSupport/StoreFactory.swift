public import Directory

extension TemporaryDirectory {
    /// A new directory database in this folder (a file: WAL and pools need one).
    public func store(_ name: String = "test.sqlite") throws -> DirectoryStore {
        try DirectoryStore(path: path(name))
    }
}
