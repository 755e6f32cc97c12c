public import Directory
import Foundation

/// The import entry point: tells what each file is (a feed, directory XML or an OPML list by its content,
/// else a CSV list) and runs one source run per file.
public struct Importer: Sendable {
    public init() {}

    /// Imports every file of `request`, each in its own transaction.
    ///
    /// - Parameter progress: called with the file and the records read so far.
    /// - Throws: the first file's error that stops its run (a strict rejection, an unreadable file); files
    ///   before it stay imported.
    public func run(
        _ request: ImportRequest,
        store: DirectoryStore,
        progress: (String, Int) -> Void = { _, _ in }
    ) throws -> ImportSummary {
        var reports: [ImportReport] = []
        for path in request.files {
            let source = try source(
                for: path, name: request.sourceName ?? URL(fileURLWithPath: path).lastPathComponent,
                location: URL(fileURLWithPath: path).standardizedFileURL.path, request)
            reports.append(
                try importFile(path, as: source, request, store: store, progress: { progress(path, $0) }))
        }
        return ImportSummary(files: reports)
    }

    /// What the file at `path` is to be imported as: its format from its content, and the request's mode
    /// and items, else the format's own (snapshot for lists and documents, append for feeds, whose items
    /// are articles unless said otherwise).
    ///
    /// - Throws: ``ImportError/opmlList(file:)`` for an OPML list, which registers sources rather than
    ///   being one.
    public func source(
        for path: String, name: String, location: String, _ request: ImportRequest
    ) throws -> SourceDescriptor {
        guard DocumentSniffer.isXML(path: path) else {
            return SourceDescriptor(name: name, location: location, format: "csv", mode: request.mode ?? .snapshot)
        }
        switch DocumentSniffer.kind(path: path) {
        case .directory:
            return SourceDescriptor(
                name: name, location: location, format: "directory", mode: request.mode ?? .snapshot)
        case .opml:
            throw ImportError.opmlList(file: path)
        case .feed(let format):
            return SourceDescriptor(
                name: name, location: location, format: format.rawValue, mode: request.mode ?? .append,
                items: request.items ?? .article)
        case .other, nil:
            // The feed reader says what the document is, or where even recover mode gave up on it.
            return SourceDescriptor(
                name: name, location: location, format: "xml", mode: request.mode ?? .append,
                items: request.items ?? .article)
        }
    }

    /// Imports the file at `path` as `source`, in one transaction.
    ///
    /// - Parameter base: where the file was fetched from, the base of a feed's relative links; nil for a file
    ///   read where it is.
    public func importFile(
        _ path: String, as source: SourceDescriptor, _ request: ImportRequest, base: String? = nil,
        store: DirectoryStore, progress: (Int) -> Void = { _ in }
    ) throws -> ImportReport {
        switch source.format {
        case "csv":
            return try CSVImporter().run(
                path: path, kind: request.kind, source: source, strict: request.strict, store: store,
                progress: progress)
        case "directory":
            return try DirectoryXMLImporter().run(
                path: path, source: source, strict: request.strict, store: store, progress: progress)
        default:
            return try FeedImporter().run(
                path: path, location: base, items: source.items ?? .article, source: source,
                strict: request.strict, store: store, progress: progress)
        }
    }

    /// Reads every CSV list of `request` and says what was read, writing nothing.
    public func preview(_ request: ImportRequest) throws -> [CSVPreview] {
        try request.files.map { path in
            try CSVImporter().preview(path: path, kind: request.kind)
        }
    }
}
