import GRDB

extension SourceRun {
    /// How many `mentions` edges go into one statement: with the source and the run, 1,002 parameters.
    static let mentionBatch = 500

    /// Records that `src` mentions `dst`, as `link(src, .mentions, dst)` does, but written with the next few
    /// hundred in one statement. An article feed records a mention or two per item, and an edge a statement
    /// cost SQLite about twice what it costs as a row of a larger insert (docs/PERFORMANCE.md). The edges are
    /// in the store when the run finishes, not before.
    public func linkMention(_ src: Int64, _ dst: Int64) throws {
        guard src != dst else { return }
        pendingMentions += [src, dst]
        if pendingMentions.count == 2 * Self.mentionBatch { try writeMentions() }
    }

    /// Writes the recorded `mentions` edges, and confirms those this source asserted before.
    func writeMentions() throws {
        guard !pendingMentions.isEmpty else { return }
        let count = pendingMentions.count / 2
        let statement = try db.cachedStatement(sql: count == Self.mentionBatch ? Self.batchInsert : Self.insert(count))
        // Bound straight to SQLite, as `NewEntityRows` binds: no array of a thousand GRDB values to build.
        DirectStatement.prepare(statement)
        let binding = DirectStatement(statement)
        binding.start()
        binding.bind(sourceID, at: 1)
        binding.bind(runID, at: 2)
        for (index, id) in pendingMentions.enumerated() { binding.bind(id, at: Int32(index + 3)) }
        try statement.execute()
        let added = db.changesCount
        counts.edgesAdded += added
        if added < count {
            for index in 0..<count {
                try confirm([
                    pendingMentions[2 * index], Relation.mentions.rawValue, pendingMentions[2 * index + 1], sourceID,
                    runID,
                ])
            }
        }
        pendingMentions.removeAll(keepingCapacity: true)
    }

    private static let batchInsert = insert(mentionBatch)

    /// The statement that inserts `count` edges: the source's and the run's ids are its first two parameters,
    /// then each edge's ends.
    private static func insert(_ count: Int) -> String {
        let rows = (0..<count).map { "(?\(2 * $0 + 3), '\(Relation.mentions.rawValue)', ?\(2 * $0 + 4), ?1, ?2, ?2)" }
        return """
            INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
            VALUES \(rows.joined(separator: ", "))
            """
    }
}
