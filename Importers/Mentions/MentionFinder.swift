public import Directory

/// Finds the cities, organizations, campaigns and events an article names: one pass of a ``NameAutomaton``
/// over the article's normalised text, for every name and alias in the directory.
///
/// Matching is on whole words, and case- and accent-insensitive, because names and text are both
/// normalised (``Normalizer``). Names that would match where nothing is meant are left out: names of fewer
/// than four characters ("ACT", "Rio"), names without a letter, names that are common words or a theme's
/// name ("Solidarity", "Red"), and names that several entities share (which one would be meant cannot be
/// told).
public struct MentionFinder: Sendable {
    static let shortest = 4
    private static let space = UInt8(ascii: " ")

    private var automaton = NameAutomaton()
    /// The entity each pattern names, by the pattern's number; -1 when several share it.
    private var targets: [Int64] = []
    private let common: Set<String>
    /// Names left out as unsafe, and names shared by several entities.
    public private(set) var skipped = 0

    init(common: Set<String>) {
        self.common = common
    }

    /// The finder for the names in the directory as `run` starts.
    public static func load(_ run: SourceRun) throws -> MentionFinder {
        var common = CommonWords.all
        try run.forEachName(of: [.theme]) { name, _ in common.insert(name) }
        var finder = MentionFinder(common: common)
        try run.forEachName(of: [.city, .organization, .campaign, .event]) { name, id in finder.add(name, id) }
        finder.finish()
        return finder
    }

    /// The number of names looked for.
    public var names: Int { targets.count { $0 >= 0 } }

    mutating func add(_ normalized: String, _ id: Int64) {
        guard isSafe(normalized) else {
            skipped += 1
            return
        }
        // A pattern is the name and the space after it; the space before it is checked where it matches.
        let number = automaton.add(Array(normalized.utf8) + [Self.space])
        if number == targets.count {
            targets.append(id)
        } else if targets[number] != id && targets[number] >= 0 {
            targets[number] = -1
            skipped += 1
        }
    }

    mutating func finish() { automaton.finish() }

    /// The entities `text` names, each once, in id order.
    public func mentions(in texts: [String]) -> [Int64] {
        var found: Set<Int64> = []
        for text in texts {
            var bytes: [UInt8] = [Self.space]
            bytes += Normalizer.normalize(text).utf8
            bytes.append(Self.space)
            automaton.forEachMatch(in: bytes) { pattern, end in
                let start = end - automaton.lengths[pattern]
                if bytes[start - 1] == Self.space, targets[pattern] >= 0 { found.insert(targets[pattern]) }
            }
        }
        return found.sorted()
    }

    private func isSafe(_ normalized: String) -> Bool {
        normalized.unicodeScalars.count >= Self.shortest
            && normalized.unicodeScalars.contains { $0.properties.isAlphabetic }
            && !common.contains(normalized)
    }
}
