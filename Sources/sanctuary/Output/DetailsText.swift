import Directory

/// `show` as people read it.
enum DetailsText {
    static func render(_ details: EntityDetails) -> String {
        let entity = details.entity
        var lines = ["\(EntityText.title(entity))  #\(entity.id)  \(entity.key)"]
        if !details.aliases.isEmpty { lines.append("  also known as: " + details.aliases.joined(separator: "; ")) }
        if let description = entity.description { lines.append("  " + description) }
        var facts: [String] = []
        if let region = entity.region { facts.append("region \(region)") }
        if let lat = entity.lat, let lon = entity.lon { facts.append("at \(lat), \(lon)") }
        if let status = entity.status { facts.append("status \(status)") }
        if let starts = entity.starts { facts.append("from \(starts)") }
        if let ends = entity.ends { facts.append("until \(ends)") }
        if entity.visibility != .public { facts.append("visible to \(entity.visibility.rawValue) only") }
        if !facts.isEmpty { lines.append("  " + facts.joined(separator: " · ")) }
        if let website = entity.website { lines.append("  " + website) }
        if entity.kind == .city { lines += place(details) }
        if !details.otherKeys.isEmpty { lines.append("  also keyed as: " + details.otherKeys.joined(separator: ", ")) }
        var label = ""
        for neighbor in details.neighbors {
            if neighbor.label != label {
                label = neighbor.label
                lines.append("  \(label):")
            }
            lines.append(
                "    \(EntityText.title(neighbor.entity))  #\(neighbor.entity.id)  [\(neighbor.sources.joined(separator: ", "))]"
            )
        }
        lines.append("  sources:")
        for source in details.sources {
            let role = source.mention ? "names it" : "describes it"
            lines.append("    \(source.name) \(role), since \(source.firstSeen), last \(source.lastSeen)")
        }
        return lines.joined(separator: "\n")
    }

    /// How many of the gazetteer's names to show; `--json` has them all.
    private static let shownNames = 12

    private static func place(_ details: EntityDetails) -> [String] {
        guard let place = details.place else {
            return ["  place: not in the gazetteer (unresolved): known only by the names its sources give"]
        }
        let region = place.region.map { "\($0), " } ?? ""
        var lines = [
            "  place: GeoNames \(place.geonameid), \(place.name), \(region)\(place.country), "
                + "\(place.population) inhabitants"
        ]
        let others = details.placeNames.dropFirst()
        if !others.isEmpty {
            let more = others.count > shownNames ? "; and \(others.count - shownNames) more" : ""
            lines.append(
                "  gazetteer names (\(others.count)): " + others.prefix(shownNames).joined(separator: "; ") + more)
        }
        return lines
    }
}
