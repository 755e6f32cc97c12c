import ArgumentParser
import Foundation
import SyntheticData

@main
struct DataGenerator: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanctuary-datagen",
        abstract: "Write a synthetic partner network of any size, the same for the same seed.",
        discussion: """
            Writes organizations.csv (ROWS rows, about 200 bytes each), cities.csv, campaigns.csv, news.rss, \
            news.atom and summary.json (what was planted: bad rows, duplicates) into the output folder. The \
            news items mention the cities, campaigns and networks of the lists, two in each.
            """
    )

    @Option(help: "Organization rows to write.")
    var rows = 10_000

    @Option(help: "The seed: the same seed writes the same files.")
    var seed: UInt64 = 1

    @Option(help: "Items in each feed.")
    var feedItems = 1_000

    @Option(help: "The folder to write into (created if missing).")
    var out: String

    func run() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: out)
        var network = NetworkGenerator(seed: seed, organizations: rows)
        let summary = try network.writeOrganizations(rows, to: folder.appendingPathComponent("organizations.csv").path)
        try network.writeCities(to: folder.appendingPathComponent("cities.csv").path)
        try network.writeCampaigns(to: folder.appendingPathComponent("campaigns.csv").path)
        var feeds = FeedGenerator(seed: seed, mentioning: network.mentionable)
        try feeds.writeRSS(items: feedItems, to: folder.appendingPathComponent("news.rss").path)
        try feeds.writeAtom(entries: feedItems, to: folder.appendingPathComponent("news.atom").path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(summary).write(to: folder.appendingPathComponent("summary.json"))
        print(String(decoding: try encoder.encode(summary), as: UTF8.self))
    }
}
