import CLibXML2
import Glibc

/// The plain text of an HTML fragment (a feed item's summary or content), as a reader sees it: libxml2's HTML
/// parser decodes the entities and repairs the tags; scripts, styles and comments are dropped; block elements
/// and `<br>` end lines; runs of white space become one space. The usual markup of feeds is read without a
/// parser (``SimpleHTML``), to the same text.
public enum HTMLText {
    /// The text of `html`; empty when it has none.
    public static func plain(_ html: String) -> String {
        var html = html
        return html.withUTF8(plain)
    }

    /// The text of the HTML in the UTF-8 `bytes`; empty when it has none.
    public static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        SimpleHTML.text(of: bytes) ?? parsed(bytes)
    }

    /// Whether the UTF-8 `text` holds a `<` or `&`: whether it may be HTML rather than plain text.
    public static func mayHoldMarkup(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let from = Bytes.skipToMarkup(text, from: 0)
        return text[from...].contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }
    }

    /// The text of `html` as libxml2's HTML parser reads it: what ``SimpleHTML`` is held to.
    static func parsed(_ html: UnsafeBufferPointer<UInt8>) -> String {
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard !html.isEmpty else { return "" }
        let document = html.withMemoryRebound(to: CChar.self) {
            htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options)
        }
        guard let document else { return "" }
        defer { xmlFreeDoc(document) }
        var text = PlainTextLines()
        var node = xmlDocGetRootElement(document)
        while let current = node {
            walk(current, into: &text)
            node = current.pointee.next
        }
        return text.result
    }

    private static func walk(_ node: xmlNodePtr, into text: inout PlainTextLines) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                text.add(
                    UnsafeBufferPointer(
                        start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))))
            }
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if dropped.contains(name) { return }
            let block = blocks.contains(name)
            if block { text.breakLine() }
            var child = node.pointee.children
            while let current = child {
                walk(current, into: &text)
                child = current.pointee.next
            }
            if block { text.breakLine() }
        default:
            return
        }
    }

    private static let dropped: Set<String> = ["script", "style", "noscript", "template", "head", "title"]
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table",
        "section", "article", "header", "footer", "dd", "dt", "dl", "hr", "figure", "figcaption", "address",
    ]
}
