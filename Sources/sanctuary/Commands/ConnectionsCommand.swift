import ArgumentParser
import Directory

struct ConnectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connections",
        abstract: "Show how two entities are linked: the shortest paths between them.",
        discussion: """
            A and B are ids, keys or names. Each path is read from A to B, every hop with its relation in \
            that direction ("hosts" where an event is held in a city) and the sources that assert it. Paths \
            are simple (no entity twice), shortest first, found by bidirectional breadth-first search; no \
            path within --max-depth is an answer, not an error (exit status 0).
            """
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var graph: GraphOptions

    @Argument(help: "One end: an id, a key or a name.")
    var from: String

    @Argument(help: "The other end.")
    var to: String

    @Option(help: "The longest path, in steps.")
    var maxDepth = 6

    @Option(help: "How many paths, shortest first.")
    var paths = 3

    func validate() throws {
        if !(1...12).contains(maxDepth) { throw ValidationError("--max-depth must be from 1 to 12") }
        if !(1...50).contains(paths) { throw ValidationError("--paths must be from 1 to 50") }
    }

    func run() throws {
        let query = ConnectionQuery(from: from, to: to, maxDepth: maxDepth, paths: paths, filter: try graph.filter())
        let connections = try options.openStore().connections(query)
        if options.json {
            try JSONOutput.print(connections)
            return
        }
        if connections.paths.isEmpty {
            let steps = maxDepth == 1 ? "1 step" : "\(maxDepth) steps"
            print("no path of \(steps) or fewer links \(connections.from.name) and \(connections.to.name)")
            return
        }
        for (index, path) in connections.paths.enumerated() {
            print("\(index + 1). \(GraphText.path(path, from: connections.from))")
            for hop in path.hops {
                let sources = Set(hop.links.flatMap(\.sources)).sorted().joined(separator: ", ")
                print("     \(hop.from.name) -\(GraphText.labels(hop))-> \(hop.to.name)  [\(sources)]")
            }
        }
    }
}
