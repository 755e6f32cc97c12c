import Directory
import Foundation
import Importers
import SanctuaryTestSupport
import Testing

/// Each feed of `Tests/Corpus/feeds` read as `sanctuary import FEED --dry-run --json` shows it, against the
/// JSON beside it, written once and checked by hand: every format and namespace, dates, encodings,
/// entities, recover mode, and hostile documents that must import nothing they ask for.
@Suite struct FeedCorpusTests {
    static let folder = Fixtures.root.appendingPathComponent("Tests/Corpus/feeds")

    static let feeds: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.feeds.count >= 17)
    }

    @Test(arguments: feeds)
    func aFeedReadsAsItsJSONSays(_ name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let expected = try Data(contentsOf: URL(fileURLWithPath: String(path.dropLast(4)) + ".json"))
        let read = try DirectoryJSON.encoder(pretty: false).encode(try FeedReader.feed(path: path))
        let actual = try JSONSerialization.jsonObject(with: read) as? NSDictionary
        let wanted = try JSONSerialization.jsonObject(with: expected) as? NSDictionary
        #expect(actual == wanted, "\(String(decoding: read, as: UTF8.self))")
    }
}
