import Directory

/// The stores the server reads, one per audience (see `AudienceViews` in `Directory`), and the counter of
/// the database's changes that ETags come from.
struct ServedStores: Sendable {
    let changes: ChangeCounter
    let limits: RequestLimits
    private let `public`: DirectoryStore
    private let partners: DirectoryStore

    /// Opens the database once for this machine first, so that its schema is brought up to date.
    init(path: String, limits: RequestLimits) throws {
        self.limits = limits
        _ = try DirectoryStore(path: path)
        changes = try ChangeCounter(path: path)
        `public` = try DirectoryStore(path: path, audience: .public)
        partners = try DirectoryStore(path: path, audience: .partners)
    }

    /// Runs `question` on the audience's store, within the time limit.
    func answer<T: Sendable>(
        _ audience: Audience, _ question: @escaping @Sendable (DirectoryStore) throws -> T
    ) async throws -> T {
        let store = store(for: audience)
        return try await Blocking.run(limit: limits.time) { try question(store) }
    }

    /// The store that answers the audience: partners see what partners may, everyone else what the public may.
    func store(for audience: Audience) -> DirectoryStore {
        audience == .partners ? partners : `public`
    }
}
