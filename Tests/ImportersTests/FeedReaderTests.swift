import Foundation
import SanctuaryTestSupport
import Testing

@testable import Importers

@Suite struct FeedReaderTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory() }

    private func feed(_ text: String, bytes: [UInt8]? = nil, location: String? = nil) throws -> Feed {
        let path = folder.path("feed-\(UUID().uuidString).xml")
        try Data(bytes ?? Array(text.utf8)).write(to: URL(fileURLWithPath: path))
        return try FeedReader.feed(path: path, location: location)
    }

    @Test func rss2WithItsModules() throws {
        let read = try feed(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:georss="http://www.georss.org/georss">
              <channel>
                <title>Red Solidaria</title>
                <link>https://red.example.org/</link>
                <description>Noticias &amp; convocatorias</description>
                <item>
                  <title>Asamblea en &lt;b&gt;Tijuana&lt;/b&gt;</title>
                  <link>/noticias/asamblea</link>
                  <guid isPermaLink="false">red-2024-001</guid>
                  <pubDate>Sat, 07 Sep 2024 18:30:00 -0700</pubDate>
                  <author>prensa@red.example.org (Equipo de prensa)</author>
                  <dc:creator>Ana Pérez</dc:creator>
                  <category>migración</category>
                  <dc:subject>fronteras</dc:subject>
                  <description><![CDATA[<p>Convocamos a la <b>asamblea</b>.</p><script>x()</script>]]></description>
                  <content:encoded><![CDATA[<p>Texto &eacute;ntegro.</p>]]></content:encoded>
                  <enclosure url="audio/asamblea.mp3" type="audio/mpeg" length="12345"/>
                  <georss:point>32.5149 -117.0382</georss:point>
                </item>
                <item><title>Sin fecha</title><guid>https://red.example.org/2</guid><pubDate>someday</pubDate></item>
              </channel>
            </rss>
            """, location: "https://red.example.org/feed.xml")
        #expect(read.format == .rss2)
        #expect(read.feed.title == "Red Solidaria")
        #expect(read.feed.description == "Noticias & convocatorias")
        #expect(read.items.count == 2)
        let first = read.items[0]
        #expect(first.title == "Asamblea en Tijuana")
        #expect(first.link == "https://red.example.org/noticias/asamblea")
        #expect(first.id == "red-2024-001")
        #expect(first.published == "2024-09-08T01:30:00Z")
        #expect(
            first.authors == [
                .init(name: "Equipo de prensa", email: "prensa@red.example.org"), .init(name: "Ana Pérez"),
            ])
        #expect(first.categories.map(\.term) == ["migración", "fronteras"])
        #expect(first.summary == "Convocamos a la asamblea.")
        #expect(first.content == "Texto éntegro.")
        #expect(
            first.enclosures == [
                .init(url: "https://red.example.org/audio/asamblea.mp3", type: "audio/mpeg", length: 12345)
            ])
        #expect(first.geo == .init(lat: 32.5149, lon: -117.0382))
        #expect(read.items[1].link == "https://red.example.org/2")
        #expect(read.items[1].published == nil)
        #expect(read.warnings.count == 1)
        #expect(read.warnings.first?.contains("'someday' is not a date") == true)
    }

    @Test func atomWithBaseTextConstructsAndGML() throws {
        let read = try feed(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss"
                  xmlns:gml="http://www.opengis.net/gml" xml:base="https://calendar.example.org/events/">
              <title type="html">Agenda &lt;em&gt;antifascista&lt;/em&gt;</title>
              <subtitle>What is on</subtitle>
              <link rel="self" href="feed.atom"/>
              <link href="index.html"/>
              <entry xml:base="2024/">
                <title>Forum</title>
                <id>urn:uuid:1</id>
                <link rel="alternate" type="text/html" href="forum.html"/>
                <link rel="enclosure" href="poster.pdf" type="application/pdf" length="99"/>
                <published>2024-10-01T10:00:00+02:00</published>
                <updated>2024-10-02T08:00:00Z</updated>
                <author><name>Coordinadora</name><email>c@example.org</email><uri>/about</uri></author>
                <category term="anti-fascism" label="Anti-fascism"/>
                <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Three <b>days</b></p> of talks</div></summary>
                <content type="html">&lt;p&gt;Caf&amp;eacute; &amp;amp; debate&lt;/p&gt;</content>
                <georss:where><gml:Point><gml:pos>48.8566 2.3522</gml:pos></gml:Point></georss:where>
              </entry>
            </feed>
            """)
        #expect(read.format == .atom)
        #expect(read.feed.title == "Agenda antifascista")
        #expect(read.feed.link == "https://calendar.example.org/events/index.html")
        #expect(read.feed.description == "What is on")
        let entry = try #require(read.items.first)
        #expect(entry.link == "https://calendar.example.org/events/2024/forum.html")
        #expect(entry.enclosures.first?.url == "https://calendar.example.org/events/2024/poster.pdf")
        #expect(entry.published == "2024-10-01T08:00:00Z")
        #expect(entry.updated == "2024-10-02T08:00:00Z")
        #expect(
            entry.authors == [
                .init(name: "Coordinadora", email: "c@example.org", uri: "https://calendar.example.org/about")
            ])
        #expect(entry.categories == [.init(term: "anti-fascism", label: "Anti-fascism")])
        #expect(entry.summary == "Three days of talks")
        #expect(entry.content == "Café & debate")
        #expect(entry.geo == .init(lat: 48.8566, lon: 2.3522))
    }

    @Test func rss1InRDFWithW3CGeo() throws {
        let read = try feed(
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#">
              <channel rdf:about="https://net.example.org/rss">
                <title>Netzwerk</title><link>https://net.example.org/</link><description>Termine</description>
              </channel>
              <item rdf:about="https://net.example.org/1">
                <title>Demo</title><link>https://net.example.org/1</link>
                <dc:date>2024-05-01T12:00:00+02:00</dc:date><dc:subject>Bleiberecht</dc:subject>
                <geo:lat>52.52</geo:lat><geo:long>13.405</geo:long>
              </item>
            </rdf:RDF>
            """)
        #expect(read.format == .rss1)
        #expect(read.feed == .init(title: "Netzwerk", link: "https://net.example.org/", description: "Termine"))
        #expect(read.items.first?.id == "https://net.example.org/1")
        #expect(read.items.first?.published == "2024-05-01T10:00:00Z")
        #expect(read.items.first?.categories.map(\.term) == ["Bleiberecht"])
        #expect(read.items.first?.geo == .init(lat: 52.52, lon: 13.405))
    }

    @Test func aDeclaredEncodingIsRead() throws {
        let text =
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Solidarit\u{E9}</title></channel></rss>"
        let latin1 = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let read = try feed("", bytes: latin1)
        #expect(read.encoding == "ISO-8859-1")
        #expect(read.feed.title == "Solidarité")
    }

    @Test func anIllFormedFeedIsReadInRecoverModeWithAWarning() throws {
        let read = try feed(
            """
            <rss version="2.0"><channel><title>Broken</title>
            <item><title>One</title></item>
            <item><title>Two & three</title></item>
            </channel></rss>
            """)
        // The stray ampersand is read as itself, where libxml2's repair alone would drop it.
        #expect(read.items.map(\.title) == ["One", "Two & three"])
        #expect(read.warnings.first?.hasPrefix("line 3, column 18: a '&' that begins no reference") == true)
        #expect(read.warnings.first?.contains("recover mode") == true)
    }

    @Test func aDocumentThatIsNoFeedIsRefused() throws {
        #expect(throws: FeedError.self) { try feed("<html><body>hello</body></html>") }
    }
}
