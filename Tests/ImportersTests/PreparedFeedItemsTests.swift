import Directory
import SanctuaryTestSupport
import Testing

@testable import Importers

@Suite struct PreparedFeedItemsTests {
    private struct Enough: Error {}

    private let mapper = FeedItemMapper(kind: .article, scope: "news")

    private var finder: MentionFinder {
        var finder = MentionFinder(common: CommonWords.all)
        finder.add(Normalizer.normalize("Porto Alegre"), 7)
        finder.add(Normalizer.normalize("Red Jurídica Migrante"), 9)
        finder.finish()
        return finder
    }

    /// Items on lines 3 to `items + 2`; every third names Porto Alegre, every fifth has no title.
    private func feed(items: Int) -> String {
        let body = (0..<items).map { index in
            let title = index % 5 == 4 ? "" : "<title>Item \(index)\(index % 3 == 0 ? " in Porto Alegre" : "")</title>"
            return "<item>\(title)<guid>https://news.example.org/\(index)</guid></item>"
        }
        return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title>\n"
            + body.joined(separator: "\n") + "\n</channel></rss>\n"
    }

    /// 1,000 items are sixteen batches, the last one short.
    @Test func everyItemArrivesInOrderMappedWithItsLineFactsAndMentions() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("news.rss", feed(items: 1_000))
        var items: [PreparedFeedItems.Item] = []
        let header = try PreparedFeedItems.reading(path: path, location: nil, mapper: mapper, finder: finder) {
            items.append($0)
        }
        #expect(header.format == .rss2)
        #expect(header.channel.title == "News")
        #expect(items.map(\.line) == Array(3..<1_003))
        for (index, item) in items.enumerated() {
            switch item.record {
            case .success(let record):
                #expect(index % 5 != 4)
                #expect(record.facts.name.hasPrefix("Item \(index)"))
                #expect(record.key == "item:https://news.example.org/\(index)")
                #expect(item.mentions == (index % 3 == 0 ? [7] : []))
                #expect(item.facts == PreparedFacts(record.facts))
            case .failure(let rejection):
                #expect(index % 5 == 4)
                #expect(rejection.reason == "the item has no title")
                #expect(item.mentions.isEmpty)
                #expect(item.facts == nil)
            }
        }
        #expect(items.count { $0.mentions == [7] } == 267)
    }

    @Test func withoutAFinderNoMentionsAreLookedFor() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("news.rss", feed(items: 10))
        var mentions: [[Int64]] = []
        _ = try PreparedFeedItems.reading(path: path, location: nil, mapper: mapper, finder: nil) {
            mentions.append($0.mentions)
        }
        #expect(mentions == Array(repeating: [], count: 10))
    }

    /// The preparing thread keeps the file open while it reads: once `reading` has returned, it has ended.
    @Test func anImportThatStopsStopsThePreparingThreadAndPassesItsErrorOn() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("news.rss", feed(items: 5_000))
        for _ in 0..<10 {
            var taken = 0
            #expect(throws: Enough.self) {
                _ = try PreparedFeedItems.reading(path: path, location: nil, mapper: mapper, finder: finder) { _ in
                    taken += 1
                    if taken == 100 {
                        #expect(OpenFiles.count(of: path) == 1)
                        throw Enough()
                    }
                }
            }
            #expect(taken == 100)
            #expect(OpenFiles.count(of: path) == 0)
        }
    }

    @Test func aFileThatIsNotAFeedIsTheReadersError() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("page.xml", "<html><body>hello</body></html>")
        var taken = 0
        #expect(throws: FeedError.notAFeed(file: path, root: "html")) {
            _ = try PreparedFeedItems.reading(path: path, location: nil, mapper: mapper, finder: nil) { _ in
                taken += 1
            }
        }
        #expect(taken == 0)
    }
}
