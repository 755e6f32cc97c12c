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
}
