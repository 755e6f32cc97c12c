import Directory

/// What importing one file did, or (dry run) what reading it found.
public struct ImportReport: Sendable, Codable, Equatable {
    public var file: String
    public var source: String
    public var format: String
    public var encoding: String
    public var delimiter: String
    /// Records read (rejected ones included).
    public var rows = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var retracted = 0
    /// Entities that left the directory because no source asserts them any more.
    public var removed = 0
    public var edgesAdded = 0
    public var edgesRetracted = 0
    public var rejected: [Rejection] = []
    public var warnings: [Diagnostic] = []

    /// A record left out, with its line and why.
    public struct Rejection: Sendable, Codable, Equatable {
        public var file: String
        public var line: Int
        public var reason: String
    }

    mutating func record(_ counts: RunCounts) {
        added = counts.added
        updated = counts.updated
        unchanged = counts.unchanged
        retracted = counts.retracted
        removed = counts.removed
        edgesAdded = counts.edgesAdded
        edgesRetracted = counts.edgesRetracted
    }
}

/// What one `import` did across its files.
public struct ImportSummary: Sendable, Codable, Equatable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var retracted = 0
    public var removed = 0
    public var rejected: [ImportReport.Rejection] = []
    public var files: [ImportReport] = []

    public init(files: [ImportReport]) {
        self.files = files
        for report in files {
            added += report.added
            updated += report.updated
            unchanged += report.unchanged
            retracted += report.retracted
            removed += report.removed
            rejected += report.rejected
        }
    }
}
