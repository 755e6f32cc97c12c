import Directory

/// Convergences as people read them.
enum ConvergenceText {
    static func places(_ places: [PlaceConvergence]) -> String {
        places.map { place in
            "\(name(place.city)): \(place.themes.count) themes, \(place.entities) entities\n" + groups(place.themes)
        }.joined(separator: "\n")
    }

    static func themes(_ found: ThemeConvergence) -> String {
        let names = found.themes.map(\.name).joined(separator: " + ")
        var lines = ["places where \(names) meet:"]
        lines +=
            found.places.isEmpty
            ? ["  none"] : found.places.map { "  \(name($0.city))\n" + groups($0.themes, indent: 4) }
        lines.append("campaigns where \(names) meet:")
        lines +=
            found.campaigns.isEmpty
            ? ["  none"] : found.campaigns.map { "  \(name($0.campaign))\n" + groups($0.themes, indent: 4) }
        return lines.joined(separator: "\n")
    }

    static func pairs(_ pairs: [PairConvergence]) -> String {
        pairs.map { pair in
            let shared = pair.shared.map { "\($0.entity.name) (\($0.entity.kind.rawValue), \($0.degree))" }
            return "\(score(pair.score))  \(name(pair.first)) + \(name(pair.second))\n      share: "
                + shared.joined(separator: "; ")
        }.joined(separator: "\n")
    }

    static func campaigns(_ campaigns: [CampaignConvergence]) -> String {
        campaigns.map { campaign in
            "\(name(campaign.campaign)): \(campaign.themes.count) themes, \(campaign.countries.count) countries "
                + "(\(campaign.countries.joined(separator: ", ")))\n" + groups(campaign.themes)
        }.joined(separator: "\n")
    }

    private static func groups(_ groups: [ThemeGroup], indent: Int = 2) -> String {
        let pad = String(repeating: " ", count: indent)
        return groups.map { "\(pad)\($0.theme.name): " + $0.entities.map(\.name).joined(separator: ", ") }
            .joined(separator: "\n")
    }

    private static func name(_ entity: EntityRef) -> String {
        entity.country.map { "\(entity.name) [\($0)]" } ?? entity.name
    }

    /// Two decimals.
    private static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(String(hundredths % 100).leftPadded(to: 2).replacing(" ", with: "0"))"
    }
}
