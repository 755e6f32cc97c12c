import Foundation
import XMLStream

/// Reads RSS 0.9x/2.0, RSS 1.0 and Atom (1.0, and 0.3 leniently) in one pass over the streaming reader,
/// handing each item over as it ends, so that memory does not grow with the feed.
///
/// An ill-formed feed is read again from the start in libxml2's recover mode, with a warning naming the line
/// and column of each repair.
public enum FeedReader {
    /// What a feed says about itself; its items went to the caller one by one.
    public struct Header: Sendable, Equatable {
        public var format: Feed.Format
        public var encoding: String
        public var channel: Feed.Channel
        public var warnings: [String]
    }

    /// Reads the feed in the file at `path`; `location` is where it came from (its URL), the base of its
    /// relative links.
    ///
    /// - Throws: ``FeedError``, or what `item` throws.
    public static func read(path: String, location: String? = nil, item: (FeedItem) throws -> Void) throws -> Header {
        try read(
            file: path, location: location ?? URL(fileURLWithPath: path).absoluteString,
            streaming: { try XMLStreamReader(path: path) }, recovering: { try XMLStreamReader.recovering(path: path) },
            item: item)
    }

    /// The whole feed, items included: for a dry run.
    public static func feed(path: String, location: String? = nil) throws -> Feed {
        var items: [FeedItem] = []
        let header = try read(path: path, location: location) { items.append($0) }
        return Feed(
            format: header.format, encoding: header.encoding, feed: header.channel, items: items,
            warnings: header.warnings)
    }

    private static func read(
        file: String, location: String?, streaming: () throws -> XMLStreamReader,
        recovering: () throws -> XMLStreamReader, item: (FeedItem) throws -> Void
    ) throws -> Header {
        // Items go to the caller as they end. When the stream gives up, recover mode reads the feed again from
        // the start, and the items the stream delivered come first again, the same up to the error: they are
        // skipped, so that each item is handed over once.
        var delivered = 0
        do {
            var parser = FeedParser(file: file, location: location)
            return try parser.run(try streaming()) { found in
                try item(found)
                delivered += 1
            }
        } catch let diagnostic as XMLDiagnostic {
            let reader: XMLStreamReader
            do {
                reader = try recovering()
            } catch let fatal as XMLDiagnostic {
                throw FeedError.unreadable(file: file, line: fatal.line, column: fatal.column, reason: fatal.message)
            }
            var parser = FeedParser(file: file, location: location)
            var seen = 0
            var header = try parser.run(reader) { found in
                seen += 1
                if seen > delivered { try item(found) }
            }
            let repairs = reader.diagnostics.isEmpty ? [diagnostic] : reader.diagnostics
            // libxml2 reports an entity loop once per nesting level, at the same place: say each thing once.
            var said: Set<String> = []
            let warnings = repairs.map { "line \($0.line), column \($0.column): \($0.message) (read in recover mode)" }
            header.warnings.insert(contentsOf: warnings.filter { said.insert($0).inserted }, at: 0)
            return header
        }
    }
}
