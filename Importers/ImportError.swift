public import Foundation

/// Why an import stopped, naming the file and line where it can.
public enum ImportError: Error, Equatable, LocalizedError {
    case cannotRead(path: String, reason: String)
    /// A record was rejected and the run is strict, so nothing was written.
    case rejected(file: String, line: Int, reason: String)
    case unknownKind(file: String)
    /// An OPML list registers the feeds it names; it is not a source itself.
    case opmlList(file: String)

    public var errorDescription: String? {
        switch self {
        case .cannotRead(let path, let reason): "\(path): cannot read: \(reason)"
        case .rejected(let file, let line, let reason): "\(file):\(line): \(reason) (strict: nothing was imported)"
        case .unknownKind(let file):
            "\(file): cannot tell what the rows are: add a 'kind' column or pass --kind city|organization|campaign|event"
        case .opmlList(let file):
            "\(file): an OPML list names feeds to register: `sanctuary import` registers and imports them"
        }
    }
}
