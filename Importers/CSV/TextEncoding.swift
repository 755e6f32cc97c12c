/// The encodings a partner's CSV arrives in.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    /// Chosen when the start of a file is not valid UTF-8: spreadsheet exports from Windows.
    case windows1252 = "Windows-1252"

    /// The encoding a byte-order mark announces, and the mark's length.
    static func fromBOM(_ bytes: some Collection<UInt8>) -> (TextEncoding, Int)? {
        let head = Array(bytes.prefix(3))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8BOM, 3) }
        if head.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if head.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// Whether `bytes` is UTF-8, allowing a sequence cut off by the end of the buffer.
    static func looksLikeUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var end = bytes.endIndex
        // Step back over a sequence that the chunk boundary may have cut.
        var back = 0
        while back < 3, end > bytes.startIndex, bytes[end - 1] & 0xC0 == 0x80 {
            end -= 1
            back += 1
        }
        if end > bytes.startIndex, bytes[end - 1] >= 0xC0 { end -= 1 }
        return String(validating: bytes[bytes.startIndex..<end], as: UTF8.self) != nil
    }

    /// Decodes Windows-1252: Latin-1 but for the printable characters Microsoft put in 0x80–0x9F.
    static func decodeWindows1252(_ bytes: some Sequence<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F, let scalar = Unicode.Scalar(windows1252High[Int(byte - 0x80)]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
