import GRDB

/// Swift functions the schema's SQL calls, registered on every connection.
enum SQLFunctions {
    static func register(on db: Database) {
        for function in [transliterated, normalized, placeSearchNames] { db.add(function: function) }
    }

    /// `transliterated(name)`: ``Normalizer/transliterated(_:)``, NULL when the name has nothing to spell out.
    static let transliterated = DatabaseFunction("transliterated", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).flatMap { Normalizer.transliterated($0) }
    }

    /// `normalized(text)`: ``Normalizer/normalize(_:)``.
    static let normalized = DatabaseFunction("normalized", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map { Normalizer.normalize($0) }
    }

    /// `place_search_names(name, names)`: a gazetteer city's name and other names ('|'-separated) as the
    /// search index takes them: normalised, with their transliterations, joined by ' ; '.
    static let placeSearchNames = DatabaseFunction("place_search_names", argumentCount: 2, pure: true) { values in
        let name = String.fromDatabaseValue(values[0]) ?? ""
        let others = String.fromDatabaseValue(values[1]) ?? ""
        var seen: Set<String> = []
        var forms: [String] = []
        for written in [Substring(name)] + others.split(separator: "|") {
            for form in [Normalizer.normalize(written), Normalizer.transliterated(written)] {
                if let form, !form.isEmpty, seen.insert(form).inserted { forms.append(form) }
            }
        }
        return forms.joined(separator: " ; ")
    }
}
