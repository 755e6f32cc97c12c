import Foundation

/// An ``XMLStreamReader`` over a file that parses on a thread of its own, a batch of nodes ahead of the
/// reader: libxml2's parse and what the reader makes of each node then take a core each. Memory stays
/// bounded: at most a few batches wait, each of at most about a thousand nodes or 64 KiB of text.
///
/// On one thread, reading a 286 MB feed took 2.3 times as long as xmllint's parse alone, about half of it in
/// libxml2; reading ahead, 1.6 times by the clock (docs/PERFORMANCE.md).
public struct XMLReadAhead: XMLCursor {
    /// What the parsing thread leaves when the document is read to its end.
    struct Ending: Sendable {
        var diagnostics: [XMLDiagnostic]
        var encoding: String?
    }

    private let pipe: BatchPipe<XMLNodeBatch, Ending>
    private var batch = XMLNodeBatch()
    /// The node moved to, in ``batch``.
    private var index = -1
    public private(set) var elementNames: [XMLName] = []
    public private(set) var diagnostics: [XMLDiagnostic] = []
    public private(set) var encoding: String?

    private init(pipe: BatchPipe<XMLNodeBatch, Ending>) {
        self.pipe = pipe
    }

    /// Reads the file at `path` in `body`, as ``XMLStreamReader/init(path:)`` would, parsing on another
    /// thread; returns once that thread has stopped, even when `body` throws or leaves before the end.
    ///
    /// - Parameter depth: how many batches may wait, read ahead.
    /// - Throws: what `body` throws; the ``XMLDiagnostic`` that stopped parsing comes through ``advance()``.
    public static func reading<Result>(
        path: String, depth: Int = 4, _ body: (inout XMLReadAhead) throws -> Result
    ) throws -> Result {
        XMLLibrary.prepareForThreads()
        let pipe = BatchPipe<XMLNodeBatch, Ending>(depth: depth)
        Thread.detachNewThread { parse(path: path, into: pipe) }
        defer { pipe.abandon() }
        var reader = XMLReadAhead(pipe: pipe)
        return try body(&reader)
    }

    /// The parsing thread's work. What was read before an error is handed over before the error, as a reader
    /// in one thread would have met it.
    private static func parse(path: String, into pipe: BatchPipe<XMLNodeBatch, Ending>) {
        let outcome: Result<Ending, any Error>
        do {
            outcome = read(try XMLStreamReader(path: path), into: pipe)
        } catch {
            outcome = .failure(error)
        }
        pipe.finish(outcome)
    }

    /// No closure here captures the batch: a captured variable lives in a box whose every access Swift checks
    /// for exclusivity at run time.
    private static func read(
        _ reader: XMLStreamReader, into pipe: BatchPipe<XMLNodeBatch, Ending>
    ) -> Result<Ending, any Error> {
        var batch = XMLNodeBatch()
        var namesSent = 0
        do {
            while let kind = try reader.advance() {
                batch.append(kind, from: reader)
                if batch.isFull { try hand(&batch, from: reader, namesSent: &namesSent, into: pipe) }
            }
            if !batch.nodes.isEmpty { try hand(&batch, from: reader, namesSent: &namesSent, into: pipe) }
            return .success(Ending(diagnostics: reader.diagnostics, encoding: reader.encoding))
        } catch {
            if !(error is CancellationError), !batch.nodes.isEmpty {
                try? hand(&batch, from: reader, namesSent: &namesSent, into: pipe)
            }
            return .failure(error)
        }
    }

    /// Sends the batch, with the element names met since the last, and starts another.
    private static func hand(
        _ batch: inout XMLNodeBatch, from reader: XMLStreamReader, namesSent: inout Int,
        into pipe: BatchPipe<XMLNodeBatch, Ending>
    ) throws {
        batch.newNames = reader.elementNames[namesSent...]
        namesSent = reader.elementNames.count
        try pipe.send(batch)
        batch = XMLNodeBatch()
    }

    public mutating func advance() throws -> XMLNode.Kind? {
        index += 1
        while index >= batch.nodes.count {
            switch pipe.next() {
            case .batch(let next):
                batch = next
                elementNames.append(contentsOf: next.newNames)
                index = 0
            case .finished(let outcome):
                let ending = try outcome.get()
                diagnostics = ending.diagnostics
                encoding = ending.encoding
                index = batch.nodes.count
                return nil
            }
        }
        return batch.nodes[index].kind
    }

    public var elementName: Int { Int(batch.nodes[index].name) }

    public var isEmptyElement: Bool { batch.nodes[index].isEmptyElement }

    public var line: Int { Int(batch.nodes[index].line) }

    public func attributes() -> [XMLAttribute] {
        let node = batch.nodes[index]
        return Array(batch.attributes[Int(node.start)..<Int(node.end)])
    }

    public func appendText(to buffer: inout [UInt8]) {
        let node = batch.nodes[index]
        buffer.append(contentsOf: batch.bytes[Int(node.start)..<Int(node.end)])
    }
}
