import Directory

/// The stores the server reads, one per audience (see `AudienceViews` in `Directory`), and the counter of
/// the database's changes that ETags come from.
struct ServedStores: Sendable {
    let changes: ChangeCounter
    private let `public`: DirectoryStore
    private let partners: DirectoryStore

    /// Opens the database once for this machine first, so that its schema is brought up to date.
    init(path: String) throws {
        _ = try DirectoryStore(path: path)
        changes = try ChangeCounter(path: path)
        `public` = try DirectoryStore(path: path, audience: .public)
        partners = try DirectoryStore(path: path, audience: .partners)
    }

    func store(for audience: Audience) -> DirectoryStore {
        audience == .partners ? partners : `public`
    }
}
