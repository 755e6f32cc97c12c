public import Directory

/// What importing one file did, or (dry run) what reading it found.
public struct ImportReport: Sendable, Encodable, Equatable {
    public var file: String
    public var source: String
    public var format: String
    public var encoding: String
    /// A CSV list's delimiter.
    public var delimiter: String?
    /// What a feed's items became (`article`, `organization`...).
    public var items: EntityKind?
    /// The `mentions` edges the articles of a feed had: entities they name.
    public var mentions: Int?
    /// Why the source was not read again: it has not changed since its last run (an HTTP 304, or the same
    /// content); nil when it was read.
    public var unchangedBecause: String?
    /// Records read (rejected ones included).
    public var rows = 0
    /// What the run changed; encoded beside the other fields (`added`, `updated`...).
    public var counts = RunCounts()
    public var rejected: [Rejection] = []
    public var warnings: [Diagnostic] = []
    /// Cities the gazetteer does not know, each once, at the first line that names it: they were imported,
    /// keyed by name and country, and other spellings of them will not meet.
    public var unresolved: [UnresolvedCity] = []

    /// A record left out, with its line and why.
    public struct Rejection: Sendable, Codable, Equatable {
        public var file: String
        public var line: Int
        public var reason: String
    }

    /// A city the gazetteer does not know.
    public struct UnresolvedCity: Sendable, Codable, Equatable {
        public var line: Int
        public var name: String
        public var country: String?
    }

    /// The report of a source not read again because it has not changed since its last run.
    public static func unchanged(file: String, source: String, because reason: String) -> ImportReport {
        var report = ImportReport(file: file, source: source, format: "", encoding: "")
        report.unchangedBecause = reason
        return report
    }

    private enum CodingKeys: String, CodingKey {
        case file, source, format, encoding, delimiter, items, mentions, unchangedBecause, rows, rejected, warnings,
            unresolved
    }

    public func encode(to encoder: any Encoder) throws {
        try counts.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(source, forKey: .source)
        try container.encode(format, forKey: .format)
        try container.encode(encoding, forKey: .encoding)
        try container.encodeIfPresent(delimiter, forKey: .delimiter)
        try container.encodeIfPresent(items, forKey: .items)
        try container.encodeIfPresent(mentions, forKey: .mentions)
        try container.encodeIfPresent(unchangedBecause, forKey: .unchangedBecause)
        try container.encode(rows, forKey: .rows)
        try container.encode(rejected, forKey: .rejected)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(unresolved, forKey: .unresolved)
    }
}

/// What one `import` (or `sync`) did across its sources: the sum of their counts, every rejection, each
/// source's report, and the sources that failed (nothing of them was written).
public struct ImportSummary: Sendable, Encodable, Equatable {
    public var counts = RunCounts()
    public var rejected: [ImportReport.Rejection] = []
    public var files: [ImportReport] = []
    public var failed: [Failure] = []

    /// A source that could not be imported, and why.
    public struct Failure: Sendable, Encodable, Equatable {
        public var source: String
        public var location: String?
        public var error: String

        public init(source: String, location: String?, error: String) {
            self.source = source
            self.location = location
            self.error = error
        }
    }

    public init(files: [ImportReport], failed: [Failure] = []) {
        self.files = files
        self.failed = failed
        for report in files {
            counts += report.counts
            rejected += report.rejected
        }
    }

    private enum CodingKeys: String, CodingKey { case rejected, files, failed }

    public func encode(to encoder: any Encoder) throws {
        try counts.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rejected, forKey: .rejected)
        try container.encode(files, forKey: .files)
        try container.encode(failed, forKey: .failed)
    }
}
