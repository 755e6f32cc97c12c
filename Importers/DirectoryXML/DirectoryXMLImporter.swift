public import Directory

/// Imports a directory XML document (`docs/DIRECTORY-XML.md`) as one source, in one transaction: each
/// entity under its own key, and each relation between the entities the document's ids name.
///
/// The document is the source of what it says; its `source` elements tell where its writer had each fact
/// from and are not imported as sources of their own, since this directory cannot check them.
public struct DirectoryXMLImporter: Sendable {
    public init() {}

    /// - Throws: ``DirectoryXMLError`` (nothing is written); ``ImportError/rejected(file:line:reason:)`` in
    ///   strict mode.
    public func run(
        path: String,
        source: SourceDescriptor,
        strict: Bool,
        store: DirectoryStore,
        progress: (Int) -> Void = { _ in }
    ) throws -> ImportReport {
        var builder = ReportBuilder(path: path, source: source, strict: strict)
        var header: DirectoryXMLReader.Header?
        let counts = try store.importRun(source: source) { run in
            let linker = RecordLinker(run: run)
            // The document's ids of the entities imported so far; a relation may only name those.
            var ids: [String: Int64] = [:]
            header = try DirectoryXMLReader.read(
                path: path,
                entity: { element in
                    builder.count(progress)
                    let entity = try builder.record(DirectoryElementMapper.record(element), line: element.line, linker)
                    if let id = element.id, let entity { ids[id] = entity }
                },
                relation: { element in
                    builder.count(progress)
                    guard let text = element.type, let relation = Relation(rawValue: text) else {
                        let types = Relation.allCases.map(\.rawValue).joined(separator: ", ")
                        let reason = "relation type '\(element.type ?? "")' is not one of \(types)"
                        return try builder.reject(line: element.line, reason: reason)
                    }
                    guard let from = element.from.flatMap({ ids[$0] }) else {
                        let reason = "relation from '\(element.from ?? "")' names no entity before it"
                        return try builder.reject(line: element.line, reason: reason)
                    }
                    guard let to = element.to.flatMap({ ids[$0] }) else {
                        let reason = "relation to '\(element.to ?? "")' names no entity before it"
                        return try builder.reject(line: element.line, reason: reason)
                    }
                    try run.link(from, relation, to)
                })
        }
        progress(builder.report.rows)
        return builder.finished(counts, encoding: header?.encoding, warnings: header?.warnings ?? [])
    }
}
