import CLibXML2

/// The plain text of the HTML that feeds usually carry (paragraphs, links, emphasis, lists, line breaks,
/// entities, comments, scripts), read in one pass over its bytes, without building a tree.
///
/// libxml2's HTML parser stays the reference: this reader gives up (nil) on anything whose text libxml2's
/// repairs could change: a tag it does not know, an element its content model would close early (a block
/// inside a paragraph or inline element), an end tag that does not close the innermost open element, an entity
/// libxml2 would not decode, a `<` that starts no tag, a character XML forbids. ``HTMLText`` then asks libxml2.
/// A differential test holds the two to the same text on generated fragments, and `Tools/fuzz` (`FuzzHTML`) on
/// whatever it finds. libxml2's parse of each item's HTML took one and a half times as long as parsing the
/// whole feed's XML (docs/PERFORMANCE.md).
enum SimpleHTML {
    private enum Kind {
        /// Text-level elements: no line break, and only other text-level elements inside.
        case inline
        /// Elements that hold only text-level content (a paragraph, a heading); libxml2 closes them at a block.
        case textBlock
        /// Elements that may hold blocks (a division, a list, a quotation).
        case block
        /// `br`, `hr`: no content, no end tag.
        case void
        /// `script`, `style`: raw text up to their end tag, dropped.
        case raw
    }

