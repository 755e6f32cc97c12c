import Foundation
import XMLStream

/// Tells a feed (or any XML document) from a CSV list by its first bytes: after a byte-order mark and white
/// space, XML starts with `<`, which no CSV header does.
public enum FeedSniffer {
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

    /// The format of the feed in the file at `path`, from its root element; nil when it is not a feed.
    public static func format(path: String) -> Feed.Format? {
        guard let reader = try? XMLStreamReader(path: path) else { return nil }
        while let node = try? reader.next() {
            if node.kind == .startElement { return try? FeedParser.format(root: node, file: path) }
        }
        return nil
    }
}
