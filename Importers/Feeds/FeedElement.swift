import Directory

/// What an element of a feed is to the parser, told once per name and namespace: the parser asks it of every
/// element, and comparing every element's name and namespace with those it knows was a good part of reading a
/// feed.
struct FeedElement {
    /// What the element says, where it says something: of an item (or the channel, for the first few), of an
    /// Atom author, or what holds them.
    enum Field {
        case other
        case item, source, author, entity
        case title, rssLink, atomLink, guid, atomID, published, dublinCoreDate, updated
        case description, summary, encodedContent, content
        case rssAuthor, creator, category, atomCategory, enclosure
        case point, latitude, longitude
        case authorName, authorEmail, authorURI
        case subtitle
    }

    let field: Field
    /// In Atom's namespace (1.0 or 0.3).
    let isAtom: Bool
    /// An Atom text construct, whose type says whether it holds text, HTML or XHTML.
    let isConstruct: Bool
    let isXHTML: Bool
    /// An XHTML element that ends a line of text.
    let isXHTMLBlock: Bool
    /// In the namespace of directory XML, which items may carry.
    let isDirectory: Bool
    /// What holds a feed's title and items (`channel`, `feed`).
    let isChannel: Bool

    init(name: String, namespace: String) {
        let atom = namespace == FeedNamespace.atom || namespace == FeedNamespace.atom03
        isAtom = atom
        isConstruct = atom && Self.constructs.contains(name)
        isXHTML = namespace == FeedNamespace.xhtml
        isXHTMLBlock = isXHTML && Self.xhtmlBlocks.contains(name)
        isDirectory = namespace == DirectoryNamespace.uri
        isChannel = name == "channel" || name == "feed"
        field = Self.field(name, namespace, atom: atom)
    }

    private static let constructs: Set<String> = ["title", "subtitle", "tagline", "summary", "content", "rights"]
    private static let xhtmlBlocks: Set<String> = [
        "div", "p", "li", "br", "ul", "ol", "h1", "h2", "h3", "blockquote", "tr",
    ]

    private static func field(_ name: String, _ namespace: String, atom: Bool) -> Field {
        // RSS elements have no namespace in RSS 2.0, and RSS 1.0's (or 0.90's) in RDF.
        let rss = namespace.isEmpty || namespace == FeedNamespace.rss1 || namespace == FeedNamespace.rss090
        switch (namespace, name) {
        case (_, "item") where rss, (_, "entry") where atom: return .item
        case (_, "source") where atom: return .source
        case (_, "author") where atom: return .author
        case (DirectoryNamespace.uri, "entity"): return .entity
        case (_, "title") where rss || atom: return .title
        case (_, "link") where rss: return .rssLink
        case (_, "link") where atom: return .atomLink
        case ("", "guid"): return .guid
        case (_, "id") where atom: return .atomID
        case ("", "pubDate"), (FeedNamespace.atom, "published"), (FeedNamespace.atom03, "issued"): return .published
        case (FeedNamespace.dublinCore, "date"): return .dublinCoreDate
        case (FeedNamespace.atom, "updated"), (FeedNamespace.atom03, "modified"): return .updated
        case (_, "description") where rss: return .description
        case (_, "summary") where atom: return .summary
        case (FeedNamespace.content, "encoded"): return .encodedContent
        case (_, "content") where atom: return .content
        case ("", "author"): return .rssAuthor
        case (FeedNamespace.dublinCore, "creator"): return .creator
        case ("", "category"), (FeedNamespace.dublinCore, "subject"): return .category
        case (_, "category") where atom: return .atomCategory
        case ("", "enclosure"): return .enclosure
        case (FeedNamespace.georss, "point"), (FeedNamespace.gml, "pos"): return .point
        case (FeedNamespace.w3cGeo, "lat"): return .latitude
        case (FeedNamespace.w3cGeo, "long"), (FeedNamespace.w3cGeo, "lon"): return .longitude
        case (_, "name") where atom: return .authorName
        case (_, "email") where atom: return .authorEmail
        case (_, "uri") where atom, (_, "url") where atom: return .authorURI
        case (_, "subtitle") where atom, (_, "tagline") where atom: return .subtitle
        default: return .other
        }
    }
}
