public import Foundation

/// Why a file could not be read as a feed.
public enum FeedError: Error, Equatable, LocalizedError {
    /// The document's root is not `rss`, `rdf:RDF` or an Atom `feed`.
    case notAFeed(file: String, root: String)
    /// Not even libxml2's recover mode made a document of it.
    case unreadable(file: String, line: Int, column: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .notAFeed(let file, let root):
            "\(file): the document is a <\(root)>, not a feed (RSS, RSS 1.0 or Atom)"
        case .unreadable(let file, let line, let column, let reason):
            "\(file):\(line):\(column): \(reason)"
        }
    }
}
