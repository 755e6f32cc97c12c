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
public enum Normalizer {
    /// The normalised form of `text`; empty when `text` holds no letter or digit.
    public static func normalize(_ text: some StringProtocol) -> String {
        if let ascii = normalizeASCII(text.utf8) { return ascii }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            for folded in fold(scalar).unicodeScalars {
                if isWordScalar(folded) {
                    if pendingSpace && !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append(folded)
                } else {
                    pendingSpace = true
                }
            }
        }
        return String(out)
    }

    /// Splits `text` into normalised words.
    public static func words(_ text: some StringProtocol) -> [String] {
        normalize(text).split(separator: " ").map(String.init)
    }

    /// `text` without the white space (spaces, tabs, line breaks, no-break spaces) at either end.
    public static func trim(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    private static func normalizeASCII(_ bytes: some Collection<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
            let isWordByte = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
            if isWordByte {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .spacingMark
    }

    /// What one character folds to, from a table made once for the scripts partners write most (Latin, Greek,
    /// Cyrillic, Arabic and their neighbours, below U+3000), and worked out on the spot above it.
    private static func fold(_ scalar: Unicode.Scalar) -> String {
        let value = Int(scalar.value)
        if value < tableSize { return table[value] }
        if (0xAC00...0xD7A3).contains(value) { return String(scalar) }
        return computeFold(scalar)
    }

    private static let tableSize = 0x3000

    private static let table: [String] = (0..<tableSize).map { value in
        Unicode.Scalar(value).map(computeFold) ?? ""
    }

    private static func computeFold(_ scalar: Unicode.Scalar) -> String {
        var folded = String.UnicodeScalarView()
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .enclosingMark:
                continue
            default:
                if let replacement = strokedLetters[part] {
                    folded.append(contentsOf: replacement.unicodeScalars)
                } else {
                    folded.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        return String(folded).replacingOccurrences(of: "ς", with: "σ")
    }

    /// Letters that NFKD leaves whole although readers treat them as a base letter with a mark, and the
    /// German sharp s, which case folding spells "ss".
    private static let strokedLetters: [Unicode.Scalar: String] = [
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h",
    ]
}
