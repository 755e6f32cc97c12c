public import Foundation

/// A problem libxml2 reported, with where it is.
public struct XMLDiagnostic: Sendable, Equatable, Error, LocalizedError {
    public enum Severity: Sendable, Equatable { case warning, error, fatal }

    public var severity: Severity
    public var line: Int
    public var column: Int
    public var message: String

    public var errorDescription: String? { "line \(line), column \(column): \(message)" }
}
