/// Who may see an entity or an edge outside this machine.
public enum Visibility: String, Sendable, Codable, CaseIterable, Comparable {
    /// Anyone.
    case `public`
    /// Partners holding a token.
    case partners
    /// Nobody: it never leaves the machine.
    case `private`

    private var rank: Int {
        switch self {
        case .public: 0
        case .partners: 1
        case .private: 2
        }
    }

    public static func < (lhs: Visibility, rhs: Visibility) -> Bool { lhs.rank < rhs.rank }
}
