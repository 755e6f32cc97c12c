import ArgumentParser
import Directory
import Fetching
import Importers

/// How `import` and `sync` fetch sources from web addresses.
struct FetchOptions: ParsableArguments {
    @Option(name: .customLong("max-size"), help: "The largest source to download, in megabytes.")
    var maxSize = 100

    @Option(help: "The longest a download may take, in seconds.")
    var timeout = 60

    func validate() throws {
        if !(1...10_000).contains(maxSize) { throw ValidationError("--max-size must be from 1 to 10000 megabytes") }
        if !(1...3_600).contains(timeout) { throw ValidationError("--timeout must be from 1 to 3600 seconds") }
    }

    var limits: Fetcher.Limits {
        Fetcher.Limits(maxBytes: maxSize << 20, timeout: .seconds(timeout))
    }

    /// Runs `body` with a source importer for `store` with these limits.
    func withImporter<T>(
        _ store: DirectoryStore, _ body: (SourceImporter) async throws -> T
    ) async throws -> T {
        try await SourceImporter.using(store, limits: limits, body)
    }
}
