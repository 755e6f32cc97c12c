import Directory
import Importers
import SanctuaryTestSupport
import Testing

@Suite struct FeedImportTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }
    var folder: TemporaryDirectory { fixture.folder }

    init() throws { fixture = try TemporaryStore() }

    private func run(_ path: String, items: EntityKind? = nil, strict: Bool = false) throws -> ImportReport {
        try Importer().run(ImportRequest(files: [path], items: items, strict: strict), store: store).files[0]
    }

    private func neighbors(_ reference: String) throws -> [String] {
        try store.details(of: store.entity(reference: reference)).neighbors
            .map { "\($0.relation.rawValue) \($0.entity.kind.rawValue) \($0.entity.name)" }.sorted()
    }

    private func rss(_ items: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Partner news</title><link>https://news.example.org/</link>
        \(items)
        </channel></rss>
        """
    }

    private func directory() throws {
        let path = try folder.write(
            "organizations.csv",
            """
            name,aliases,city,country,website
            Red Jurídica Migrante,RJM,Ciudad de México,MX,rjm.example.org
            Casa Refugio,,Ciudad de México,MX,casa.example.org
            Solidarity,,Madrid,ES,solidarity.example.org
            """)
        _ = try run(path)
    }

    @Test func articlesMentionTheEntitiesTheyName() throws {
        try directory()
        let path = try folder.write(
            "news.rss",
            rss(
                """
                <item><title>A meeting in CIUDAD DE MEXICO</title><guid>https://news.example.org/1</guid>
                <pubDate>Fri, 02 Nov 2018 22:00:00 -0600</pubDate>
                <description>&lt;p&gt;The &lt;b&gt;Red Juridica Migrante&lt;/b&gt; spoke; solidarity was everywhere.&lt;/p&gt;</description>
                <category>migration</category></item>
                <item><title>Casa Refugiados opens</title><guid>https://news.example.org/2</guid></item>
                """))
        let report = try run(path)
        #expect(report.items == .article)
        #expect(report.format == "rss2")
        #expect(report.counts.added == 2)
        #expect(report.mentions == 2)
        let article = try store.entity(reference: "item:https://news.example.org/1")
        #expect(article.kind == .article)
        #expect(article.name == "A meeting in CIUDAD DE MEXICO")
        #expect(article.starts == "2018-11-03")
        #expect(article.website == "https://news.example.org/1")
        #expect(
            try neighbors("item:https://news.example.org/1") == [
                "mentions city Ciudad de México", "mentions organization Red Jurídica Migrante",
            ])
        // An article's categories are kept, not made into themes.
        #expect(try store.statistics().byKind["theme"] == nil)
        #expect(try neighbors("item:https://news.example.org/2").isEmpty)
    }

    /// Mentions are written a few hundred to a statement: 1,201 of them take three, the last one short.
    @Test func everyMentionOfALongFeedIsWrittenAndASnapshotReimportKeepsThem() throws {
        try directory()
        let names = ["Red Jurídica Migrante", "Casa Refugio", "Ciudad de México"]
        let items = (0..<1_201).map { index in
            "<item><title>News \(index) from \(names[index % 3])</title><guid>https://news.example.org/\(index)</guid></item>"
        }
        let path = try folder.write("news.rss", rss(items.joined(separator: "\n")))
        let first = try Importer().run(ImportRequest(files: [path], mode: .snapshot), store: store).files[0]
        #expect(first.mentions == 1_201)
        #expect(first.counts.edgesAdded == 1_201)
        #expect(try neighbors("item:https://news.example.org/1200") == ["mentions organization Red Jurídica Migrante"])
        #expect(try neighbors("item:https://news.example.org/1199") == ["mentions city Ciudad de México"])
        // A snapshot retracts what its run did not assert again: each edge must have been confirmed.
        let again = try Importer().run(ImportRequest(files: [path], mode: .snapshot), store: store).files[0]
        #expect(again.mentions == 1_201)
        #expect(again.counts.edgesAdded == 0)
        #expect(again.counts.edgesRetracted == 0)
        #expect(try neighbors("item:https://news.example.org/1198") == ["mentions organization Casa Refugio"])
    }

    @Test func reimportingUpdatesItemsByTheirIdsAndNeverDuplicatesThem() throws {
        let first = try folder.write(
            "news.rss",
            rss(
                """
                <item><title>First title</title><guid isPermaLink="false">42</guid></item>
                <item><title>Weekly update</title><guid isPermaLink="false">43</guid></item>
                <item><title>Weekly update</title><guid isPermaLink="false">44</guid></item>
                """))
        #expect(try run(first).counts.added == 3)
        try folder.write(
            "news.rss",
            rss(
                """
                <item><title>A better title</title><guid isPermaLink="false">42</guid></item>
                <item><title>Weekly update</title><guid isPermaLink="false">43</guid></item>
                """))
        let again = try run(first)
        #expect(again.counts.added == 0)
        #expect(again.counts.updated == 1)
        #expect(again.counts.unchanged == 1)
        // Feeds are windows: the item that left the feed stays (append mode).
        #expect(again.counts.retracted == 0)
        #expect(try store.statistics().byKind["article"] == 3)
        #expect(try store.entity(reference: "item:news.rss#42").name == "A better title")
    }

    @Test func organizationsFromAFeedGetThemesAndTheirCity() throws {
        let store = try GazetteerTemplate.store(at: folder.path("places.sqlite"))
        let path = try folder.write(
            "members.xml",
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss">
              <title>Members</title><id>urn:uuid:members</id>
              <entry><title>Casa Migrante Tijuana</title><id>tag:members.example.org,2026:1</id>
                <link href="https://casa-tijuana.example.org/"/>
                <category term="migration"/><category term="shelter" label="Shelters"/>
                <georss:point>32.52 -117.03</georss:point></entry>
            </feed>
            """)
        let report = try Importer().run(ImportRequest(files: [path], items: .organization), store: store).files[0]
        #expect(report.format == "atom")
        #expect(report.mentions == nil)
        let details = try store.details(of: store.entity(reference: "item:tag:members.example.org,2026:1"))
        #expect(details.entity.kind == .organization)
        #expect(details.entity.website == "https://casa-tijuana.example.org/")
        #expect(
            details.neighbors.map { "\($0.relation.rawValue) \($0.entity.name)" }.sorted() == [
                "based_in Tijuana", "works_on Shelters", "works_on migration",
            ])
    }

    @Test func anItemOfAFeedMatchesTheOrganizationOfItsNameOnce() throws {
        try directory()
        let path = try folder.write(
            "members.rss", rss("<item><title>Casa Refugio</title><guid isPermaLink=\"false\">m1</guid></item>"))
        let report = try run(path, items: .organization)
        #expect(report.counts.added == 0)
        #expect(try store.entity(reference: "item:members.rss#m1").website == "casa.example.org")
    }

    @Test func itemsWithoutTitleAreRejectedWithTheirLine() throws {
        let path = try folder.write(
            "news.rss", rss("<item><title>Kept</title></item>\n<item>\n<description>no title</description></item>"))
        let report = try run(path)
        #expect(report.rejected.map(\.line) == [4])
        #expect(report.rejected.map(\.reason) == ["the item has no title"])
        #expect(report.counts.added == 1)
        #expect(throws: ImportError.rejected(file: path, line: 4, reason: "the item has no title")) {
            try run(path, strict: true)
        }
    }

    @Test func aFeedThatCannotBeImportedChangesNothing() throws {
        try directory()
        let before = try store.statistics()
        let rejected = try folder.write(
            "news.rss", rss("<item><title>One</title></item><item><title>Two</title></item><item/>"))
        let empty = try folder.write("empty.rss", "<?xml version=\"1.0\"?>\n")
        let notAFeed = try folder.write("page.xml", "<html><body>hello</body></html>")
        #expect(throws: ImportError.rejected(file: rejected, line: 3, reason: "the item has no title")) {
            try run(rejected, strict: true)
        }
        #expect(throws: FeedError.self) { try run(empty) }
        #expect(throws: FeedError.notAFeed(file: notAFeed, root: "html")) { try run(notAFeed) }
        #expect(try store.statistics() == before)
    }

    @Test func anIllFormedFeedIsImportedAsRecoverModeRepairsItWithAWarning() throws {
        let path = try folder.write("cut.rss", "<rss><channel><item><title>Cut short</title></item>")
        let report = try run(path)
        #expect(report.counts.added == 1)
        #expect(
            report.warnings.map(\.message) == [
                "line 1, column 52: Premature end of data in tag channel line 1 (read in recover mode)"
            ])
    }
}
