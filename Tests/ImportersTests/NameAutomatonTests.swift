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
}
