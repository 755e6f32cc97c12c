import ArgumentParser
import Importers

/// Parsing alone, for the feed benchmark: reads a feed as `sanctuary import` does (every field, HTML made
/// plain text, dates parsed) and keeps nothing but counts, so that its time and memory are the reader's.
@main
struct FeedRead: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanctuary-feedread",
        abstract: "Read a feed with the importer's reader, keep nothing, and print how many items it holds."
    )

    @Argument(help: "The feed to read.")
    var feed: String

    func run() throws {
        var items = 0
        var characters = 0
        let header = try FeedReader.read(path: feed) { item in
            items += 1
            characters +=
                (item.title?.utf8.count ?? 0) + (item.summary?.utf8.count ?? 0)
                + (item.content?.utf8.count ?? 0)
        }
        print("{\"items\": \(items), \"text_bytes\": \(characters), \"warnings\": \(header.warnings.count)}")
    }
}
