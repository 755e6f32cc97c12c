public import Directory
import Foundation

/// The import entry point: picks the reader for each file (a feed by its content, else a CSV list) and runs
/// one source run per file.
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
            let name = request.sourceName ?? URL(fileURLWithPath: path).lastPathComponent
            let location = URL(fileURLWithPath: path).standardizedFileURL.path
            if DocumentSniffer.isXML(path: path) {
                reports.append(try importXML(path, name: name, location: location, request, store, progress))
                continue
            }
            let source = SourceDescriptor(
                name: name, location: location, format: "csv", mode: request.mode ?? .snapshot)
            reports.append(
                try CSVImporter().run(
                    path: path, kind: request.kind, source: source, strict: request.strict, store: store,
                    progress: { progress(path, $0) }
                )
            )
        }
        return ImportSummary(files: reports)
    }

    private func importXML(
        _ path: String, name: String, location: String, _ request: ImportRequest, _ store: DirectoryStore,
        _ progress: (String, Int) -> Void
    ) throws -> ImportReport {
        switch DocumentSniffer.kind(path: path) {
        case .directory:
            let source = SourceDescriptor(
                name: name, location: location, format: "directory", mode: request.mode ?? .snapshot)
            return try DirectoryXMLImporter().run(
                path: path, source: source, strict: request.strict, store: store, progress: { progress(path, $0) })
        case .feed(let format):
            return try importFeed(
                path, format: format.rawValue, name: name, location: location, request, store, progress)
        case .opml, .other, nil:
            // The feed reader names what the document is, or where even recover mode gave up on it.
            return try importFeed(path, format: "xml", name: name, location: location, request, store, progress)
        }
    }

    private func importFeed(
        _ path: String, format: String, name: String, location: String, _ request: ImportRequest,
        _ store: DirectoryStore, _ progress: (String, Int) -> Void
    ) throws -> ImportReport {
        let source = SourceDescriptor(name: name, location: location, format: format, mode: request.mode ?? .append)
        return try FeedImporter().run(
            path: path, items: request.items ?? .article, source: source, strict: request.strict, store: store,
            progress: { progress(path, $0) })
    }

    /// Reads every CSV list of `request` and says what was read, writing nothing.
    public func preview(_ request: ImportRequest) throws -> [CSVPreview] {
        try request.files.map { path in
            try CSVImporter().preview(path: path, kind: request.kind)
        }
    }
}
