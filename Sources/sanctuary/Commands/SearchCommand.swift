import ArgumentParser
import Directory

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find entities by words, kind, theme, country or place.",
        discussion: """
            Words match names, aliases, themes and descriptions as prefixes, in any case and with or without \
            accents ("mexi" finds "Ciudad de México"). With no words, the filters alone list what they let \
            through, by name.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Words to look for.")
    var words: [String] = []

    @Option(help: "Only entities of this kind: city, organization, campaign, event, theme.", transform: Parse.kind)
    var kind: EntityKind?

    @Option(help: "Only entities that work on this theme.")
    var theme: String?

    @Option(help: "Only entities in this country (a code or a name).")
    var country: String?

    @Option(name: .customLong("in"), help: "Only entities in this place: a city (any of its names) or a country.")
    var place: String?

    @Option(help: "Only what lies within --km of this place: a city, an entity, or LAT,LON.")
    var near: String?

    @Option(help: "With --near: the distance, in kilometres.")
    var km: Double?

    @OptionGroup var dates: DateOptions

    @Option(help: "At most this many results.")
    var limit = 20

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if (near == nil) != (km == nil) { throw ValidationError("--near and --km go together") }
        if let km, !(km > 0 && km <= 20_038) { throw ValidationError("--km must be more than 0 and at most 20038") }
    }

    func run() throws {
        let query = SearchQuery(
            text: words.joined(separator: " "), kind: kind, theme: theme, country: country, place: place,
            near: near.flatMap { place in km.map { SearchQuery.Near(place: place, kilometres: $0) } },
            window: try dates.window(), limit: limit
        )
        let hits = try options.openStore().search(query)
        if options.json {
            try JSONOutput.print(Results(results: hits))
            return
        }
        if hits.isEmpty { Terminal.error("no results") }
        for hit in hits { print(EntityText.row(hit.entity)) }
    }
}
