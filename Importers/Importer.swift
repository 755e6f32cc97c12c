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
            if FeedSniffer.isXML(path: path) {
                let format = FeedSniffer.format(path: path)
                let source = SourceDescriptor(
                    name: name, location: location, format: format?.rawValue ?? "xml", mode: request.mode ?? .append)
                reports.append(
                    try FeedImporter().run(
                        path: path, items: request.items ?? .article, source: source, strict: request.strict,
                        store: store, progress: { progress(path, $0) }))
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

    /// Reads every CSV list of `request` and says what was read, writing nothing.
    public func preview(_ request: ImportRequest) throws -> [CSVPreview] {
        try request.files.map { path in
            try CSVImporter().preview(path: path, kind: request.kind)
        }
    }
}
