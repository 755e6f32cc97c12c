public import Foundation

/// Why a file could not be read as directory XML.
public enum DirectoryXMLError: Error, Equatable, LocalizedError {
    /// The document's root is not the directory namespace's `directory`.
    case notADirectory(file: String, root: String)
    /// Not even libxml2's recover mode made a document of it.
    case unreadable(file: String, line: Int, column: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .notADirectory(let file, let root):
            "\(file): the document is a <\(root)>, not a <directory> of urn:sanctuary:directory:1"
        case .unreadable(let file, let line, let column, let reason):
            "\(file):\(line):\(column): \(reason)"
        }
    }
}
