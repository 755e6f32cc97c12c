import SanctuaryTestSupport
import Testing

@testable import Importers

@Suite struct NameAutomatonTests {
    private func matches(_ patterns: [String], in text: String) -> [String] {
        var automaton = NameAutomaton()
        for pattern in patterns { automaton.add(Array(pattern.utf8)) }
        automaton.finish()
        var found: [String] = []
        let bytes = Array(text.utf8)
        automaton.forEachMatch(in: bytes) { pattern, end in
            let start = end - automaton.lengths[pattern]
            found.append("\(patterns[pattern])@\(start)")
        }
        return found
    }

    @Test func everyOccurrenceOfEveryPatternIsFoundOverlapsIncluded() {
        // The textbook example: the failure links must carry "he" inside "she", and "hers" after "she".
        #expect(matches(["he", "she", "his", "hers"], in: "ushers") == ["she@1", "he@2", "hers@2"])
        #expect(matches(["a", "aa", "aaa"], in: "aaa") == ["a@0", "aa@0", "a@1", "aaa@0", "aa@1", "a@2"])
    }

    @Test func aPatternAddedTwiceKeepsItsNumber() {
        var automaton = NameAutomaton()
        #expect(automaton.add(Array("porto".utf8)) == 0)
        #expect(automaton.add(Array("porto alegre".utf8)) == 1)
        #expect(automaton.add(Array("porto".utf8)) == 0)
        #expect(automaton.patternCount == 2)
    }

    @Test func nothingIsFoundWhereNothingOccurs() {
        #expect(matches(["sanctuary"], in: "sanctuar y sanctu ary").isEmpty)
        #expect(matches(["x"], in: "").isEmpty)
    }

    @Test func multibyteTextMatchesByteForByte() {
        #expect(matches(["東京"], in: "東京移住者連帯") == ["東京@0"])
    }

    /// Patterns that overlap, nest and share prefixes and suffixes, over a small alphabet: every occurrence a
    /// search at every place finds, and nothing else.
    @Test func theAutomatonFindsWhatASearchAtEveryPlaceFinds() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("abc ".utf8)
        func word(_ length: Int) -> String {
            String(
                decoding: (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }, as: UTF8.self
            )
        }
        for _ in 0..<200 {
            let patterns = Array(Set((0..<12).map { _ in word(1 + Int(random.next() % 5)) })).sorted()
            let text = word(60)
            let bytes = Array(text.utf8)
            var expected: [String] = []
            for end in 1...bytes.count {
                for pattern in patterns {
                    let length = pattern.utf8.count
                    if length <= end, Array(bytes[(end - length)..<end]) == Array(pattern.utf8) {
                        expected.append("\(pattern)@\(end - length)")
                    }
                }
            }
            #expect(
                matches(patterns, in: text).sorted() == expected.sorted(),
                "\(patterns) in \(text)")
        }
    }
}
