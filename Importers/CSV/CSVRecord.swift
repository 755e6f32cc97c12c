/// One record of a CSV file: its cells as decoded, and the line it starts on (1-based, counting the header).
public struct CSVRecord: Sendable, Equatable, Codable {
    public var line: Int
    public var cells: [String]
    /// Why the record cannot be used as read (a cell too long, or holding a control character), if it cannot.
    public var problem: String?

    public init(line: Int, cells: [String], problem: String? = nil) {
        self.line = line
        self.cells = cells
        self.problem = problem
    }
}
