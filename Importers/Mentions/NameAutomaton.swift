/// An Aho–Corasick automaton over bytes: every occurrence of any of its patterns in one pass over a text,
/// whatever the number of patterns.
///
/// The trie lives in flat arrays (a first child and a next sibling per node) rather than a dictionary per
/// node: about 17 bytes a node, so that the names of a large directory fit. The root, which every failed
/// match returns to, has a table of all 256 bytes.
struct NameAutomaton {
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    private var label: [UInt8] = [0]
    private var fail: [Int32] = [0]
    /// The pattern that ends at a node, or -1.
    private var output: [Int32] = [-1]
    /// The nearest node down the failure links where a pattern ends, or -1.
    private var outputLink: [Int32] = [-1]
    private var rootNext = [Int32](repeating: 0, count: 256)
    /// The length of each pattern, by its number.
    private(set) var lengths: [Int] = []
    private var finished = false

    var patternCount: Int { lengths.count }
    var nodeCount: Int { label.count }

    /// Adds a pattern; its number is the count of patterns before it. A pattern added twice keeps its first
    /// number.
    ///
    /// - Returns: the pattern's number.
    @discardableResult
    mutating func add(_ pattern: some Sequence<UInt8>) -> Int {
        precondition(!finished, "patterns are added before the automaton is finished")
        var node: Int32 = 0
        var length = 0
        for byte in pattern {
            length += 1
            if let next = child(of: node, byte) {
                node = next
                continue
            }
            let created = Int32(label.count)
            label.append(byte)
            firstChild.append(-1)
            nextSibling.append(firstChild[Int(node)])
            fail.append(0)
            output.append(-1)
            outputLink.append(-1)
            firstChild[Int(node)] = created
            node = created
        }
        if output[Int(node)] >= 0 { return Int(output[Int(node)]) }
        output[Int(node)] = Int32(lengths.count)
        lengths.append(length)
        return lengths.count - 1
    }

    /// Computes the failure links, breadth first; no pattern may be added afterwards.
    mutating func finish() {
        finished = true
        var queue: [Int32] = []
        queue.reserveCapacity(label.count)
        var child = firstChild[0]
        while child >= 0 {
            rootNext[Int(label[Int(child)])] = child
            fail[Int(child)] = 0
            queue.append(child)
            child = nextSibling[Int(child)]
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            var next = firstChild[Int(node)]
            while next >= 0 {
                let target = step(from: fail[Int(node)], label[Int(next)])
                fail[Int(next)] = target
                outputLink[Int(next)] = output[Int(target)] >= 0 ? target : outputLink[Int(target)]
                queue.append(next)
                next = nextSibling[Int(next)]
            }
        }
    }

    /// Calls `found` with the number of each pattern that occurs in `text` and the index just past its end.
    func forEachMatch(in text: some Sequence<UInt8>, _ found: (_ pattern: Int, _ end: Int) -> Void) {
        precondition(finished, "the automaton is finished before it is used")
        var state: Int32 = 0
        var index = 0
        for byte in text {
            index += 1
            state = step(from: state, byte)
            var node = output[Int(state)] >= 0 ? state : outputLink[Int(state)]
            while node >= 0 {
                found(Int(output[Int(node)]), index)
                node = outputLink[Int(node)]
            }
        }
    }

    private func step(from state: Int32, _ byte: UInt8) -> Int32 {
        var state = state
        while state != 0 {
            if let next = child(of: state, byte) { return next }
            state = fail[Int(state)]
        }
        return rootNext[Int(byte)]
    }

    private func child(of node: Int32, _ byte: UInt8) -> Int32? {
        var child = firstChild[Int(node)]
        while child >= 0 {
            if label[Int(child)] == byte { return child }
            child = nextSibling[Int(child)]
        }
        return nil
    }
}
