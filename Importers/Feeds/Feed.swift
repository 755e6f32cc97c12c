/// What a feed says, as read, before anything is made of it: what `sanctuary import FEED --dry-run --json`
/// prints. Text is plain text (HTML turned into what a reader sees), dates are ISO 8601 in UTC, links are
/// absolute; what a feed leaves out is left out.
public struct Feed: Sendable, Equatable, Encodable {
    public enum Format: String, Sendable, Encodable {
        /// RSS 0.91, 0.92 and 2.0 (the `rss` element).
        case rss2
        /// RSS 1.0 and 0.90 (RDF).
        case rss1
        /// Atom 1.0.
        case atom
        /// Atom 0.3, read leniently as Atom.
        case atom03 = "atom0.3"
    }

    public var format: Format
    /// The encoding the document declared (or UTF-8, XML's default).
    public var encoding: String
    public var feed: Channel
    public var items: [FeedItem]
    /// What was repaired or skipped, each with its line.
    public var warnings: [String]

    public struct Channel: Sendable, Equatable, Encodable {
        public var title: String?
        public var link: String?
        public var description: String?
    }
}

public struct FeedItem: Sendable, Equatable, Encodable {
    public var title: String?
    public var link: String?
    /// `guid` in RSS, `id` in Atom, `rdf:about` in RSS 1.0.
    public var id: String?
    public var published: String?
    public var updated: String?
    public var authors: [Author] = []
    public var categories: [Category] = []
    public var summary: String?
    public var content: String?
    public var enclosures: [Enclosure] = []
    public var geo: Point?
    /// What the item's directory XML `entity` adds (`docs/DIRECTORY-XML.md`).
    public var entity: DirectoryElement?
    /// The line the item starts on, for the messages about it; not part of what was read.
    public var line = 0

    public struct Author: Sendable, Equatable, Encodable {
        public var name: String?
        public var email: String?
        public var uri: String?
    }

    public struct Category: Sendable, Equatable, Encodable {
        public var term: String
        public var label: String?
    }

    public struct Enclosure: Sendable, Equatable, Encodable {
        public var url: String
        public var type: String?
        public var length: Int?
    }

    public struct Point: Sendable, Equatable, Encodable {
        public var lat: Double
        public var lon: Double
    }

    private enum CodingKeys: String, CodingKey {
        case title, link, id, published, updated, authors, categories, summary, content, enclosures, geo, entity
    }

    /// Absent values and empty lists are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(link, forKey: .link)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(published, forKey: .published)
        try container.encodeIfPresent(updated, forKey: .updated)
        if !authors.isEmpty { try container.encode(authors, forKey: .authors) }
        if !categories.isEmpty { try container.encode(categories, forKey: .categories) }
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encodeIfPresent(content, forKey: .content)
        if !enclosures.isEmpty { try container.encode(enclosures, forKey: .enclosures) }
        try container.encodeIfPresent(geo, forKey: .geo)
        try container.encodeIfPresent(entity, forKey: .entity)
    }
}
