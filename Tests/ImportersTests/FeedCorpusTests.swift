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
        #expect(Self.feeds.count >= 80)
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

    /// The hostile feeds imported into a directory: what their entities point at (`/etc/passwd`, `/etc/hostname`)
    /// is nowhere in it. (`HostileXMLTests` shows, with a listening socket, that no connection is opened.)
    @Test(arguments: feeds.filter { $0.hasPrefix("hostile-") })
    func aHostileFeedImportsNothingItAsksFor(_ name: String) throws {
        let fixture = try TemporaryStore()
        let path = Self.folder.appendingPathComponent(name).path
        _ = try Importer().run(ImportRequest(files: [path]), store: fixture.store)
        var exported: [UInt8] = []
        try fixture.store.export(.xml) { exported += $0 }
        let text = String(decoding: exported, as: UTF8.self)
        #expect(!text.contains("root:"))
        let hostname =
            (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if hostname.count >= 4 { #expect(!text.contains(hostname)) }
        #expect(exported.count < 100_000)
    }
}
