/// Shortest simple paths between two entities: bidirectional breadth-first search, and Yen's algorithm for
/// the paths after the shortest ones.
struct PathFinder {
    let adjacency: Adjacency
    let maxDepth: Int

    /// A step from one entity to the next, in the direction of the path.
    struct Step: Hashable {
        var from: Int64
        var to: Int64
    }

    /// Up to `count` simple paths from `a` to `b`, shortest first, none longer than `maxDepth` steps; paths
    /// of one length come in a fixed order (by the entity where the two searches met, then by the ids along
    /// each half).
    func paths(from a: Int64, to b: Int64, count: Int) throws -> [[Int64]] {
        guard count > 0 else { return [] }
        if a == b { return [[a]] }
        var accepted = try shortest(from: a, to: b, limit: count, depth: maxDepth)
        guard !accepted.isEmpty else { return [] }
        var candidates: Set<[Int64]> = []
        var spurred = 0
        while accepted.count < count && spurred < accepted.count {
            let path = accepted[spurred]
            spurred += 1
            for index in 0..<(path.count - 1) {
                let root = Array(path[...index])
                let bannedSteps = Set(
                    accepted.filter { $0.count > index + 1 && Array($0[...index]) == root }
                        .map { Step(from: $0[index], to: $0[index + 1]) })
                let remaining = maxDepth - index
                let spur = try shortest(
                    from: path[index], to: b, limit: 1, depth: remaining,
                    bannedNodes: Set(root.dropLast()), bannedSteps: bannedSteps)
                if let tail = spur.first {
                    let candidate = root.dropLast() + tail
                    if !accepted.contains(candidate) { candidates.insert(Array(candidate)) }
                }
            }
            if spurred == accepted.count, let next = candidates.min(by: Self.precedes) {
                candidates.remove(next)
                accepted.append(next)
            }
        }
        return Array(accepted.prefix(count))
    }

    /// Shorter first; among paths of one length, by the ids along them.
    static func precedes(_ left: [Int64], _ right: [Int64]) -> Bool {
        left.count != right.count ? left.count < right.count : left.lexicographicallyPrecedes(right)
    }

    /// Up to `limit` of the shortest paths from `a` to `b` within `depth` steps, avoiding `bannedNodes` and
    /// `bannedSteps`: both sides grow a layer at a time, the smaller first, until they meet.
    func shortest(
        from a: Int64, to b: Int64, limit: Int, depth: Int,
        bannedNodes: Set<Int64> = [], bannedSteps: Set<Step> = []
    ) throws -> [[Int64]] {
        if a == b { return [[a]] }
        var forward = Side(start: a), backward = Side(start: b)
        while forward.depth + backward.depth < depth && !forward.frontier.isEmpty && !backward.frontier.isEmpty {
            let growForward = forward.frontier.count <= backward.frontier.count
            if growForward {
                try forward.grow(adjacency, bannedNodes, bannedSteps, reversed: false)
            } else {
                try backward.grow(adjacency, bannedNodes, bannedSteps, reversed: true)
            }
            let grown = growForward ? forward : backward, other = growForward ? backward : forward
            // Where the two searches meet, in order; a hub among them is passed over, and only as many are
            // looked at as the paths asked for need (telling a hub means reading its edges).
            let meetings = grown.frontier.filter { other.parents[$0] != nil }.sorted()
            var found: [[Int64]] = []
            for meeting in meetings {
                if meeting != a && meeting != b, try !adjacency.isPassable(meeting) { continue }
                for head in forward.routes(to: meeting, limit: limit - found.count) {
                    for tail in backward.routes(to: meeting, limit: limit - found.count) {
                        found.append(head + tail.reversed().dropFirst())
                        if found.count == limit { return found }
                    }
                }
            }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// One side of a bidirectional search: every entity reached, with all its parents one layer closer.
    private struct Side {
        var parents: [Int64: [Int64]]
        var frontier: [Int64]
        var depth = 0

        init(start: Int64) {
            parents = [start: []]
            frontier = [start]
        }

        mutating func grow(
            _ adjacency: Adjacency, _ bannedNodes: Set<Int64>, _ bannedSteps: Set<Step>, reversed: Bool
        ) throws {
            var next: [Int64] = []
            var reachedNow: Set<Int64> = []
            for node in frontier {
                guard let links = try adjacency.links(node) else { continue }
                for link in links where bannedNodes.isEmpty || !bannedNodes.contains(link.other) {
                    if !bannedSteps.isEmpty {
                        let step = reversed ? Step(from: link.other, to: node) : Step(from: node, to: link.other)
                        if bannedSteps.contains(step) { continue }
                    }
                    if parents[link.other] == nil {
                        parents[link.other] = [node]
                        reachedNow.insert(link.other)
                        next.append(link.other)
                    } else if reachedNow.contains(link.other), parents[link.other]?.contains(node) == false {
                        parents[link.other]?.append(node)
                    }
                }
            }
            frontier = next
            depth += 1
        }

        /// Up to `limit` shortest routes from the start to `node`, start first, in the order of the parents' ids
        /// from the start onwards; found depth first, so that a lattice of parallel routes costs only what is
        /// taken from it.
        func routes(to node: Int64, limit: Int) -> [[Int64]] {
            guard limit > 0 else { return [] }
            guard let above = parents[node], !above.isEmpty else { return [[node]] }
            var found: [[Int64]] = []
            for parent in above.sorted() {
                for route in routes(to: parent, limit: limit - found.count) {
                    found.append(route + [node])
                }
                if found.count >= limit { break }
            }
            return found
        }
    }
}
