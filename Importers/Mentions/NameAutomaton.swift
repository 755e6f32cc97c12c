/// An Aho–Corasick automaton over bytes: every occurrence of any of its patterns in one pass over a text,
/// whatever the number of patterns.
///
/// The trie lives in flat arrays rather than a dictionary per node, so that the names of a large directory
/// fit. While patterns are added each node has a first child and a next sibling; ``finish()`` numbers the
/// nodes breadth first, which puts each node's children side by side, so that looking for a child reads one
/// short run of labels instead of following siblings scattered over the arrays (a cache miss each: walking
/// articles' text that way was 5 % of importing them). The root, which every failed match returns to, has a
/// table of all 256 bytes.
struct NameAutomaton {
    /// While patterns are added: each node's first child and next sibling, -1 for none.
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    /// Once finished: where each node's children start; they end where the next node's start.
    private var childStart: [Int32] = []
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
            if let next = siblingListChild(of: node, byte) {
                node = next
                continue
            }
            let created = Int32(label.count)
            label.append(byte)
            firstChild.append(-1)
            nextSibling.append(firstChild[Int(node)])
            output.append(-1)
            firstChild[Int(node)] = created
            node = created
        }
        if output[Int(node)] >= 0 { return Int(output[Int(node)]) }
        output[Int(node)] = Int32(lengths.count)
        lengths.append(length)
        return lengths.count - 1
    }

    /// Numbers the nodes breadth first and computes the failure links; no pattern may be added afterwards.
    mutating func finish() {
        finished = true
        // The old number of each node, in the new order; a node's children follow each other there.
        var order: [Int32] = [0]
        order.reserveCapacity(label.count)
        childStart.reserveCapacity(label.count + 1)
        var head = 0
        while head < order.count {
            childStart.append(Int32(order.count))
            var child = firstChild[Int(order[head])]
            while child >= 0 {
                order.append(child)
                child = nextSibling[Int(child)]
            }
            head += 1
        }
        childStart.append(Int32(order.count))
        label = order.map { label[Int($0)] }
        output = order.map { output[Int($0)] }
        firstChild = []
        nextSibling = []
        fail = [Int32](repeating: 0, count: label.count)
        outputLink = [Int32](repeating: -1, count: label.count)
        for child in childStart[0]..<childStart[1] { rootNext[Int(label[Int(child)])] = child }
        // Breadth first is the nodes' order now: a node's failure link is set before its children need it.
        for node in 1..<label.count {
            for child in childStart[node]..<childStart[node + 1] {
                let target = step(from: fail[node], label[Int(child)])
                fail[Int(child)] = target
                outputLink[Int(child)] = output[Int(target)] >= 0 ? target : outputLink[Int(target)]
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

    /// The child of `node` on `byte`, once finished: a look along its children's labels, side by side.
    private func child(of node: Int32, _ byte: UInt8) -> Int32? {
        var child = childStart[Int(node)]
        let end = childStart[Int(node) + 1]
        while child < end {
            if label[Int(child)] == byte { return child }
            child += 1
        }
        return nil
    }

    /// The child of `node` on `byte` while patterns are added.
    private func siblingListChild(of node: Int32, _ byte: UInt8) -> Int32? {
        var child = firstChild[Int(node)]
        while child >= 0 {
            if label[Int(child)] == byte { return child }
            child = nextSibling[Int(child)]
        }
        return nil
    }
}
