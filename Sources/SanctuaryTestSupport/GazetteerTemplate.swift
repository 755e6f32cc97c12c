public import Directory
import Foundation

/// A directory database that holds the bundled gazetteer and nothing else, made once per test run: a copy of
/// it is a new directory with the gazetteer ready, without loading it again for every test.
public enum GazetteerTemplate {
    /// The bundled gazetteer file.
    public static var file: String { Fixtures.data("gazetteer/cities15000.tsv.gz").path }

    /// Writes a copy of the template database to `path`.
    public static func copy(to path: String) throws {
        try FileManager.default.copyItem(atPath: try made.get(), toPath: path)
    }

    /// A new directory at `path` with the gazetteer loaded.
    public static func store(at path: String) throws -> DirectoryStore {
        try copy(to: path)
        return try DirectoryStore(path: path)
    }

    private static let made: Result<String, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sanctuary-gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { GazetteerTemplate.removeFolder() }
        let path = folder.appendingPathComponent("template.sqlite").path
        let store = try DirectoryStore(path: path)
        try store.installGazetteer(path: file)
        try store.checkpoint()
        return path
    }

    private static func removeFolder() {
        guard case .success(let path) = made else { return }
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }
}
