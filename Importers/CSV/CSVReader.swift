/// A streaming RFC 4180 reader that works on bytes, in constant memory.
///
/// Handles quoted fields holding delimiters, quotes (`""`) and newlines; CRLF, LF and CR line ends; `,`, `;`
/// or tab as the delimiter, guessed from the header line; UTF-8 with or without BOM and UTF-16 with BOM; and
/// Windows-1252 when the file does not start as UTF-8. A field that is not UTF-8 further down is read as
/// Windows-1252 too, with a warning naming its line.
///
/// A record with a cell over ``maximumCellBytes`` or a control character other than tab and line ends (NUL
/// among them: a binary file, or text that would break the XML export and terminals) comes with a
/// ``CSVRecord/problem``; the over-long cell is not kept, so memory stays bounded whatever the line's length.
///
/// See [RFC 4180](https://www.rfc-editor.org/rfc/rfc4180).
public final class CSVReader {
    /// The longest cell kept: a megabyte is far more than any name or description.
    public static let maximumCellBytes = 1 << 20

    public private(set) var encoding: TextEncoding = .utf8
    public private(set) var delimiter: UInt8 = UInt8(ascii: ",")
    /// Problems that did not stop reading, with their lines.
    public private(set) var warnings: [Diagnostic] = []

    private var source: any ByteSource
    private var chunk: [UInt8] = []
    private var position = 0
    private var finished = false

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
    private var state = State.fieldStart
    private var field: [UInt8] = []
    /// Bytes of the current field beyond ``maximumCellBytes``, counted rather than kept.
    private var dropped = 0
    private var problem: String?
    private var cells: [String] = []
    private var line = 1
    private var recordLine = 1
    private var quoteLine = 1
    private var afterCR = false

    /// Reads the file at `path`.
    ///
    /// - Throws: ``ImportError/cannotRead(path:reason:)``.
    public convenience init(path: String) throws {
        try self.init(source: FileByteSource(path: path))
    }

    /// Reads bytes already in memory, in chunks of `chunkSize`.
    public convenience init(bytes: [UInt8], chunkSize: Int = 1 << 16) throws {
        try self.init(source: MemoryByteSource(bytes, chunkSize: chunkSize))
    }

    private init(source: some ByteSource) throws {
        var source = source
        var first = try source.nextChunk() ?? []
        // A BOM or a delimiter guess needs a few bytes; gather them if the first chunk is tiny.
        while first.count < 4096, let more = try source.nextChunk() { first += more }
        if let (bom, length) = TextEncoding.fromBOM(first) {
            encoding = bom
            first.removeFirst(length)
        }
        switch encoding {
        case .utf16LE, .utf16BE:
            var transcoder = UTF16ToUTF8Source(
                PrefixedSource(first: first, rest: source), bigEndian: encoding == .utf16BE
            )
            chunk = try transcoder.nextChunk() ?? []
            self.source = transcoder
        default:
            self.source = source
            chunk = first
            if !TextEncoding.looksLikeUTF8(chunk[...]) {
                encoding = .windows1252
                warnings.append(Diagnostic(line: nil, message: "not UTF-8: read as Windows-1252"))
            }
        }
        delimiter = Self.sniffDelimiter(chunk)
    }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    ///
    /// - Throws: ``CSVError/unterminatedQuote(line:)`` when the file ends inside a quoted field.
    public func next() throws -> CSVRecord? {
        while true {
            if position == chunk.count {
                if finished { return nil }
                if let more = try source.nextChunk() {
                    chunk = more
                    position = 0
                    continue
                }
                finished = true
                if state == .quoted {
                    state = .fieldStart
                    throw CSVError.unterminatedQuote(line: quoteLine)
                }
                if state == .fieldStart && cells.isEmpty && field.isEmpty { return nil }
                if let record = endRecord() { return record }
                return nil
            }
            if let record = step(chunk[position]) {
                position += 1
                return record
            }
            position += 1
        }
    }

    /// Feeds one byte to the state machine; returns a record when the byte ends one.
    private func step(_ byte: UInt8) -> CSVRecord? {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        if afterCR {
            afterCR = false
            if byte == lf { return nil }
        }
        switch state {
        case .fieldStart where byte == quote:
            state = .quoted
            quoteLine = line
            return nil
        case .quoted:
            if byte == quote {
                state = .quoteInQuoted
            } else {
                if byte == lf { line += 1 }
                append(byte)
            }
            return nil
        case .quoteInQuoted where byte == quote:
            append(quote)
            state = .quoted
            return nil
        case .fieldStart, .unquoted, .quoteInQuoted:
            if byte == delimiter {
                endField()
                return nil
            }
            if byte == lf || byte == cr {
                afterCR = byte == cr
                line += 1
                return endRecord()
            }
            if state == .quoteInQuoted {
                warnings.append(Diagnostic(line: line, message: "text after a closing quote is kept as it is"))
            }
            state = .unquoted
            append(byte)
            return nil
        }
    }

    private func append(_ byte: UInt8) {
        guard field.count < Self.maximumCellBytes else {
            dropped += 1
            return
        }
        if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, problem == nil {
            let hex = String(byte, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
            problem = "cell \(cells.count + 1) holds the control character \(code)"
        }
        field.append(byte)
    }

    private func endField() {
        if dropped > 0 {
            let size = field.count + dropped
            let limit = Self.maximumCellBytes
            problem = problem ?? "cell \(cells.count + 1) holds \(size) bytes, over the \(limit) a cell may hold"
            dropped = 0
            field.removeAll(keepingCapacity: false)
        }
        cells.append(decode(field))
        field.removeAll(keepingCapacity: true)
        state = .fieldStart
    }

    private func endRecord() -> CSVRecord? {
        endField()
        defer {
            cells.removeAll(keepingCapacity: true)
            problem = nil
            recordLine = line
        }
        if cells.count == 1 && cells[0].isEmpty && problem == nil { return nil }
        return CSVRecord(line: recordLine, cells: cells, problem: problem)
    }

    private func decode(_ bytes: [UInt8]) -> String {
        if encoding == .windows1252 { return TextEncoding.decodeWindows1252(bytes) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        warnings.append(Diagnostic(line: recordLine, message: "a cell is not UTF-8: read as Windows-1252"))
        return TextEncoding.decodeWindows1252(bytes)
    }
}

/// A source whose first chunk was already read (to look for a BOM).
private struct PrefixedSource: ByteSource {
    var first: [UInt8]?
    var rest: any ByteSource

    mutating func nextChunk() throws -> [UInt8]? {
        if let chunk = first {
            first = nil
            return chunk
        }
        return try rest.nextChunk()
    }
}
