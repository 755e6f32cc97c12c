import Directory
import Foundation
import XMLStream

/// The state of one pass over a feed's nodes: the open elements (what each is, told once per name by
/// ``FeedElement``), the text gathered in each, the bases of relative links they declare (`xml:base`), and the
/// item or author being read.
struct FeedParser {
    let file: String
    let location: String?

    private struct Open {
        var element: FeedElement
        /// Its local name, by its place in the reader's ``XMLCursor/elementNames``.
        var name: Int
        var attributes: [XMLAttribute]
        /// Whether it declared a base for relative links (`xml:base`), which closing it ends.
        var declaresBase: Bool
        /// Where the element's text starts in the parser's `text`.
        var textStart: Int

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name && ($0.namespace == nil || $0.namespace == "") }?.value
        }
    }

    private var stack: [Open] = []
    /// What each element name the reader met is, by its place in the reader's names.
    private var elements: [FeedElement] = []
    /// The text of the open elements, outermost first, gathered as bytes: the reader lends each text node's,
    /// and each element's is read in place when it closes.
    private var text: [UInt8] = []
    /// The bases of relative links that open elements declared, innermost last.
    private var bases: [URL] = []
    private let locationURL: URL?
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
        locationURL = location.flatMap { URL(string: $0) }
    }

    mutating func run<Reader: XMLCursor>(
        _ reader: inout Reader, item deliver: (FeedItem) throws -> Void
    ) throws -> FeedReader.Header {
        while let kind = try reader.advance() {
            switch kind {
            case .startElement:
                try open(reader)
                if reader.isEmptyElement { try close(reader, deliver) }
            case .endElement:
                try close(reader, deliver)
            case .text:
                if !stack.isEmpty { reader.appendText(to: &text) }
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

    private mutating func open<Reader: XMLCursor>(_ reader: Reader) throws {
        let name = reader.elementName
        while elements.count <= name {
            let met = reader.elementNames[elements.count]
            elements.append(FeedElement(name: met.name, namespace: met.namespace ?? ""))
        }
        let element = elements[name]
        if stack.isEmpty {
            format = try Self.format(root: reader.elementNames[name], file: file)
        }
        let attributes = reader.attributes()
        var declaresBase = false
        if let declared = attributes.first(where: { $0.name == "base" && $0.namespace == FeedNamespace.xml }),
            let base = URL(string: declared.value, relativeTo: base)?.absoluteURL
        {
            bases.append(base)
            declaresBase = true
        }
        let parent = stack.last?.element
        stack.append(
            Open(
                element: element, name: name, attributes: attributes, declaresBase: declaresBase,
                textStart: text.count))
        if element.field == .item {
            item = FeedItem(line: reader.line)
            if let about = attributes.first(where: { $0.name == "about" && $0.namespace == FeedNamespace.rdf }) {
                item?.id = about.value
            }
            lat = nil
            lon = nil
        }
        if element.field == .entity, inItem, parent?.field == .item {
            item?.entity = DirectoryElement(attributes: attributes, line: reader.line)
        }
        if element.field == .source, inItem { sourcesOpen += 1 }
        // Contributors are not authors: only authors are read.
        if element.field == .author, sourcesOpen == 0 { author = FeedItem.Author() }
    }

    static func format(root: XMLName, file: String) throws -> Feed.Format {
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

    /// The base of relative links in the innermost open element.
    private var base: URL? {
        bases.last ?? locationURL
    }

    private mutating func close<Reader: XMLCursor>(_ reader: Reader, _ deliver: (FeedItem) throws -> Void) throws {
        guard let open = stack.popLast() else { return }
        let inSource = sourcesOpen > 0
        defer { closeText(of: open, inSource: inSource) }
        let element = open.element
        if inSource {
            if element.field == .source { sourcesOpen -= 1 }
            return
        }
        if element.isDirectory, let parent = stack.last, parent.element.field == .entity, item?.entity != nil {
            let text = string(open)
            item?.entity?.add(reader.elementNames[open.name].name, attributes: open.attributes, text: text)
            return
        }
        if element.field == .item, var finished = item.take() {
            if let lat, let lon, (-90...90).contains(lat), (-180...180).contains(lon) {
                finished.geo = FeedItem.Point(lat: lat, lon: lon)
            }
            if finished.authors.isEmpty, element.isAtom { finished.authors = feedAuthors }
            try deliver(finished)
            return
        }
        if element.field == .author, let done = author {
            author = nil
            if done != FeedItem.Author() {
                if inItem { item?.authors.append(done) } else { feedAuthors.append(done) }
            }
            return
        }
        if author != nil, element.isAtom {
            authorElement(open)
            return
        }
        if inItem {
            itemElement(open, reader)
        } else if let parent = stack.last, parent.element.isChannel {
            channelElement(open)
        }
    }

    /// An Atom xhtml construct is the text of all the markup it holds: text stays with the enclosing element
    /// there, and only there, so that no container gathers the whole feed's text.
    private mutating func closeText(of open: Open, inSource: Bool) {
        if open.declaresBase { bases.removeLast() }
        if !inSource, let parent = stack.last?.element, parent.isXHTML || parent.isConstruct {
            if open.element.isXHTMLBlock {
                text.insert(0x0A, at: open.textStart)
                text.append(0x0A)
            }
        } else {
            text.removeLast(text.count - open.textStart)
        }
    }

    private mutating func authorElement(_ open: Open) {
        let text = trimmedText(open)
        switch open.element.field {
        case .authorName: author?.name = text
        case .authorEmail: author?.email = text
        case .authorURI:
            let uri = text.flatMap { resolve($0, base) }
            author?.uri = uri
        default: break
        }
    }

    /// An element of the item being read, written into it in place: each value is made before the item is
    /// reached, and moving the item out and back for each element copied it whole, 4 % of reading a feed.
    private mutating func itemElement<Reader: XMLCursor>(_ open: Open, _ reader: Reader) {
        switch open.element.field {
        case .title:
            let title = open.element.isAtom ? construct(open) : plainText(open)
            item?.title = title
        case .rssLink:
            let link = trimmedText(open).flatMap { resolve($0, base) }
            item?.link = link
        case .atomLink:
            guard let href = open.attribute("href").flatMap({ resolve($0, base) }) else { return }
            switch open.attribute("rel") ?? "alternate" {
            case "alternate":
                if item?.link == nil { item?.link = href }
            case "enclosure":
                let enclosure = FeedItem.Enclosure(
                    url: href, type: open.attribute("type"), length: open.attribute("length").flatMap { Int($0) })
                item?.enclosures.append(enclosure)
            default:
                break
            }
        case .guid:
            let text = trimmedText(open)
            item?.id = text
            // A guid is a permalink unless it says not, but feeds put plain ids there too: only a web address
            // stands for a missing link.
            if open.attribute("isPermaLink") != "false", item?.link == nil, let text,
                let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil
            {
                item?.link = text
            }
        case .atomID:
            let id = trimmedText(open)
            item?.id = id
        case .published:
            let published = date(trimmedText(open), reader)
            item?.published = published
        case .dublinCoreDate:
            if item?.published == nil {
                let published = date(trimmedText(open), reader)
                item?.published = published
            }
        case .updated:
            let updated = date(trimmedText(open), reader)
            item?.updated = updated
        case .description:
            let summary = plainText(open)
            item?.summary = summary
        case .summary:
            let summary = construct(open)
            item?.summary = summary
        case .encodedContent:
            let content = plainText(open)
            item?.content = content
        case .content:
            if open.attribute("src") == nil {
                let content = construct(open)
                item?.content = content
            }
        case .rssAuthor:
            if let text = trimmedText(open) { item?.authors.append(Self.rssAuthor(text)) }
        case .creator:
            if let text = trimmedText(open) { item?.authors.append(FeedItem.Author(name: text)) }
        case .category:
            if let text = trimmedText(open) { item?.categories.append(FeedItem.Category(term: text)) }
        case .atomCategory:
            if let term = open.attribute("term").flatMap(Self.trimmed) {
                item?.categories.append(FeedItem.Category(term: term, label: open.attribute("label")))
            }
        case .enclosure:
            if let url = open.attribute("url").flatMap({ resolve($0, base) }) {
                let enclosure = FeedItem.Enclosure(
                    url: url, type: open.attribute("type"), length: open.attribute("length").flatMap { Int($0) })
                item?.enclosures.append(enclosure)
            }
        case .point:
            let numbers = withText(of: open, WhiteSpace.words).compactMap { Double($0) }
            if numbers.count == 2 { (lat, lon) = (numbers[0], numbers[1]) }
        case .latitude:
            lat = trimmedText(open).flatMap { Double($0) }
        case .longitude:
            lon = trimmedText(open).flatMap { Double($0) }
        default:
            break
        }
    }

    private mutating func channelElement(_ open: Open) {
        switch open.element.field {
        case .title:
            channel.title = open.element.isAtom ? construct(open) : plainText(open)
        case .rssLink:
            if channel.link == nil { channel.link = trimmedText(open).flatMap { resolve($0, base) } }
        case .atomLink:
            let relation = open.attribute("rel") ?? "alternate"
            if relation == "alternate", channel.link == nil {
                channel.link = open.attribute("href").flatMap { resolve($0, base) }
            }
        case .description:
            channel.description = plainText(open)
        case .subtitle:
            channel.description = construct(open)
        default:
            break
        }
    }

    /// An Atom text construct: `text` as written, `html` (or Atom 0.3's escaped mode) as a reader sees it,
    /// `xhtml` the text of the markup it holds.
    private func construct(_ open: Open) -> String? {
        let type = open.attribute("type")?.lowercased() ?? "text"
        if type == "html" || type == "text/html" || open.attribute("mode") == "escaped" {
            return withText(of: open) { bytes in
                let html = WhiteSpace.trimmed(bytes)
                return html.isEmpty ? nil : Self.trimmed(HTMLText.plain(html))
            }
        }
        let text = withText(of: open, WhiteSpace.collapsed)
        return text.isEmpty ? nil : text
    }

    /// The text of an element that may hold HTML (RSS puts escaped markup in most fields) as a reader sees it;
    /// nil when it has none.
    private func plainText(_ open: Open) -> String? {
        withText(of: open) { bytes in
            let text = WhiteSpace.trimmed(bytes)
            guard !text.isEmpty else { return nil }
            return HTMLText.mayHoldMarkup(text) ? HTMLText.plain(text) : WhiteSpace.collapsed(text)
        }
    }

    /// The text of an element without the white space at either end; nil when it has none.
    private func trimmedText(_ open: Open) -> String? {
        withText(of: open) { bytes in
            let text = WhiteSpace.trimmed(bytes)
            return text.isEmpty ? nil : String(decoding: text, as: UTF8.self)
        }
    }

    private func string(_ open: Open) -> String {
        withText(of: open) { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of an element's text, read in place.
    private func withText<Result>(of open: Open, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[open.textStart...])) }
    }

    /// A date as ISO 8601 in UTC; nil, with a warning that names the line `reader` stands on, when it is none.
    private mutating func date<Reader: XMLCursor>(_ text: String?, _ reader: Reader) -> String? {
        guard let text else { return nil }
        guard let date = FeedDate(text) else {
            warnings.append("line \(reader.line): '\(text)' is not a date, left out")
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

    private static func trimmed(_ text: String) -> String? {
        let trimmed = WhiteSpace.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
