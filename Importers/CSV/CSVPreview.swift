/// What a dry run read from a CSV file, cell by cell exactly as decoded, so a partner can see why a file
/// imports the way it does.
public struct CSVPreview: Sendable, Codable, Equatable {
    public var file: String
    public var encoding: String
    public var delimiter: String
    public var columns: [String]
    /// What each header was understood as (`name`, `city`, `member_of`...), or null when it is kept as an extra
    /// attribute.
    public var understood: [String?]
    public var rows: [CSVRecord]
    public var rejected: [Rejection]
    public var warnings: [Diagnostic]

    public struct Rejection: Sendable, Codable, Equatable {
        public var line: Int
        public var reason: String
    }
}
