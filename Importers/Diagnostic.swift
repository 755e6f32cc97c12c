/// A problem met while reading, with the line it is on when there is one.
public struct Diagnostic: Sendable, Equatable, Codable {
    public var line: Int?
    public var message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }
}
