import ArgumentParser
import Directory
import Fetching
import Importers

struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Import every registered source again from where it came from.",
        discussion: """
            Every source with a location (a file or a web address: the lists and feeds imported so far, and the \
            feeds OPML lists registered) is imported again as it was last imported: its mode and what its \
            records are. A web address is fetched with the validators of its last run, so an unchanged feed \
            costs a 304; a source whose content has the same SHA-256 as at its last run is not read again.

            A source that fails is reported, and noted for `sanctuary sources`, and the others go on. Exit \
            status: 0 all synced; 1 a source failed; 2 rows were rejected.
            """
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var fetching: FetchOptions

    func run() async throws {
        let store = try options.openStore()
        let outcomes = try await fetching.withImporter(store) { importer in
            try await importer.sync { location, rows in Terminal.progress("syncing \(location): \(rows) records") }
        }
        Terminal.clearProgress()
        if outcomes.isEmpty && !options.json {
            Terminal.error("no registered sources: import a file, an address or an OPML list first")
        }
        try ImportText.report(ImportSummary(outcomes), json: options.json)
    }
}
