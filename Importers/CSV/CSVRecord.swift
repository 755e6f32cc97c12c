/// One record of a CSV file: its cells as decoded, and the line it starts on (1-based, counting the header).
public struct CSVRecord: Sendable, Equatable, Codable {
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }
}
