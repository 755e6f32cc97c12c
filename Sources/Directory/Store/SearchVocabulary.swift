import GRDB

/// `search_vocabulary(text, ...)`: every distinct normalised word of the texts it is given, over all the rows
/// it aggregates, as a JSON array; what ``Refresher`` adds to `search_terms`.
///
/// Gathering the words of a whole batch first makes a common word one insertion per batch, not one per
/// entity.
struct SearchVocabulary: DatabaseAggregate {
    private var words: Set<String> = []

    mutating func step(_ dbValues: [DatabaseValue]) {
        for value in dbValues {
            if let text = String.fromDatabaseValue(value) { words.formUnion(Normalizer.words(text)) }
        }
    }

    /// Sorted, so that the insertions go in key order.
    func finalize() -> (any DatabaseValueConvertible)? {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, word) in words.sorted().enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONText.append(string: word, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    static let function = DatabaseFunction("search_vocabulary", pure: true, aggregate: SearchVocabulary.self)
}
