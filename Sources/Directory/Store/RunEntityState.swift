/// What a run knows of an entity it has claimed, kept in the temporary table `run_entities` so memory does not
/// grow with the input.
struct RunEntityState: Equatable {
    enum Outcome: Int {
        /// Named in passing: not counted.
        case mentioned = 0
        case added = 1
        case updated = 2
        case unchanged = 3
    }

    var outcome: Outcome
    /// The claim is still only a naming in passing.
    var mention: Bool

    init(outcome: Outcome, mention: Bool) {
        self.outcome = outcome
        self.mention = mention
    }

    init(packed: Int) {
        outcome = Outcome(rawValue: packed & 3) ?? .mentioned
        mention = packed & 4 != 0
    }

    var packed: Int { outcome.rawValue | (mention ? 4 : 0) }
}

/// How much of an entity must be rebuilt when the run ends.
enum Rebuild: Int, Comparable {
    case nothing = 0
    /// Its search and place rows (a new entity, whose columns were written from its one claim, or new themes).
    case index = 1
    /// Its columns and aliases from its claims, then its index rows.
    case derive = 2

    static func < (lhs: Rebuild, rhs: Rebuild) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A stable 64-bit hash (FNV-1a) of a claim's facts, to tell at the end of a run whether they came back to
/// what they were, without keeping them.
func factsHash(_ text: String) -> Int64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    return Int64(bitPattern: hash)
}
