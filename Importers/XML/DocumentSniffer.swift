import Directory
import Foundation
import XMLStream

/// Tells what a file holds before it is read: XML or a CSV list, and which XML.
public enum DocumentSniffer {
    /// What an XML document is, from its root element.
    public enum Kind: Sendable, Equatable {
        case feed(Feed.Format)
        /// Directory XML (`docs/DIRECTORY-XML.md`).
        case directory
        /// An OPML list of feeds.
        case opml
        /// Anything else, by its root's name.
        case other(String)
    }

    /// Whether the file at `path` is XML: after a byte-order mark and white space, XML starts with `<`, which
    /// no CSV header does.
    public static func isXML(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        var bytes = ArraySlice(head)
        for mark: [UInt8] in [[0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0xFF, 0xFE]] where bytes.starts(with: mark) {
            bytes = bytes.dropFirst(mark.count)
        }
        // UTF-16 puts a zero byte beside each ASCII one.
        let ascii = bytes.filter { $0 != 0 }
        return ascii.first {
            ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains($0)
        }
            == UInt8(ascii: "<")
    }

    /// What the XML document in the file at `path` is, from its first element; nil when it has none that
    /// the streaming reader reaches (the importer then reads it in recover mode and says why).
    public static func kind(path: String) -> Kind? {
        guard let reader = try? XMLStreamReader(path: path) else { return nil }
        while let node = try? reader.next() {
            guard node.kind == .startElement else { continue }
            switch (node.name, node.namespace ?? "") {
            case ("directory", DirectoryNamespace.uri): return .directory
            case ("opml", ""): return .opml
            default:
                return (try? FeedParser.format(root: XMLName(name: node.name, namespace: node.namespace), file: path))
                    .map(Kind.feed) ?? .other(node.name)
            }
        }
        return nil
    }
}
