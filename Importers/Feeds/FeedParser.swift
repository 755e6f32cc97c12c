import Directory
import Foundation
import XMLStream

/// The state of one pass over a feed's nodes: the open elements (with the base of relative links at each,
/// from `xml:base`), the text gathered in each, and the item or author being read.
struct FeedParser {
    let file: String
    let location: String?

    private struct Open {
        var name: String
        var namespace: String
        var attributes: [XMLAttribute]
        var base: URL?
        /// Where the element's text starts in the parser's `text`.
        var textStart: Int
        /// Its text, once it is closed.
        var text = ""

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name && ($0.namespace == nil || $0.namespace == "") }?.value
        }
    }

    private var stack: [Open] = []
    /// The text of the open elements, outermost first, gathered as bytes: the reader lends each text node's,
    /// and a string is made once per element, when it closes.
    private var text: [UInt8] = []
    private var format: Feed.Format?
    private var channel = Feed.Channel()
    private var item: FeedItem?
    private var author: FeedItem.Author?
    /// The authors of an Atom feed, which apply to its entries that name none (RFC 4287, 4.2.1); those written
    /// before the entries, as feeds do.
    private var feedAuthors: [FeedItem.Author] = []
    private var warnings: [String] = []
    private var lat: Double?
    private var lon: Double?
    /// How many of the open elements are an Atom entry's `source`: the feed an entry was copied from, whose
    /// title, id and authors are not the entry's.
    private var sourcesOpen = 0

    init(file: String, location: String?) {
        self.file = file
        self.location = location
    }

    mutating func run(_ reader: XMLStreamReader, item deliver: (FeedItem) throws -> Void) throws -> FeedReader.Header {
        while let kind = try reader.advance() {
            switch kind {
            case .startElement:
                let node = reader.node()
                try open(node)
                if node.isEmptyElement { try close(node.line, deliver) }
            case .endElement:
                try close(reader.line, deliver)
            case .text:
                if !stack.isEmpty { reader.withText { text.append(contentsOf: $0) } }
            }
        }
        guard let format else { throw FeedError.notAFeed(file: file, root: "nothing") }
        let noticed = reader.diagnostics.filter { $0.severity == .warning }.map { "line \($0.line): \($0.message)" }
        // An entity used two hundred times on a line is one thing to say.
        var said: Set<String> = []
        return FeedReader.Header(
            format: format, encoding: reader.encoding ?? "UTF-8", channel: channel,
            warnings: (noticed + warnings).filter { said.insert($0).inserted })
    }

    private mutating func open(_ node: XMLNode) throws {
        let namespace = node.namespace ?? ""
        if stack.isEmpty {
            format = try Self.format(root: node, file: file)
        }
        let parentBase = stack.last?.base ?? location.flatMap { URL(string: $0) }
        let declared = node.attributes.first { $0.name == "base" && $0.namespace == FeedNamespace.xml }?.value
        let base = declared.flatMap { URL(string: $0, relativeTo: parentBase)?.absoluteURL } ?? parentBase
        stack.append(
            Open(name: node.name, namespace: namespace, attributes: node.attributes, base: base, textStart: text.count))
        if isItem(node.name, namespace) {
            item = FeedItem(line: node.line)
            if let about = node.attributes.first(where: { $0.name == "about" && $0.namespace == FeedNamespace.rdf }) {
                item?.id = about.value
            }
            lat = nil
            lon = nil
        }
        if namespace == DirectoryNamespace.uri, node.name == "entity", inItem, let parent = stack.dropLast().last,
            isItem(parent.name, parent.namespace)
        {
            item?.entity = DirectoryElement(attributes: node.attributes, line: node.line)
        }
        if node.name == "source", isAtom(namespace), inItem { sourcesOpen += 1 }
        // Contributors are not authors: only authors are read.
        if isAtom(namespace), node.name == "author", sourcesOpen == 0 { author = FeedItem.Author() }
    }

    static func format(root: XMLNode, file: String) throws -> Feed.Format {
        switch (root.name, root.namespace ?? "") {
        case ("rss", ""): return .rss2
        case ("RDF", FeedNamespace.rdf): return .rss1
        case ("feed", FeedNamespace.atom): return .atom
        case ("feed", FeedNamespace.atom03): return .atom03
        default: throw FeedError.notAFeed(file: file, root: root.name)
        }
    }

    /// Whether an item is being read, asked without copying it: a profile showed `item != nil` copying it.
    private var inItem: Bool {
        if case .some = item { true } else { false }
    }

    private func isAtom(_ namespace: String) -> Bool {
        namespace == FeedNamespace.atom || namespace == FeedNamespace.atom03
    }

    /// RSS elements have no namespace in RSS 2.0 and RSS 1.0's (or 0.90's) in RDF.
    private func isRSS(_ namespace: String) -> Bool {
        namespace.isEmpty || namespace == FeedNamespace.rss1 || namespace == FeedNamespace.rss090
    }

    private static let constructs: Set<String> = ["title", "subtitle", "tagline", "summary", "content", "rights"]
    private static let xhtmlBlocks: Set<String> = [
        "div", "p", "li", "br", "ul", "ol", "h1", "h2", "h3", "blockquote", "tr",
    ]

    private func isConstruct(_ element: Open) -> Bool {
        isAtom(element.namespace) && Self.constructs.contains(element.name)
    }

    private func isItem(_ name: String, _ namespace: String) -> Bool {
        (name == "item" && isRSS(namespace)) || (name == "entry" && isAtom(namespace))
    }

    private mutating func close(_ line: Int, _ deliver: (FeedItem) throws -> Void) throws {
        guard var element = stack.popLast() else { return }
        if sourcesOpen > 0 {
            text.removeSubrange(element.textStart...)
            if element.name == "source", isAtom(element.namespace) { sourcesOpen -= 1 }
            return
        }
        element.text = String(decoding: text[element.textStart...], as: UTF8.self)
        // An Atom xhtml construct is the text of all the markup it holds: text stays with the enclosing element
        // there, and only there, so that no container gathers the whole feed's text.
        if let parent = stack.last, parent.namespace == FeedNamespace.xhtml || isConstruct(parent) {
            if element.namespace == FeedNamespace.xhtml && Self.xhtmlBlocks.contains(element.name) {
                text.insert(0x0A, at: element.textStart)
                text.append(0x0A)
            }
        } else {
            text.removeSubrange(element.textStart...)
        }
        if element.namespace == DirectoryNamespace.uri, let parent = stack.last, parent.name == "entity",
            parent.namespace == DirectoryNamespace.uri, item?.entity != nil
        {
            item?.entity?.add(element.name, attributes: element.attributes, text: element.text)
            return
        }
        if isItem(element.name, element.namespace), var finished = item.take() {
            if let lat, let lon, (-90...90).contains(lat), (-180...180).contains(lon) {
                finished.geo = FeedItem.Point(lat: lat, lon: lon)
            }
            if finished.authors.isEmpty, isAtom(element.namespace) { finished.authors = feedAuthors }
            try deliver(finished)
            return
        }
        if isAtom(element.namespace), element.name == "author", let done = author {
            author = nil
            if done != FeedItem.Author() {
                if inItem { item?.authors.append(done) } else { feedAuthors.append(done) }
            }
            return
        }
        let parent = stack.last.map { ($0.name, $0.namespace) }
        if var current = author, isAtom(element.namespace) {
            let value = Self.trimmed(element.text)
            switch element.name {
            case "name": current.name = value
            case "email": current.email = value
            case "uri", "url": current.uri = value.flatMap { resolve($0, element.base) }
            default: break
            }
            author = current
            return
        }
        if var current = item.take() {
            // Taken, not copied, so that its fields are not retained twice and copied on write.
            itemElement(element, line: line, into: &current)
            item = current
        } else if let parent, parent.0 == "channel" || parent.0 == "feed" {
            channelElement(element)
        }
    }

    private mutating func itemElement(_ element: Open, line: Int, into item: inout FeedItem) {
        let text = Self.trimmed(element.text)
        switch (element.namespace, element.name) {
        case (let ns, "title") where isRSS(ns) || isAtom(ns):
            item.title = isAtom(ns) ? construct(element) : text.map(Self.plain)
        case (let ns, "link") where isRSS(ns):
            item.link = text.flatMap { resolve($0, element.base) }
        case (let ns, "link") where isAtom(ns):
            atomLink(element, into: &item)
        case ("", "guid"):
            item.id = text
            // A guid is a permalink unless it says not, but feeds put plain ids there too: only a web address
            // stands for a missing link.
            if element.attribute("isPermaLink") != "false", item.link == nil, let text,
                let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil
            {
                item.link = text
            }
        case (let ns, "id") where isAtom(ns):
            item.id = text
        case ("", "pubDate"), (FeedNamespace.atom, "published"), (FeedNamespace.atom03, "issued"):
            item.published = date(text, line)
        case (FeedNamespace.dublinCore, "date"):
            if item.published == nil { item.published = date(text, line) }
        case (FeedNamespace.atom, "updated"), (FeedNamespace.atom03, "modified"):
            item.updated = date(text, line)
        case (let ns, "description") where isRSS(ns):
            item.summary = text.map(Self.plain)
        case (let ns, "summary") where isAtom(ns):
            item.summary = construct(element)
        case (FeedNamespace.content, "encoded"):
            item.content = text.map(Self.plain)
        case (let ns, "content") where isAtom(ns):
            if element.attribute("src") == nil { item.content = construct(element) }
        case ("", "author"):
            if let text { item.authors.append(Self.rssAuthor(text)) }
        case (FeedNamespace.dublinCore, "creator"):
            if let text { item.authors.append(FeedItem.Author(name: text)) }
        case ("", "category"), (FeedNamespace.dublinCore, "subject"):
            if let text { item.categories.append(FeedItem.Category(term: text)) }
        case (let ns, "category") where isAtom(ns):
            if let term = element.attribute("term").flatMap(Self.trimmed) {
                item.categories.append(FeedItem.Category(term: term, label: element.attribute("label")))
            }
        case ("", "enclosure"):
            if let url = element.attribute("url").flatMap({ resolve($0, element.base) }) {
                item.enclosures.append(
                    FeedItem.Enclosure(
                        url: url, type: element.attribute("type"),
                        length: element.attribute("length").flatMap { Int($0) }))
            }
        case (FeedNamespace.georss, "point"), (FeedNamespace.gml, "pos"):
            let numbers = (text ?? "").split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
            if numbers.count == 2 { (lat, lon) = (numbers[0], numbers[1]) }
        case (FeedNamespace.w3cGeo, "lat"):
            lat = text.flatMap { Double($0) }
        case (FeedNamespace.w3cGeo, "long"), (FeedNamespace.w3cGeo, "lon"):
            lon = text.flatMap { Double($0) }
        default:
            break
        }
    }

    private mutating func channelElement(_ element: Open) {
        let text = Self.trimmed(element.text)
        switch (element.namespace, element.name) {
        case (let ns, "title") where isRSS(ns) || isAtom(ns):
            channel.title = isAtom(ns) ? construct(element) : text.map(Self.plain)
        case (let ns, "link") where isRSS(ns):
            if channel.link == nil { channel.link = text.flatMap { resolve($0, element.base) } }
        case (let ns, "link") where isAtom(ns):
            let relation = element.attribute("rel") ?? "alternate"
            if relation == "alternate", channel.link == nil {
                channel.link = element.attribute("href").flatMap { resolve($0, element.base) }
            }
        case (let ns, "description") where isRSS(ns):
            channel.description = text.map(Self.plain)
        case (let ns, "subtitle") where isAtom(ns), (let ns, "tagline") where isAtom(ns):
            channel.description = construct(element)
        default:
            break
        }
    }

    private func atomLink(_ element: Open, into item: inout FeedItem) {
        guard let href = element.attribute("href").flatMap({ resolve($0, element.base) }) else { return }
        switch element.attribute("rel") ?? "alternate" {
        case "alternate":
            if item.link == nil { item.link = href }
        case "enclosure":
            item.enclosures.append(
                FeedItem.Enclosure(
                    url: href, type: element.attribute("type"), length: element.attribute("length").flatMap { Int($0) })
            )
        default:
            break
        }
    }

    /// An Atom text construct: `text` as written, `html` (or Atom 0.3's escaped mode) as a reader sees it,
    /// `xhtml` the text of the markup it holds.
    private func construct(_ element: Open) -> String? {
        let type = element.attribute("type")?.lowercased() ?? "text"
        if type == "html" || type == "text/html" || element.attribute("mode") == "escaped" {
            return Self.trimmed(element.text).map(HTMLText.plain).flatMap(Self.trimmed)
        }
        return Self.trimmed(Self.collapsed(element.text))
    }

    private mutating func date(_ text: String?, _ line: Int) -> String? {
        guard let text else { return nil }
        guard let date = FeedDate(text) else {
            warnings.append("line \(line): '\(text)' is not a date, left out")
            return nil
        }
        return date.description
    }

    private func resolve(_ link: String, _ base: URL?) -> String? {
        let trimmed = WhiteSpace.trimmed(link)
        guard !trimmed.isEmpty else { return nil }
        if AbsoluteLink.isPlain(trimmed) { return trimmed }
        return URL(string: trimmed, relativeTo: base)?.absoluteURL.absoluteString ?? trimmed
    }

    /// RSS `author`: an address, often with the name after it in parentheses (`x@y.org (Ana)`) or before it
    /// in angle brackets (`Ana <x@y.org>`).
    private static func rssAuthor(_ text: String) -> FeedItem.Author {
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            return FeedItem.Author(
                name: trimmed(String(text[text.index(after: open)..<close])),
                email: trimmed(String(text[..<open])))
        }
        if let open = text.firstIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            return FeedItem.Author(
                name: trimmed(String(text[..<open])), email: trimmed(String(text[text.index(after: open)..<close])))
        }
        return text.contains("@") ? FeedItem.Author(email: text) : FeedItem.Author(name: text)
    }

    /// Text that may hold HTML (RSS puts escaped markup in most fields) as a reader sees it.
    private static func plain(_ text: String) -> String {
        text.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }
            ? HTMLText.plain(text) : collapsed(text)
    }

    private static func collapsed(_ text: String) -> String {
        WhiteSpace.collapsed(text)
    }

    private static func trimmed(_ text: String) -> String? {
        let trimmed = WhiteSpace.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
