import ArgumentParser
import Directory

struct ConvergencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convergences",
        abstract: "Where movements converge: places, themes, pairs and campaigns.",
        discussion: """
            One of:
              --places      places ranked by how many themes meet there, with who brings each;
              --themes T..  the places and campaigns where all these themes are present;
              --pairs       pairs that share the most campaigns, places and themes (Adamic-Adar: a rare \
            shared neighbour weighs more than a common one), with what they share;
              --campaigns   campaigns ranked by how many themes and countries they bring together.
            --kind, --theme, --country and --in narrow the entities that count (for --places, --country and \
            --in choose the places); --since and --until leave out dated edges and events outside the window.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Rank places by the themes that meet there.")
    var places = false

    @Option(parsing: .upToNextOption, help: "Find where all these themes are present.")
    var themes: [String] = []

    @Flag(help: "Rank pairs of entities by what they share.")
    var pairs = false

    @Flag(help: "Rank campaigns by the themes and countries they bring together.")
    var campaigns = false

    @Option(help: "With --places: only places where at least this many themes meet.")
    var minThemes = 1

    @Option(help: "Only entities of this kind (with --pairs, default organization).", transform: Parse.kind)
    var kind: EntityKind?

    @Option(help: "Only entities that work on this theme.")
    var theme: String?

    @Option(help: "Only this country (a code or a name).")
    var country: String?

    @Option(name: .customLong("in"), help: "Only this place: a city, a region or a country.")
    var place: String?

    @OptionGroup var dates: DateOptions

    @Option(help: "With --pairs: leave out neighbours shared by more entities than this.")
    var maxDegree = 1000

    @Option(help: "At most this many rows.")
    var limit = 20

    func validate() throws {
        let modes = [places, !themes.isEmpty, pairs, campaigns].filter { $0 }.count
        if modes != 1 { throw ValidationError("give one of --places, --themes, --pairs or --campaigns") }
        if limit < 1 || minThemes < 1 || maxDegree < 2 {
            throw ValidationError("--limit and --min-themes must be at least 1, --max-degree at least 2")
        }
    }

    func run() throws {
        let filter = ConvergenceFilter(
            kind: kind, theme: theme, country: country, place: place,
            window: try dates.window(), limit: limit)
        let store = try options.openStore()
        if places {
            let found = try store.convergingPlaces(filter, minThemes: minThemes)
            try show(found) { ConvergenceText.places(found) }
        } else if !themes.isEmpty {
            let found = try store.convergences(of: themes, filter)
            try show(found) { ConvergenceText.themes(found) }
        } else if pairs {
            let found = try store.convergingPairs(filter, maxDegree: maxDegree)
            try show(found) { ConvergenceText.pairs(found) }
        } else {
            let found = try store.convergingCampaigns(filter)
            try show(found) { ConvergenceText.campaigns(found) }
        }
    }

    private func show<Value: Encodable>(_ value: [Value], text: () -> String) throws {
        if options.json { return try JSONOutput.print(Results(results: value)) }
        if value.isEmpty { Terminal.error("nothing converges here") }
        print(text())
    }

    private func show(_ value: ThemeConvergence, text: () -> String) throws {
        if options.json { return try JSONOutput.print(value) }
        print(text())
    }
}
