import CLibXML2

/// Repairs, before a recover-mode parse, the references that libxml2's own repair drops with the text around
/// them: a bare `&` (`Fish & chips`, a link's `?a=1&b=2`), which it reads as nothing, and HTML's named
/// characters in a document that declares none (`Caf&eacute;`), which it reads as an undefined entity and
/// drops. A bare `&` becomes `&amp;`, reported with its line and column; an HTML name becomes its numeric
/// reference. CDATA sections, comments and processing instructions are left as they are, and UTF-16 is
/// left to libxml2 (its bytes are not ASCII's).
enum ReferenceRepair {
    /// The repaired document and what was repaired; nil when nothing needed it.
    static func repaired(_ bytes: [UInt8]) -> (bytes: [UInt8], diagnostics: [XMLDiagnostic])? {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.prefix(4).contains(0) {
            return nil
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var diagnostics: [XMLDiagnostic] = []
        var changed = false
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let end = verbatimEnd(bytes, at: index) {
                for position in index..<end where bytes[position] == 0x0A {
                    line += 1
                    lineStart = position + 1
                }
                output += bytes[index..<end]
                index = end
                continue
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            switch reference(bytes, at: index) {
            case .kept(let length):
                output += bytes[index..<index + length]
                index += length
            case .html(let value, let length):
                output += Array("&#\(value);".utf8)
                index += length
                changed = true
            case .bare:
                output += Array("&amp;".utf8)
                changed = true
                diagnostics.append(
                    XMLDiagnostic(
                        severity: .error, line: line, column: index - lineStart + 1,
                        message: "a '&' that begins no reference is read as itself"))
                index += 1
            }
        }
        return changed ? (output, diagnostics) : nil
    }

    private enum Reference {
        /// A reference libxml2 reads, or leaves out with its own warning.
        case kept(Int)
        /// One of HTML's named characters: its code point.
        case html(UInt32, Int)
        case bare
    }

    private static let predefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    private static func reference(_ bytes: [UInt8], at start: Int) -> Reference {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            index += 1
            let hex = index < bytes.count && (bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X"))
            if hex { index += 1 }
            let digitsStart = index
            while index < bytes.count, index - digitsStart < 8, isDigit(bytes[index], hex: hex) { index += 1 }
            return index > digitsStart && index < bytes.count && bytes[index] == UInt8(ascii: ";")
                ? .kept(index + 1 - start) : .bare
        }
        let nameStart = index
        while index < bytes.count, index - nameStart < 64, isNameByte(bytes[index], first: index == nameStart) {
            index += 1
        }
        guard index > nameStart, index < bytes.count, bytes[index] == UInt8(ascii: ";") else { return .bare }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        let length = index + 1 - start
        if predefined.contains(name) { return .kept(length) }
        guard let entity = htmlEntityLookup(name) else { return .kept(length) }
        return .html(entity.pointee.value, length)
    }

    /// Where a CDATA section, comment or processing instruction that starts at `start` ends (past its
    /// closing), or nil when none starts there; an unclosed one runs to the end.
    private static func verbatimEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        let openings: [(open: [UInt8], close: [UInt8])] = [
            (Array("<![CDATA[".utf8), Array("]]>".utf8)), (Array("<!--".utf8), Array("-->".utf8)),
            (Array("<?".utf8), Array("?>".utf8)),
        ]
        for (open, close) in openings where bytes[start...].starts(with: open) {
            var index = start + open.count
            while index < bytes.count {
                if bytes[index...].starts(with: close) { return index + close.count }
                index += 1
            }
            return bytes.count
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): hex
        default: false
        }
    }

    private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"),
            UInt8(ascii: ":"), 0x80...:
            true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."): !first
        default: false
        }
    }
}
