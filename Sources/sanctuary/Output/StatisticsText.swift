import Directory

/// `stats` as people read it.
enum StatisticsText {
    static func render(_ statistics: Statistics) -> String {
        func list(_ counts: [String: Int]) -> String {
            counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
        var lines = [
            "\(statistics.entities) entities: \(list(statistics.byKind))",
            "\(statistics.edges) edges: \(list(statistics.byRelation))",
            "\(statistics.aliases) aliases, \(statistics.countries) countries, \(statistics.sources) sources, "
                + "\(statistics.claims) claims",
        ]
        if !statistics.topThemes.isEmpty {
            lines.append(
                "top themes: " + statistics.topThemes.map { "\($0.name) (\($0.count))" }.joined(separator: ", "))
        }
        if !statistics.topCountries.isEmpty {
            lines.append(
                "top countries: " + statistics.topCountries.map { "\($0.name) (\($0.count))" }.joined(separator: ", ")
            )
        }
        return lines.joined(separator: "\n")
    }
}
