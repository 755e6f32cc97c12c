/// An HTML tag's name of at most ten bytes, each lowered by setting the bit of 0x20 (what makes an ASCII
/// letter lower case), packed into integers: compared and looked up without making a string, as making and
/// hashing one per tag was an eighth of ``SimpleHTML``'s instructions.
struct TagName: Hashable {
    private var head: UInt64 = 0
    private var tail: UInt16 = 0
    /// How many bytes the name has.
    private(set) var count = 0

    /// The name in `bytes`, nil past ten bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 10 else { return nil }
        for (position, byte) in bytes.enumerated() {
            let lowered = byte | 0x20
            if position < 8 {
                head |= UInt64(lowered) << (8 * position)
            } else {
                tail |= UInt16(lowered) << (8 * (position - 8))
            }
        }
        count = bytes.count
    }

    init(_ name: String) {
        var name = name
        self = name.withUTF8 { TagName($0)! }
    }

    static let anchor = TagName("a")
    static let rule = TagName("hr")
    static let listItems = [TagName("li"), TagName("dd"), TagName("dt")]
}