    private static let kinds: [TagName: Kind] = {
        var kinds: [TagName: Kind] = [:]
        for name in [
            "a", "abbr", "acronym", "b", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd",
            "q", "s", "samp", "small", "span", "strike", "strong", "tt", "u", "var",
        ] { kinds[TagName(name)] = .inline }
        for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "dt"] {
            kinds[TagName(name)] = .textBlock
        }
        for name in ["div", "ul", "ol", "li", "dl", "dd", "blockquote"] { kinds[TagName(name)] = .block }
        kinds[TagName("br")] = .void
        kinds[TagName("hr")] = .void
        kinds[TagName("script")] = .raw
        kinds[TagName("style")] = .raw
        return kinds
    }()

    /// How deep elements may nest here: libxml2 gives up on a document past 256 (`xmlParserMaxDepth`).
    private static let deepest = 200

    /// The text of `html`, or nil when libxml2's reading could differ from this one's.
    static func text(of html: UnsafeBufferPointer<UInt8>) -> String? {
        var scanner = Scanner(html)
        return scanner.run()
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var output: PlainTextLines
        /// The open elements, innermost last.
        var open: [(name: TagName, kind: Kind)] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            output = PlainTextLines(capacity: bytes.count)
        }

        mutating func run() -> String? {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || holdsForbiddenCharacter() { return nil }
            var textStart = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") {
                    flushText(from: textStart)
                    let read = byte == UInt8(ascii: "<") ? markup() : reference()
                    guard read else { return nil }
                    textStart = index
                } else {
                    index = Bytes.skipToMarkup(bytes, from: index + 1)
                }
            }
            flushText(from: textStart)
            return output.result
        }

        /// Whether the fragment holds, anywhere (text, tag, comment or script), a character XML forbids (a NUL,
        /// other control characters, U+FFFE, U+FFFF), which libxml2's HTML parser reports and repairs its own
        /// way: the fuzzer found a NUL in an attribute read differently.
        private func holdsForbiddenCharacter() -> Bool {
            var position = 0
            while position < bytes.count {
                // Eight bytes at a time while none is a control character or U+FFFE's and U+FFFF's first
                // byte: checked a byte at a time, this took a seventh of making an item's HTML text.
                if position + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self)
                    if Bytes.below(word, 0x20) == 0 && (Bytes.isASCII(word) || Bytes.equal(word, 0xEF) == 0) {
                        position += 8
                        continue
                    }
                }
                let byte = bytes[position]
                defer { position += 1 }
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                } else if byte == 0xEF, position + 2 < bytes.count, bytes[position + 1] == 0xBF,
                    bytes[position + 2] >= 0xBE
                {
                    return true
                }
            }
            return false
        }

        /// Writes the text between `start` and here.
        private mutating func flushText(from start: Int) {
            guard start < index else { return }
            output.add(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        }

        // MARK: Tags

        private mutating func markup() -> Bool {
            if matches("<!--", at: index) { return comment() }
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") { return endTag() }
            return startTag()
        }

        /// A comment without `--` before its end: libxml2 also ends one at `--!>` (FuzzHTML found it).
        private mutating func comment() -> Bool {
            var cursor = index + 4
            while cursor + 2 < bytes.count {
                if bytes[cursor] == UInt8(ascii: "-") && bytes[cursor + 1] == UInt8(ascii: "-") {
                    guard bytes[cursor + 2] == UInt8(ascii: ">") else { return false }
                    index = cursor + 3
                    return true
                }
                cursor += 1
            }
            return false
        }

        private mutating func startTag() -> Bool {
            index += 1
            guard let name = tagName(), let kind = SimpleHTML.kinds[name] else { return false }
            var selfClosing = false
            guard skipAttributes(selfClosing: &selfClosing) else { return false }
            let inside = open.last
            switch kind {
            case .inline:
                if name == .anchor, open.contains(where: { $0.name == .anchor }) { return false }
            case .textBlock, .block:
                if let inside, inside.kind != .block { return false }
                // Items that libxml2 closes when a sibling of the same family starts.
                if let inside, TagName.listItems.contains(name), TagName.listItems.contains(inside.name) {
                    return false
                }
                output.breakLine()
            case .void:
                if name == .rule, let inside, inside.kind != .block { return false }
                output.breakLine()
                return true
            case .raw:
                if selfClosing { return true }
                return rawText(name)
            }
            if selfClosing {
                if kind != .inline { output.breakLine() }
            } else {
                // libxml2 stops at 256 open elements (the fuzzer found it), this reader well before.
                guard open.count < SimpleHTML.deepest else { return false }
                open.append((name, kind))
            }
            return true
        }

        private mutating func endTag() -> Bool {
            index += 2
            guard let name = tagName(), let innermost = open.last, innermost.name == name else { return false }
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return false }
            index += 1
            open.removeLast()
            if innermost.kind != .inline { output.breakLine() }
            return true
        }

        /// A script's or style's content, up to its end tag (which libxml2, recovering, looks for by name).
        private mutating func rawText(_ name: TagName) -> Bool {
            // libxml2 reads an end tag before it reads raw text: `<script></p>` ends the paragraph and the script
            // (FuzzHTML found it).
            if matches("</", at: index) { return false }
            var cursor = index
            while cursor + 2 + name.count < bytes.count {
                if bytes[cursor] == UInt8(ascii: "<"), bytes[cursor + 1] | 0x20 == UInt8(ascii: "/"),
                    TagName(UnsafeBufferPointer(rebasing: bytes[(cursor + 2)..<(cursor + 2 + name.count)])) == name
                {
                    index = cursor + 2 + name.count
                    skipSpaces()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return false }
                    index += 1
                    return true
                }
                cursor += 1
            }
            return false
        }

        /// A tag's name in lower case, ended by white space, `>` or `/`; nil for any other.
        private mutating func tagName() -> TagName? {
            let start = index
            while index < bytes.count, isLetterOrDigit(bytes[index]) { index += 1 }
            guard index > start, index - start <= 10, isLetter(bytes[start]), index < bytes.count else { return nil }
            let next = bytes[index]
            guard isSpace(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") else { return nil }
            return TagName(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        }

        /// Skips to the end of a start tag; false on anything but plain attributes.
        private mutating func skipAttributes(selfClosing: inout Bool) -> Bool {
            while true {
                skipSpaces()
                guard index < bytes.count else { return false }
                switch bytes[index] {
                case UInt8(ascii: ">"):
                    index += 1
                    return true
                case UInt8(ascii: "/"):
                    guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { return false }
                    index += 2
                    selfClosing = true
                    return true
                default:
                    guard attribute() else { return false }
                }
            }
        }

        private mutating func attribute() -> Bool {
            let start = index
            while index < bytes.count, isLetterOrDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index > start, isLetter(bytes[start]) else { return false }
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return true }
            index += 1
            skipSpaces()
            guard index < bytes.count else { return false }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let end = bytes[(index + 1)...].firstIndex(of: quote) else { return false }
                index = end + 1
                return true
            }
            let valueStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                    || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "=")
                {
                    return false
                }
                index += 1
            }
            return index > valueStart
        }

        // MARK: References

        /// `&name;` of HTML's table, `&#nnn;`, `&#xhh;` of a character XML allows, or a `&` that starts none
        /// (before white space or at the end), which libxml2 keeps as it is.
        private mutating func reference() -> Bool {
            let next = index + 1
            guard next < bytes.count, !isSpace(bytes[next]) else {
                output.add(UnsafeBufferPointer(rebasing: bytes[index..<next]))
                index = next
                return true
            }
            let scalar: Unicode.Scalar?
            if bytes[next] == UInt8(ascii: "#") {
                scalar = numericReference(from: next + 1)
            } else {
                scalar = namedReference(from: next)
            }
            guard let scalar else { return false }
            var character = String(Character(scalar))
            character.withUTF8 { output.add($0) }
            return true
        }

        private mutating func numericReference(from start: Int) -> Unicode.Scalar? {
            var cursor = start
            let hex = cursor < bytes.count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
            if hex { cursor += 1 }
            var value: UInt32 = 0
            let digitsStart = cursor
            while cursor < bytes.count, cursor - digitsStart < 7, let digit = digit(bytes[cursor], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                cursor += 1
            }
            guard cursor > digitsStart, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";"),
                value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0xD7FF).contains(value)
                    || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
            else { return nil }
            index = cursor + 1
            return Unicode.Scalar(value)
        }

        private mutating func namedReference(from start: Int) -> Unicode.Scalar? {
            var cursor = start
            while cursor < bytes.count, cursor - start < 16, isLetterOrDigit(bytes[cursor]) { cursor += 1 }
            guard cursor > start, isLetter(bytes[start]), cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";")
            else { return nil }
            var name = Array(bytes[start..<cursor])
            name.append(0)
            guard let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) else {
                return nil
            }
            index = cursor + 1
            return scalar
        }

        // MARK: Bytes

        private mutating func skipSpaces() {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        }

        private func matches(_ literal: StaticString, at position: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            return (0..<count).allSatisfy { bytes[position + $0] == literal.utf8Start[$0] }
        }

        private func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }

        private func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        private func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        }

        private func isLetterOrDigit(_ byte: UInt8) -> Bool {
            isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }
}
