import ArgumentParser
import Directory

/// The options that narrow what a graph query passes through.
struct GraphOptions: ParsableArguments {
    @Option(
        name: .customLong("via"), parsing: .upToNextOption,
        help: "Follow only these relations (based_in, member_of, organizes, ...).", transform: Parse.relation)
    var relations: [Relation] = []

    @Flag(help: "Do not pass through themes: working on the same theme is not a link.")
    var skipThemes = false

    @Option(help: "Do not pass through entities with more links than this (hubs), counting all their links.")
    var maxDegree = 1000

    @Option(
        name: .customLong("kind"), parsing: .upToNextOption,
        help: "Pass only through entities of these kinds (the two ends always count).", transform: Parse.kind)
    var kinds: [EntityKind] = []

    @Option(help: "Do not pass through entities of another country (a code or a name); those without one count.")
    var country: String?

    @OptionGroup var dates: DateOptions

    func validate() throws {
        if maxDegree < 1 { throw ValidationError("--max-degree must be at least 1") }
    }

    func filter() throws -> GraphFilter {
        GraphFilter(
            relations: relations.isEmpty ? nil : Set(relations), skipThemes: skipThemes, maxDegree: maxDegree,
            window: try dates.window(), kinds: kinds.isEmpty ? nil : Set(kinds), country: country)
    }
}
