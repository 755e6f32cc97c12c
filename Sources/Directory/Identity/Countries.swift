import Foundation

/// ISO 3166-1 alpha-2 codes from what people write in a country column: the code itself ("mx"), or the
/// country's name in English, Spanish, French, German or Portuguese ("México", "Mexique", "Mexiko").
///
/// Names come from the locale data that Foundation carries, plus the everyday English names it lacks.
public enum Countries {
    /// The alpha-2 code (upper case) for `text`, or nil when it names no country.
    public static func code(for text: String) -> String? {
        let trimmed = Normalizer.trim(text)
        let upper = trimmed.uppercased()
        if upper.count == 2, table.codes.contains(upper) { return upper }
        return table.byName[Normalizer.normalize(trimmed)]
    }

    private struct Table: Sendable {
        var codes: Set<String> = []
        var byName: [String: String] = [:]
    }

    private static let languages = ["en", "es", "fr", "de", "pt"]

    private static let everydayNames: [String: String] = [
        "usa": "US", "united states of america": "US", "america": "US", "uk": "GB",
        "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
        "czech republic": "CZ", "holland": "NL", "ivory coast": "CI", "burma": "MM", "swaziland": "SZ",
        "russia": "RU", "south korea": "KR", "north korea": "KP", "vatican": "VA", "palestine": "PS",
        "macedonia": "MK", "turkey": "TR", "turkiye": "TR", "east timor": "TL", "cape verde": "CV",
    ]

    private static let table: Table = {
        var table = Table()
        let locales = languages.map { Locale(identifier: $0) }
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy(\.isLetter) else { continue }
            table.codes.insert(code)
            for locale in locales {
                guard let name = locale.localizedString(forRegionCode: code) else { continue }
                let key = Normalizer.normalize(name)
                if !key.isEmpty, table.byName[key] == nil { table.byName[key] = code }
            }
        }
        for (name, code) in everydayNames where table.byName[name] == nil { table.byName[name] = code }
        return table
    }()
}
