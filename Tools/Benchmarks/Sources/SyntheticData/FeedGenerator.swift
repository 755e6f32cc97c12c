import Foundation

/// Writes news feeds of any length for the feed importers: RSS 2.0 with Dublin Core, `content:encoded` and
/// GeoRSS, and Atom 1.0, with HTML in the text, entities, categories and dates in their usual forms.
public struct FeedGenerator {
    private var random: SeededGenerator
    /// Names of the directory the items mention, two in each item's content.
    private let names: [String]

    public init(seed: UInt64, mentioning names: [String] = []) {
        random = SeededGenerator(seed: seed &+ 0x5EED)
        self.names = names
    }

    /// Writes an RSS 2.0 feed of `items` items.
    public mutating func writeRSS(items: Int, to path: String) throws {
        let out = try OutputFile(path: path)
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:georss="http://www.georss.org/georss">
            <channel><title>Sanctuary network news</title><link>https://news.example.org/</link>
            <description>Synthetic news of the sanctuary network</description>

            """
        for index in 0..<items {
            let (title, summary, theme) = item(index)
            let point = random.chance(0.3) ? "<georss:point>\(latLon())</georss:point>" : ""
            let story = paragraph()
            text += """
                <item><title>\(escape(title))</title><link>https://news.example.org/\(index)</link>
                <guid isPermaLink="false">news-\(index)</guid><pubDate>\(rfc822(index))</pubDate>
                <dc:creator>Redacción \(index % 17)</dc:creator><category>\(escape(theme))</category>
                <description>\(escape(summary))</description>
                <content:encoded><![CDATA[<p>\(summary)</p><p>\(story)</p><script>alert(1)</script>]]></content:encoded>\(point)</item>

                """
            if text.utf8.count > 1 << 20 {
                try out.write(Array(text.utf8))
                text = ""
            }
        }
        text += "</channel></rss>\n"
        try out.write(Array(text.utf8))
    }

    /// Writes an Atom 1.0 feed of `entries` entries.
    public mutating func writeAtom(entries: Int, to path: String) throws {
        let out = try OutputFile(path: path)
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.org/">
            <title>Sanctuary network calendar</title><id>urn:sanctuary:calendar</id>
            <updated>2026-01-01T00:00:00Z</updated><link rel="self" href="feed.atom"/>

            """
        for index in 0..<entries {
            let (title, summary, theme) = item(index)
            text += """
                <entry><title type="text">\(escape(title))</title><id>urn:sanctuary:entry:\(index)</id>
                <link rel="alternate" href="entries/\(index)"/><updated>\(iso8601(index))</updated>
                <author><name>Collectif \(index % 13)</name></author><category term="\(escape(theme))"/>
                <summary type="html">\(escape("<p>" + summary + "</p>"))</summary></entry>

                """
            if text.utf8.count > 1 << 20 {
                try out.write(Array(text.utf8))
                text = ""
            }
        }
        text += "</feed>\n"
        try out.write(Array(text.utf8))
    }

    private mutating func item(_ index: Int) -> (String, String, String) {
        let theme = random.pick(Vocabulary.themes)
        let slogan = random.pick(Vocabulary.slogans)
        let title = "\(slogan): assembly #\(index) on \(theme) & more"
        let summary = "\(random.pick(Vocabulary.descriptionOpenings)) \(random.pick(Vocabulary.descriptionActions))."
        return (title, summary, theme)
    }

    /// A few sentences of an article, naming two entities of the directory when it has names: about 500 bytes,
    /// so that an item is about a kilobyte.
    private mutating func paragraph() -> String {
        let first = names.isEmpty ? "the network" : random.pick(names)
        let second = names.isEmpty ? "its partners" : random.pick(names)
        return """
            Delegates met in \(first) to prepare the next assembly with \(second). \
            \(random.pick(Vocabulary.descriptionOpenings)) \(random.pick(Vocabulary.descriptionActions)); \
            volunteers \(random.pick(Vocabulary.descriptionActions)), and the meeting agreed to \
            \(random.pick(Vocabulary.slogans).lowercased()) as the motto of the coming months. \
            \(random.pick(Vocabulary.descriptionOpenings)), they said, \(random.pick(Vocabulary.descriptionActions)).
            """
    }

    private mutating func latLon() -> String {
        let lat = Double(Int(random.next() % 15_000)) / 100 - 60
        let lon = Double(Int(random.next() % 36_000)) / 100 - 180
        return "\(lat) \(lon)"
    }

    private static let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A date in RFC 822 form, some with a named zone and some with a numeric one.
    private func rfc822(_ index: Int) -> String {
        let day = 1 + index % 28, month = index % 12, hour = index % 24
        let zone = index % 3 == 0 ? "GMT" : (index % 3 == 1 ? "+0100" : "-0600")
        return "\(Self.days[index % 7]), \(day) \(Self.months[month]) 2026 \(hour):05:00 \(zone)"
    }

    private func iso8601(_ index: Int) -> String {
        let day = 1 + index % 28, month = 1 + index % 12
        return String(format: "2026-%02d-%02dT%02d:30:00+02:00", month, day, index % 24)
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
