public import Foundation

/// A CSV problem that ends reading.
public enum CSVError: Error, Equatable, LocalizedError {
    /// A quoted field opened at `line` never closed: everything after it was swallowed into that field.
    case unterminatedQuote(line: Int)

    public var errorDescription: String? {
        switch self {
        case .unterminatedQuote(let line): "the quoted field opened on line \(line) is never closed"
        }
    }
}
