/// Who reads a store, and so what its answers may show.
public enum Audience: Sendable, Equatable {
    /// This machine's own user: everything, as it is.
    case local
    /// Anyone on the network: public entities and the edges between them; sensitive entities without a
    /// position of their own.
    case `public`
    /// Partners holding a token: public and partners entities, sensitive ones as for the public.
    case partners

    /// The levels this audience may see; nil for all.
    var visible: [Visibility]? {
        switch self {
        case .local: nil
        case .public: [.public]
        case .partners: [.public, .partners]
        }
    }
}
