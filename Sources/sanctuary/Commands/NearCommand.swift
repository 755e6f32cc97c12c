import ArgumentParser
import Directory

struct NearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "near",
        abstract: "List what lies within a distance of a place, nearest first.",
        discussion: """
            PLACE is a city by any of its names (of the directory, else the largest city of that name in the \
            gazetteer), any entity with a position, or coordinates as LAT,LON. An entity without a position of \
            its own counts where its city is ("via"). Distances are great-circle kilometres.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A city, an entity, or LAT,LON.")
    var place: String

    @Option(help: "The distance, in kilometres.")
    var km: Double

    @Option(help: "Only entities of this kind: city, organization, campaign, event.", transform: Parse.kind)
    var kind: EntityKind?

    @Option(help: "At most this many results.")
    var limit = 50

    func validate() throws {
        if !(km > 0 && km <= 20_038) { throw ValidationError("--km must be more than 0 and at most 20038") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let result = try options.openStore().near(NearQuery(place: place, kilometres: km, kind: kind, limit: limit))
        if options.json {
            try JSONOutput.print(result)
            return
        }
        let center = result.center
        let found = center.foundIn == "gazetteer" ? ", a city of the gazetteer" : ""
        print("within \(Self.distance(km)) km of \(center.name) (\(center.lat), \(center.lon)\(found)):")
        if result.results.isEmpty { Terminal.error("nothing within \(Self.distance(km)) km") }
        for hit in result.results {
            let via = hit.via.map { "  (in \($0.name))" } ?? ""
            print("\(Self.distance(hit.kilometres).leftPadded(to: 8)) km\(EntityText.row(hit.entity))\(via)")
        }
    }

    /// Kilometres with one decimal.
    private static func distance(_ km: Double) -> String {
        let tenths = Int((km * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
