/// Gathers the text of an HTML fragment: one space between words, one line break between blocks, none at
/// either end. Both ways of reading HTML (``HTMLText``'s libxml2 tree and ``SimpleHTML``) write through it, so
/// that they agree on what a space and a line are.
struct PlainTextLines {
    /// The lines so far, each ended by a line break but the one being written.
    private var text: [UInt8] = []
    /// Where the line being written starts in `text`.
    private var lineStart = 0
    private var pendingSpace = false

    init(capacity: Int = 0) {
        text.reserveCapacity(capacity)
    }

    var result: String {
        // A line break ended the last line and none followed it.
        let end = lineStart > 0 && text.count == lineStart ? lineStart - 1 : text.count
        return text.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[..<end]), as: UTF8.self)
        }
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        WhiteSpace.appendCollapsed(bytes, to: &text, from: lineStart, pending: &pendingSpace)
    }

    mutating func breakLine() {
        if text.count > lineStart {
            text.append(0x0A)
            lineStart = text.count
        }
        pendingSpace = false
    }
}
