public import Directory
import Foundation

/// The import entry point: picks the reader for each file and runs one source run per file.
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
            try checkFormat(path)
            let source = SourceDescriptor(
                name: request.sourceName ?? URL(fileURLWithPath: path).lastPathComponent,
                location: URL(fileURLWithPath: path).standardizedFileURL.path,
                format: "csv",
                mode: request.mode
            )
            reports.append(
                try CSVImporter().run(
                    path: path, kind: request.kind, source: source, strict: request.strict, store: store,
                    progress: { progress(path, $0) }
                )
            )
        }
        return ImportSummary(files: reports)
    }

    /// Reads every file of `request` and says what was read, writing nothing.
    public func preview(_ request: ImportRequest) throws -> [CSVPreview] {
        try request.files.map { path in
            try checkFormat(path)
            return try CSVImporter().preview(path: path, kind: request.kind)
        }
    }

    /// Refuses XML early with a clear message rather than importing markup as rows.
    private func checkFormat(_ path: String) throws {
        let lowered = path.lowercased()
        if [".xml", ".rss", ".atom", ".opml", ".rdf"].contains(where: lowered.hasSuffix) {
            throw ImportError.unsupportedFormat(file: path)
        }
    }
}
