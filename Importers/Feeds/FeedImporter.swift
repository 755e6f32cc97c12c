public import Directory

/// Imports a feed: each item becomes an entity of the kind the source says its items are, in one transaction.
/// An article also gets a `mentions` edge to each city, organization, campaign and event it names
/// (``MentionFinder``).
public struct FeedImporter: Sendable {
    /// What a feed's items may be.
    public static let itemKinds: [EntityKind] = [.article, .organization, .event, .campaign]

    public init() {}

    /// Imports the feed in the file at `path` as the source `source`.
    ///
    /// - Parameters:
    ///   - location: where the feed came from (its URL), the base of its relative links.
    ///   - items: `article`, `organization`, `event` or `campaign`.
    ///   - strict: a rejected item aborts the run and nothing is written.
    ///   - progress: called every few thousand items with the number read so far.
    /// - Throws: ``FeedError`` when the file is not a feed or cannot be read even in recover mode, in which case
    ///   nothing is written; ``ImportError/rejected(file:line:reason:)`` in strict mode.
    public func run(
        path: String,
        location: String? = nil,
        items: EntityKind,
        source: SourceDescriptor,
        strict: Bool,
        store: DirectoryStore,
        progress: (Int) -> Void = { _ in }
    ) throws -> ImportReport {
        var builder = ReportBuilder(path: path, source: source, strict: strict)
        builder.report.items = items
        let mapper = FeedItemMapper(kind: items, scope: source.name)
        var mentions = 0
        var header: FeedReader.Header?
        let counts = try store.importRun(source: source) { run in
            let linker = RecordLinker(run: run)
            let finder = items == .article ? try MentionFinder.load(run) : nil
            header = try PreparedFeedItems.reading(path: path, location: location, mapper: mapper, finder: finder) {
                item in
                builder.count(progress)
                guard let id = try builder.record(item.record, line: item.line, linker, prepared: item.facts) else {
                    return
                }
                for target in item.mentions {
                    try run.linkMention(id, target)
                    mentions += 1
                }
            }
        }
        progress(builder.report.rows)
        var report = builder.finished(counts, encoding: header?.encoding, warnings: header?.warnings ?? [])
        if let format = header?.format { report.format = format.rawValue }
        if items == .article { report.mentions = mentions }
        return report
    }
}
