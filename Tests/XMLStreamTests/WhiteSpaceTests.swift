import SanctuaryTestSupport
import Testing
import XMLStream

/// White space found in UTF-8 bytes must be Unicode's: held to the scalars' own property on drawn text.
@Suite struct WhiteSpaceTests {
    private static let pieces = [
        "word", " ", "  ", "\n", "\t", "\r\n", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{2028}", "\u{0085}", "é", "—",
        "\u{2014}", "\u{00E1}\u{00A0}", "\u{1680}", "\u{205F}", "\u{200B}", "x", "\u{E2}", "日本",
    ]

    @Test func collapsingAndTrimmingAgreeWithUnicode() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...12, using: &random)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            let words = text.unicodeScalars.split { $0.properties.isWhitespace }.map {
                String(String.UnicodeScalarView($0))
            }
            #expect(WhiteSpace.collapsed(text) == words.joined(separator: " "), "\(text.debugDescription)")
            let scalars = text.unicodeScalars
            let first = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.endIndex
            let last = scalars.lastIndex { !$0.properties.isWhitespace }.map(scalars.index(after:)) ?? first
            let trimmed = String(scalars[first..<max(first, last)])
            #expect(WhiteSpace.trimmed(text) == trimmed, "\(text.debugDescription)")
            var bytes = text
            bytes.withUTF8 { bytes in
                #expect(String(decoding: WhiteSpace.trimmed(bytes), as: UTF8.self) == trimmed)
                #expect(WhiteSpace.words(bytes) == words, "\(text.debugDescription)")
            }
        }
    }
}
