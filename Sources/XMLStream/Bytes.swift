/// Tests on the eight bytes of a word at once ("SIMD within a register"), for loops that look for a few
/// kinds of byte in long text. Each answers with the high bit of every byte that passes set, and no other
/// bit: exact per byte, as no carry or borrow crosses from one byte to the next.
enum Bytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The bytes of `word` below `limit` (at most 0x80).
    @inline(__always)
    static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        // Each byte with its high bit set stays at 0x80 or above once `limit` is taken away.
        ~((word | highBits) &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// Whether every byte of `word` is ASCII.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool {
        word & highBits == 0
    }

    /// The bytes of `word` equal to `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        // A byte's low seven bits plus 0x7F reach its high bit unless they are all zero.
        return ~(((difference & ~highBits) &+ ~highBits) | difference) & highBits
    }

    /// The first place at or after `start` where a `<` or `&` may be: the start of the first eight bytes that
    /// hold one, or of the last few, which are not looked at.
    static func skipToMarkup(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var next = start
        while next + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + next).loadUnaligned(as: UInt64.self)
            if equal(word, UInt8(ascii: "<")) | equal(word, UInt8(ascii: "&")) != 0 { return next }
            next += 8
        }
        return next
    }
}
