import Directory

/// Paths and hops as people read them.
enum GraphText {
    /// `CETRI -member of-> WSF International Council -organizes-> WSF 2020` (`A` alone for a path of no step).
    static func path(_ path: Connections.Path, from: Entity) -> String {
        guard let first = path.hops.first else { return from.name }
        return first.from.name + path.hops.map { " -\(labels($0))-> \($0.to.name)" }.joined()
    }

    /// The labels of a hop's edges, in the path's direction: `supports, organizes`.
    static func labels(_ hop: Connections.Hop) -> String {
        hop.links.map(\.label).joined(separator: ", ")
    }
}
