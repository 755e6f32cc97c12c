import SanctuaryTestSupport
import Testing

@testable import XMLStream

/// The word-at-a-time tests must answer for each byte exactly what a byte-at-a-time test does, on words drawn
/// to hold the values at the edges (0x00, 0x1F, 0x20, 0x21, 0x7F, 0x80, 0xFF and the ones looked for).
@Suite struct BytesTests {
    private static let edges: [UInt8] = [
        0x00, 0x01, 0x09, 0x1F, 0x20, 0x21, 0x26, 0x3C, 0x7F, 0x80, 0xC2, 0xE3, 0xEF, 0xFF,
    ]

    private static func word(_ random: inout SplitMix64) -> [UInt8] {
        (0..<8).map { _ in
            Bool.random(using: &random)
                ? edges.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
        }
    }

    private static func packed(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * $1.offset) }
    }

    private static func mask(_ bytes: [UInt8], _ passes: (UInt8) -> Bool) -> UInt64 {
        bytes.enumerated().reduce(0) { passes($1.element) ? $0 | 0x80 << (8 * $1.offset) : $0 }
    }

    @Test func belowAndEqualAnswerForEachByte() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<20_000 {
            let bytes = Self.word(&random)
            let word = Self.packed(bytes)
            for limit: UInt8 in [0x20, 0x21, 0x80] {
                #expect(Bytes.below(word, limit) == Self.mask(bytes) { $0 < limit }, "\(bytes) below \(limit)")
            }
            #expect(Bytes.isASCII(word) == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
            for byte in Self.edges {
                #expect(Bytes.equal(word, byte) == Self.mask(bytes) { $0 == byte }, "\(bytes) equal \(byte)")
            }
        }
    }

    @Test func markupIsNeitherMissedNorImagined() {
        var random = SplitMix64(seed: 12)
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...40, using: &random)
            let text = (0..<count).map { _ in
                [UInt8(ascii: "a"), 0x20, 0xC3, 0x3C, 0x26, 0x3E].randomElement(using: &random)!
            }
            let expected = text.contains(0x3C) || text.contains(0x26)
            text.withUnsafeBufferPointer { bytes in
                #expect(HTMLText.mayHoldMarkup(bytes) == expected, "\(text)")
                let skipped = Bytes.skipToMarkup(bytes, from: 0)
                #expect(!bytes[..<skipped].contains(0x3C) && !bytes[..<skipped].contains(0x26), "\(text)")
            }
        }
    }
}
