import ArgumentParser
import Directory

struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Who works on these themes, and where.",
        discussion: """
            Lists the entities that work on every theme given (each by any of its names), based, active or \
            held in the place when --in is given (a city by any of its names, a region or a country), the \
            best supported first: the most edges, asserted by the most sources. Each comes with the edges \
            that qualify it.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("on"), parsing: .upToNextOption, help: "The themes, all of which must be worked on.")
    var themes: [String]

    @Option(name: .customLong("in"), help: "A city, a region or a country.")
    var place: String?

    @Option(help: "Only entities of this kind.", transform: Parse.kind)
    var kind: EntityKind?

    @OptionGroup var dates: DateOptions

    @Option(help: "At most this many results.")
    var limit = 50

    func validate() throws {
        if themes.isEmpty { throw ValidationError("give at least one theme with --on") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let window = try dates.window()
        let hits = try options.openStore().who(
            WhoQuery(themes: themes, place: place, kind: kind, window: window, limit: limit))
        if options.json {
            try JSONOutput.print(Results(results: hits))
            return
        }
        if hits.isEmpty { Terminal.error("no one") }
        for hit in hits {
            print(EntityText.row(hit.entity))
            let edges = hit.edges.map { "\($0.label) \($0.entity.name) [\($0.sources.joined(separator: ", "))]" }
            print("        " + edges.joined(separator: "; "))
        }
    }
}
