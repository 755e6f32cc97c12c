import Foundation

/// Folds names so that spellings a person would call the same meet: "Ciudad de México", "CIUDAD DE MEXICO"
/// and "ciudad-de-mexico" all become `ciudad de mexico`.
///
/// The steps: Unicode compatibility decomposition (NFKD, so full-width letters and ligatures fold), combining
/// marks dropped (diacritics), letters that carry their stroke inside the code point mapped (ł, ø, đ, ß, æ, œ,
/// þ, ı), lower case, then every run of characters that are not letters or digits collapsed to one space.
/// Scripts without case (東京) pass through unchanged. The result is recomposed to NFC.
public enum Normalizer {
    /// The normalised form of `text`; empty when `text` holds no letter or digit.
    public static func normalize(_ text: some StringProtocol) -> String {
        if let ascii = normalizeASCII(text.utf8) { return ascii }
        return normalizeUnicode(String(text))
    }

    /// Splits `text` into normalised words.
    public static func words(_ text: some StringProtocol) -> [String] {
        normalize(text).split(separator: " ").map(String.init)
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

    private static func normalizeUnicode(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                if let replacement = strokedLetters[scalar] {
                    folded.append(contentsOf: replacement.unicodeScalars)
                } else {
                    folded.append(scalar)
                }
            }
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in String(folded).lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar == "ς" ? "σ" : scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Letters that NFKD leaves whole although readers treat them as a base letter with a mark, and the
    /// German sharp s, which case folding spells "ss".
    private static let strokedLetters: [Unicode.Scalar: String] = [
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h",
    ]
}
