import Foundation

/// Folds names so that spellings a person would call the same meet: "Ciudad de México", "CIUDAD DE MEXICO"
/// and "ciudad-de-mexico" all become `ciudad de mexico`.
///
/// Each character is folded on its own: Unicode compatibility decomposition (NFKD, so full-width letters and
/// ligatures fold), non-spacing and enclosing marks dropped (diacritics), letters that carry their stroke
/// inside the code point mapped (ł, ø, đ, ß, æ, œ, þ, ı), lower case. Then every run of characters that are not
/// letters, digits or spacing marks collapses to one space. Folding character by character gives the same
/// result as folding the whole string, because decomposition works per character and the marks that
/// canonical reordering would move are the ones dropped; Hangul syllables are left whole, so nothing needs
/// recomposing. Scripts without case (東京) pass through unchanged.
///
/// Safe to call from any thread.
public enum Normalizer {
    /// The normalised form of `text`; empty when `text` holds no letter or digit.
    public static func normalize(_ text: some StringProtocol) -> String {
        normalize(String(text))
    }

    /// ``normalize(_:)`` for a `String`, the one that does the work: the generic one, called from another
    /// module, walked the text through unspecialised generic code, and an article's mentions took a tenth of
    /// its import there.
    public static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            func emit(_ byte: UInt8) {
                if byte == spaceByte {
                    pendingSpace = true
                    return
                }
                if pendingSpace && !out.isEmpty { out.append(spaceByte) }
                pendingSpace = false
                out.append(byte)
            }
            // One walk over the bytes, ASCII folded in place and other characters decoded where they start:
            // testing the whole text for ASCII before walking it was a fifth of normalising an article.
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    emit(foldASCII(byte))
                    index += 1
                    continue
                }
                let (scalar, length) = decode(bytes, at: index)
                for folded in folded(scalar) { emit(folded) }
                index += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The character whose UTF-8 starts at `index` of `bytes`, which are valid UTF-8 (a `String`'s), and its
    /// length in bytes. Valid UTF-8 always decodes to a scalar: the replacement character only answers the
    /// initialiser's optional.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The normalised form of `text` with the letters that German, Danish and Norwegian spell out in ASCII
    /// written that way ("München" gives `muenchen`, "Zürich" `zuerich`, "Århus" `aarhus`), so that a name
    /// typed on a keyboard without them still meets; nil when `text` has none of those letters.
    public static func transliterated(_ text: some StringProtocol) -> String? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        var spelled = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if let letters = spelledOut[scalar] {
                spelled.append(contentsOf: letters.unicodeScalars)
                changed = true
            } else if scalar == "\u{308}" || scalar == "\u{30A}", let last = spelled.last,
                let letters = spelledOutDecomposed["\(last)\(scalar)"]
            {
                // A base letter followed by its combining mark, as some systems write ä.
                spelled.removeLast()
                spelled.append(contentsOf: letters.unicodeScalars)
                changed = true
            } else {
                spelled.append(scalar)
            }
        }
        return changed ? normalize(String(spelled)) : nil
    }

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ä": "ae", "Ä": "ae", "ö": "oe", "Ö": "oe", "ü": "ue", "Ü": "ue", "å": "aa", "Å": "aa", "ø": "oe", "Ø": "oe",
    ]

    private static let spelledOutDecomposed: [String: String] = [
        "a\u{308}": "ae", "A\u{308}": "ae", "o\u{308}": "oe", "O\u{308}": "oe", "u\u{308}": "ue", "U\u{308}": "ue",
        "a\u{30A}": "aa", "A\u{30A}": "aa",
    ]

    /// Splits `text` into normalised words.
    public static func words(_ text: some StringProtocol) -> [String] {
        let normalized = normalize(text)
        // Normalised ASCII is letters, digits and single spaces, one byte a character, so its words are split on
        // bytes: splitting by characters walked grapheme breaks, a third of indexing a feed's vocabulary.
        guard normalized.utf8.allSatisfy({ $0 < 0x80 }) else {
            return normalized.split(separator: " ").map(String.init)
        }
        return normalized.utf8.split(separator: spaceByte).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `text` without the white space (spaces, tabs, line breaks, no-break spaces) at either end.
    public static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace {
            end = scalars.index(before: end)
        }
        if start == scalars.startIndex && end == scalars.endIndex { return text }
        return String(text[start..<end])
    }

    private static let spaceByte = UInt8(ascii: " ")

    /// ASCII letters lowered, digits kept, everything else a separator. A function, not a table: the table was a
    /// global, and reaching it from the loop called `swift_once` at every byte (1.5 % of importing a feed's
    /// articles).
    @inline(__always)
    private static func foldASCII(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        default: spaceByte
        }
    }

    /// Folded characters met so far, as UTF-8 with a space for each character that separates words. Folding
    /// one character asks Foundation for its decomposition, which is slow, so each is folded once per process.
    private static let cache = Locked<[UInt32: [UInt8]]>([:])

    private static func folded(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let bytes = cache.withLock({ $0[scalar.value] }) { return bytes }
        let bytes = computeFold(scalar)
        cache.withLock { $0[scalar.value] = bytes }
        return bytes
    }

    private static func computeFold(_ scalar: Unicode.Scalar) -> [UInt8] {
        // Hangul syllables decompose into jamo that would need recomposing: keep them whole.
        let parts =
            (0xAC00...0xD7A3).contains(scalar.value)
            ? String(scalar).unicodeScalars : String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
        var bytes: [UInt8] = []
        for part in parts {
            switch part.properties.generalCategory {
            case .nonspacingMark, .enclosingMark:
                continue
            default:
                let lowered = strokedLetters[part] ?? (part == "ς" ? "σ" : part.properties.lowercaseMapping)
                for folded in lowered.unicodeScalars {
                    if isWordScalar(folded) {
                        bytes.append(contentsOf: Array(String(folded).utf8))
                    } else {
                        bytes.append(spaceByte)
                    }
                }
            }
        }
        return bytes
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return foldASCII(UInt8(scalar.value)) != spaceByte }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .spacingMark
    }

    /// Letters that NFKD leaves whole although readers treat them as a base letter with a mark, and the
    /// German sharp s, which case folding spells "ss".
    private static let strokedLetters: [Unicode.Scalar: String] = [
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h",
    ]
}
