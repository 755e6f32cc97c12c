import CLibXML2
import Glibc

/// The plain text of an HTML fragment (a feed item's summary or content), as a reader sees it: libxml2's HTML
/// parser decodes the entities and repairs the tags; scripts, styles and comments are dropped; block elements
/// and `<br>` end lines; runs of white space become one space.
public enum HTMLText {
    /// The text of `html`; empty when it has none.
    public static func plain(_ html: String) -> String {
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)
        let bytes = Array(html.utf8)
        guard !bytes.isEmpty else { return "" }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return "" }
        defer { xmlFreeDoc(document) }
        var text = TextCollector()
        var node = xmlDocGetRootElement(document)
        while let current = node {
            text.walk(current)
            node = current.pointee.next
        }
        return text.result
    }

    private static let dropped: Set<String> = ["script", "style", "noscript", "template", "head", "title"]
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table",
        "section", "article", "header", "footer", "dd", "dt", "dl", "hr", "figure", "figcaption", "address",
    ]

    /// Gathers text, one space between words and one line break between blocks, none at either end.
    private struct TextCollector {
        private var text: [UInt8] = []
        private var line: [UInt8] = []
        private var pendingSpace = false

        var result: String {
            var finished = text
            if !line.isEmpty {
                if !finished.isEmpty { finished.append(0x0A) }
                finished += line
            }
            return String(decoding: finished, as: UTF8.self)
        }

        mutating func walk(_ node: xmlNodePtr) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { add(content) }
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if HTMLText.dropped.contains(name) { return }
                let block = HTMLText.blocks.contains(name)
                if block { breakLine() }
                var child = node.pointee.children
                while let current = child {
                    walk(current)
                    child = current.pointee.next
                }
                if block { breakLine() }
            default:
                return
            }
        }

        private mutating func add(_ content: UnsafePointer<xmlChar>) {
            let bytes = UnsafeBufferPointer(
                start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)))
            WhiteSpace.appendCollapsed(bytes, to: &line, pending: &pendingSpace)
        }

        private mutating func breakLine() {
            if !line.isEmpty {
                if !text.isEmpty { text.append(0x0A) }
                text += line
            }
            line.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
    }
}
