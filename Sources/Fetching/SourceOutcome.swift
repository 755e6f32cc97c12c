public import Importers

/// What importing one source did: its report, or why it failed (nothing of it was written).
public struct SourceOutcome: Sendable, Equatable {
    public var source: String
    public var location: String?
    public var report: ImportReport?
    public var error: String?
}

extension ImportSummary {
    /// The summary of these sources' outcomes.
    public init(_ outcomes: [SourceOutcome]) {
        self.init(
            files: outcomes.compactMap(\.report),
            failed: outcomes.compactMap { outcome in
                outcome.error.map {
                    ImportSummary.Failure(source: outcome.source, location: outcome.location, error: $0)
                }
            })
    }
}
