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
    /// relative links. libxml2 parses on a thread of its own, a batch of nodes ahead (``XMLReadAhead``);
    /// `item` is called on the calling thread.
    ///
    /// - Throws: ``FeedError``, or what `item` throws.
    public static func read(path: String, location: String? = nil, item: (FeedItem) throws -> Void) throws -> Header {
        let location = location ?? URL(fileURLWithPath: path).absoluteString
        func pass<Reader: XMLCursor>(_ reader: inout Reader, _ gate: RecoveringPass.Gate) throws -> Header {
            var parser = FeedParser(file: path, location: location)
            return try parser.run(&reader) { found in if gate.admit() { try item(found) } }
        }
        do {
            var (header, repairs) = try RecoveringPass.read(
                path: path,
                streamed: { gate in try XMLReadAhead.reading(path: path) { try pass(&$0, gate) } },
                recovered: { walker, gate in
                    var reader = walker
                    return try pass(&reader, gate)
                })
            header.warnings.insert(contentsOf: repairs, at: 0)
            return header
        } catch let fatal as XMLDiagnostic {
            throw FeedError.unreadable(file: path, line: fatal.line, column: fatal.column, reason: fatal.message)
        }
    }

    /// The whole feed, items included: for a dry run.
    public static func feed(path: String, location: String? = nil) throws -> Feed {
        var items: [FeedItem] = []
        let header = try read(path: path, location: location) { items.append($0) }
        return Feed(
            format: header.format, encoding: header.encoding, feed: header.channel, items: items,
            warnings: header.warnings)
    }
}
