import Foundation
import SanctuaryTestSupport
import Testing

/// `sanctuary import FEED --dry-run` shows what a feed holds, and writes nothing; without it the feed is imported.
@Suite struct FeedDryRunTests {
    let cli: CLI

    init() throws { cli = try CLI(gazetteer: false) }

    @Test func aFeedIsShownAsTheImporterReadsIt() throws {
        let feed = try cli.folder.write(
            "news.xml",
            """
            <?xml version="1.0"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Noticias</title>
              <link href="https://red.example.org/"/>
              <entry>
                <title type="html">Asamblea &lt;b&gt;abierta&lt;/b&gt;</title>
                <id>tag:red.example.org,2024:1</id>
                <link href="https://red.example.org/1"/>
                <updated>2024-09-07T18:30:00-07:00</updated>
                <category term="migración"/>
              </entry>
            </feed>
            """)
        let (result, shown) = try cli.json("import", feed, "--dry-run")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(shown["format"] as? String == "atom")
        #expect(shown["encoding"] as? String == "UTF-8")
        #expect((shown["feed"] as? [String: Any])?["title"] as? String == "Noticias")
        let items = try #require(shown["items"] as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items[0]["title"] as? String == "Asamblea abierta")
        #expect(items[0]["updated"] as? String == "2024-09-08T01:30:00Z")
        #expect(items[0]["published"] == nil)
        #expect((items[0]["categories"] as? [[String: Any]])?.first?["term"] as? String == "migración")
        #expect((shown["warnings"] as? [Any])?.isEmpty == true)
        #expect(!FileManager.default.fileExists(atPath: cli.database))

    }

    @Test func aFeedIsImportedAsWhatItsItemsAre() throws {
        let feed = try cli.folder.write(
            "calendar.xml",
            """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Calendario</title>
              <entry><title>Asamblea abierta</title><id>tag:red.example.org,2024:1</id>
                <category term="migración"/></entry>
            </feed>
            """)
        let (result, report) = try cli.json("import", feed, "--items", "event")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(report["added"] as? Int == 2)
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        #expect(file["items"] as? String == "event")
        #expect(file["format"] as? String == "atom")
        let (shown, details) = try cli.json("show", "item:tag:red.example.org,2024:1")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(details["kind"] as? String == "event")
        #expect((details["neighbors"] as? [[String: Any]])?.count == 1)

        let refused = try cli.run("import", feed, "--items", "city")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("'city' is not what a feed's items can be"))
    }
}
