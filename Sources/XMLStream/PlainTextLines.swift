/// Gathers the text of an HTML fragment: one space between words, one line break between blocks, none at
/// either end. Both ways of reading HTML (``HTMLText``'s libxml2 tree and ``SimpleHTML``) write through it, so
/// that they agree on what a space and a line are.
struct PlainTextLines {
    private var text: [UInt8] = []
    private var line: [UInt8] = []
    private var pendingSpace = false

    init(capacity: Int = 0) {
        line.reserveCapacity(capacity)
    }

    var result: String {
        if text.isEmpty { return String(decoding: line, as: UTF8.self) }
        if line.isEmpty { return String(decoding: text, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: text.count + 1 + line.count) { buffer in
            let lineStart = buffer.initialize(fromContentsOf: text) + 1
            buffer[lineStart - 1] = 0x0A
            return lineStart
                + UnsafeMutableBufferPointer(rebasing: buffer[lineStart...]).initialize(fromContentsOf: line)
        }
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        WhiteSpace.appendCollapsed(bytes, to: &line, pending: &pendingSpace)
    }

    mutating func breakLine() {
        if !line.isEmpty {
            if !text.isEmpty { text.append(0x0A) }
            text += line
        }
        line.removeAll(keepingCapacity: true)
        pendingSpace = false
    }
}
