public import Directory
import Foundation
public import Importers

/// Imports sources wherever they are: files, web addresses (through a ``Fetcher``), and the feeds an OPML
/// list names, which are registered as sources first so that `sync` can import them again.
public final class SourceImporter {
    private let store: DirectoryStore
    private let fetcher: Fetcher
    private let scratch: URL

    public init(store: DirectoryStore, limits: Fetcher.Limits = Fetcher.Limits()) {
        self.store = store
        fetcher = Fetcher(limits: limits)
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sanctuary-fetch-\(UUID().uuidString)")
    }

    /// Runs `body` with an importer for `store`, closed afterwards whatever happens.
    public static func using<T>(
        _ store: DirectoryStore, limits: Fetcher.Limits = Fetcher.Limits(), _ body: (SourceImporter) async throws -> T
    ) async throws -> T {
        let importer = SourceImporter(store: store, limits: limits)
        do {
            let result = try await body(importer)
            try await importer.close()
            return result
        } catch {
            try? await importer.close()
            throw error
        }
    }

    /// Must be called once done: stops the HTTP client and removes the downloads.
    public func close() async throws {
        try? FileManager.default.removeItem(at: scratch)
        try await fetcher.shutdown()
    }

    /// Whether `location` is a web address rather than a file.
    public static func isRemote(_ location: String) -> Bool {
        let lowered = location.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// Imports one argument of `sanctuary import`: a file or a web address, each one source; or an OPML list,
    /// whose feeds are registered and imported one by one (a feed that fails does not stop the others).
    ///
    /// - Throws: what stops a single source (an unreadable file, a strict rejection, a failed fetch); nothing
    ///   of that source was written.
    public func importArgument(
        _ argument: String, _ request: ImportRequest, progress: @escaping (String, Int) -> Void = { _, _ in }
    ) async throws -> [SourceOutcome] {
        let remote = Self.isRemote(argument)
        let name = request.sourceName ?? (remote ? argument : URL(fileURLWithPath: argument).lastPathComponent)
        let location = remote ? argument : URL(fileURLWithPath: argument).standardizedFileURL.path
        let file: Obtained
        switch try await obtain(location, since: try previous(name), skipUnchanged: false) {
        case .unchanged(let reason): return [unchanged(name, location, reason)]
        case .changed(let obtained): file = obtained
        }
        defer { file.discard() }
        let display = remote ? location : argument
        if DocumentSniffer.isXML(path: file.path), DocumentSniffer.kind(path: file.path) == .opml {
            return try await importList(file, display: display, request, progress: progress)
        }
        let report = try importFile(
            file, name: name, location: location, display: display, request, progress: progress)
        return [SourceOutcome(source: name, location: location, report: report)]
    }

    /// Imports every registered source again from its location, as it was imported last (its mode and what
    /// its records are). A web address is fetched with the validators of its last run; a source whose
    /// content has not changed is not read again. A source that fails is recorded as failed and the others
    /// go on.
    public func sync(progress: @escaping (String, Int) -> Void = { _, _ in }) async throws -> [SourceOutcome] {
        var outcomes: [SourceOutcome] = []
        for source in try store.registeredSources() {
            guard let location = source.location else { continue }
            let request = ImportRequest(
                files: [location], kind: source.format == "csv" ? source.items : nil, sourceName: source.name,
                mode: source.mode, items: source.format == "csv" ? nil : source.items)
            outcomes.append(
                await attempt(source.name, location) {
                    let file: Obtained
                    switch try await self.obtain(location, since: source.validators, skipUnchanged: true) {
                    case .unchanged(let reason): return self.unchanged(source.name, location, reason)
                    case .changed(let obtained): file = obtained
                    }
                    defer { file.discard() }
                    let report = try self.importFile(
                        file, name: source.name, location: location, display: location, request, progress: progress)
                    return SourceOutcome(source: source.name, location: location, report: report)
                })
        }
        return outcomes
    }

    /// The registered feeds of the list at `path`: each outline's address, resolved against the list's own,
    /// with what its `items` attribute says its items are.
    private func importList(
        _ list: Obtained, display: String, _ request: ImportRequest, progress: @escaping (String, Int) -> Void
    ) async throws -> [SourceOutcome] {
        let outlines: [OPMLReader.Outline]
        do {
            outlines = try OPMLReader.outlines(path: list.path).outlines
        } catch {
            throw Relabel.error(error, as: display)
        }
        var outcomes: [SourceOutcome] = []
        for outline in outlines {
            let location = Self.resolve(outline.url, against: list.base)
            let name = Self.isRemote(location) ? location : URL(fileURLWithPath: location).lastPathComponent
            var items = request.items
            if let text = outline.items {
                guard let kind = EntityKind(loosely: text), FeedImporter.itemKinds.contains(kind) else {
                    let message =
                        "\(display):\(outline.line): items '\(text)' is not one of article, organization, event, campaign"
                    outcomes.append(SourceOutcome(source: name, location: location, error: message))
                    continue
                }
                items = kind
            }
            try store.register(
                SourceDescriptor(
                    name: name, location: location, format: "feed", mode: request.mode ?? .append, items: items))
            var feedRequest = request
            (feedRequest.items, feedRequest.sourceName) = (items, name)
            outcomes.append(
                await attempt(name, location) {
                    let file: Obtained
                    switch try await self.obtain(location, since: try self.previous(name), skipUnchanged: false) {
                    case .unchanged(let reason): return self.unchanged(name, location, reason)
                    case .changed(let obtained): file = obtained
                    }
                    defer { file.discard() }
                    let report = try self.importFile(
                        file, name: name, location: location, display: location, feedRequest, progress: progress)
                    return SourceOutcome(source: name, location: location, report: report)
                })
        }
        return outcomes
    }

    /// A file to import: the downloaded body of a web address, or a file where it is.
    private struct Obtained {
        var path: String
        /// The base of its relative links: the address after redirects, or the file's own URL.
        var base: String
        var validators: SourceDescriptor.Validators
        var downloaded: Bool

        func discard() {
            if downloaded { try? FileManager.default.removeItem(atPath: path) }
        }
    }

    /// What the last run of the source named `name` recorded, to tell whether it changed since.
    private func previous(_ name: String) throws -> SourceDescriptor.Validators {
        try store.registeredSource(named: name)?.validators ?? .init()
    }

    private enum Obtaining {
        case changed(Obtained)
        /// Not read again, and why.
        case unchanged(String)
    }

    private static let notModified = "not modified since the last run (HTTP 304)"
    private static let sameContent = "the same content as at the last run"

    /// The source's content, or why it is not read again: a 304, or (with `skipUnchanged`) the same SHA-256
    /// as at its last run.
    private func obtain(
        _ location: String, since previous: SourceDescriptor.Validators, skipUnchanged: Bool
    ) async throws -> Obtaining {
        if Self.isRemote(location) {
            // Made at the first download, not before: an import of files that is killed leaves nothing behind.
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            switch try await fetcher.fetch(location, validators: previous, into: scratch) {
            case .notModified:
                return .unchanged(Self.notModified)
            case .fetched(let download):
                let file = Obtained(
                    path: download.path, base: download.url, validators: download.validators, downloaded: true)
                if skipUnchanged && previous.contentHash != nil
                    && previous.contentHash == download.validators.contentHash
                {
                    file.discard()
                    return .unchanged(Self.sameContent)
                }
                return .changed(file)
            }
        }
        guard FileManager.default.isReadableFile(atPath: location) else {
            throw ImportError.cannotRead(path: location, reason: "no such file, or it cannot be read")
        }
        let hash = try ContentHash.of(path: location)
        if skipUnchanged && previous.contentHash == hash { return .unchanged(Self.sameContent) }
        return .changed(
            Obtained(
                path: location, base: URL(fileURLWithPath: location).absoluteString,
                validators: .init(contentHash: hash), downloaded: false))
    }

    /// Imports `file` as the source `name`, its report and errors naming `display`.
    private func importFile(
        _ file: Obtained, name: String, location: String, display: String, _ request: ImportRequest,
        progress: @escaping (String, Int) -> Void
    ) throws -> ImportReport {
        do {
            let importer = Importer()
            var source = try importer.source(for: file.path, name: name, location: location, request)
            source.validators = file.validators
            if source.format == "csv" { source.items = request.kind }
            let report = try importer.importFile(
                file.path, as: source, request, base: file.downloaded ? file.base : nil, store: store,
                progress: { progress(display, $0) })
            return Relabel.report(report, as: display)
        } catch {
            throw Relabel.error(error, as: display)
        }
    }

    private func unchanged(_ name: String, _ location: String, _ reason: String) -> SourceOutcome {
        SourceOutcome(
            source: name, location: location,
            report: .unchanged(file: location, source: name, because: reason))
    }

    /// Runs one source's import, recording its failure instead of throwing.
    private func attempt(
        _ name: String, _ location: String, _ body: () async throws -> SourceOutcome
    ) async -> SourceOutcome {
        do {
            return try await body()
        } catch {
            let message = (error as? any LocalizedError)?.errorDescription ?? "\(error)"
            try? store.recordFailure(of: name, message)
            return SourceOutcome(source: name, location: location, error: message)
        }
    }

    /// `reference` (an outline's address) against the list's address or file URL: an address stays one, a
    /// file stays a path.
    static func resolve(_ reference: String, against base: String) -> String {
        guard let resolved = URL(string: reference, relativeTo: URL(string: base))?.absoluteURL else {
            return reference
        }
        return resolved.isFileURL ? resolved.path : resolved.absoluteString
    }
}
