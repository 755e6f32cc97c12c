/// White space as Unicode's White_Space property has it, found in UTF-8 without decoding characters: reading
/// a feed trims and collapses every field, and asking each character for its properties took most of the
/// time of reading one.
public enum WhiteSpace {
    /// The length in bytes of the white space character that starts at `index`, or 0 when none does.
    @inline(__always)
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        let count = bytes.count
        switch byte {
        case 0xC2:
            // U+0085 next line, U+00A0 no-break space.
            return index + 1 < count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0) ? 2 : 0
        case 0xE1:
            // U+1680 Ogham space mark.
            return index + 2 < count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            // U+2000...U+200A, U+2028, U+2029, U+202F; U+205F.
            if second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF) {
                return 3
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            // U+3000 ideographic space.
            return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Appends `bytes` to `output` with each run of white space made one space; `pending` carries a space
    /// not yet written from one call to the next, and none is written at `start` (the start of a line).
    static func appendCollapsed(
        _ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], from start: Int = 0, pending: inout Bool
    ) {
        var index = 0
        while index < bytes.count {
            let space = length(bytes, at: index)
            if space > 0 {
                pending = output.count > start
                index += space
                continue
            }
            if pending {
                output.append(0x20)
                pending = false
            }
            // Up to the next white space that is not a single space between words, copied at once: a byte at a
            // time cost more than the rest of making HTML text.
            var end = index + 1
            while end < bytes.count {
                if end + 8 < bytes.count, continuesRun(bytes, at: end) {
                    end += 8
                    continue
                }
                let byte = bytes[end]
                if !mayStartSpace(byte) {
                    end += 1
                } else if byte == 0x20, end + 1 < bytes.count, !mayStartSpace(bytes[end + 1]) {
                    end += 2
                } else if byte >= 0x80, length(bytes, at: end) == 0 {
                    end += 1
                } else {
                    break
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            index = end
        }
    }

    /// Whether the eight bytes at `index` (with one more after them) go on a run of text as they are: no white
    /// space but single spaces, each before a byte that starts none. Asked of a word at a time, the way
    /// ``SimpleHTML`` looks for markup: a byte at a time, this loop was a sixteenth of reading a feed.
    @inline(__always)
    private static func continuesRun(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
        let spaces = Bytes.equal(word, 0x20)
        guard Bytes.below(word, 0x21) == spaces, spaces & (spaces >> 8) == 0 else { return false }
        // The lead bytes of the other white space characters, looked for only in words that are not all ASCII.
        if !Bytes.isASCII(word) {
            let leads =
                Bytes.equal(word, 0xC2) | Bytes.equal(word, 0xE1) | Bytes.equal(word, 0xE2) | Bytes.equal(word, 0xE3)
            guard leads == 0 else { return false }
        }
        return spaces >> 63 == 0 || !mayStartSpace(bytes[index + 8])
    }

    /// Whether a white space character may start with `byte`: ASCII's, and the lead bytes of the others.
    @inline(__always)
    private static func mayStartSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3
    }

    /// `text` with each run of white space made one space, and none at either end.
    public static func collapsed(_ text: String) -> String {
        var text = text
        return text.withUTF8(collapsed)
    }

    /// The text of the UTF-8 `bytes` with each run of white space made one space, and none at either end.
    public static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pending = false
        appendCollapsed(bytes, to: &output, pending: &pending)
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` without the white space at either end; `text` itself (no copy) when it has none there.
    public static func trimmed(_ text: String) -> String {
        var text = text
        let untouched = text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            return (0x21..<0x80).contains(first) && (0x21..<0x80).contains(last)
        }
        if untouched { return text }
        return text.withUTF8 { String(decoding: trimmed($0), as: UTF8.self) }
    }

    /// The UTF-8 `bytes` without the white space at either end.
    public static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        while start < bytes.count {
            let space = length(bytes, at: start)
            if space == 0 { break }
            start += space
        }
        // From the end backwards: a field's text can be long, and its end is all that matters.
        var end = bytes.count
        while end > start {
            if length(bytes, at: end - 1) == 1 {
                end -= 1
            } else if end - 2 >= start, length(bytes, at: end - 2) == 2 {
                end -= 2
            } else if end - 3 >= start, length(bytes, at: end - 3) == 3 {
                end -= 3
            } else {
                break
            }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// The words of the UTF-8 `bytes`: what white space separates.
    public static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        var start = 0
        var index = 0
        while index <= bytes.count {
            let space = index < bytes.count ? length(bytes, at: index) : 1
            if space == 0 {
                index += 1
                continue
            }
            if start < index {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            }
            index += space
            start = index
        }
        return words
    }
}
