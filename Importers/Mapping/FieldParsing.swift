import Directory

/// The checks of values that CSV lists and directory XML share, each failing with the reason a record is
/// rejected.
enum FieldParsing {
    typealias Rejection = RowMapper.Rejection

    /// An ISO 3166-1 alpha-2 code from a code or a country's name in one of the interface languages.
    static func country(_ text: String?) throws(Rejection) -> String? {
        guard let text else { return nil }
        guard let code = Countries.code(for: text) else {
            throw Rejection(reason: "country '\(text)' is not a known country")
        }
        return code
    }

    /// A point from its two coordinates; both or neither.
    static func coordinates(_ lat: String?, _ lon: String?) throws(Rejection) -> (Double?, Double?) {
        guard lat != nil || lon != nil else { return (nil, nil) }
        guard let lat, let lon else {
            throw Rejection(reason: "a latitude needs a longitude, and the other way round")
        }
        guard let latitude = number(lat), (-90...90).contains(latitude) else {
            throw Rejection(reason: "latitude '\(lat)' is not a number from -90 to 90")
        }
        guard let longitude = number(lon), (-180...180).contains(longitude) else {
            throw Rejection(reason: "longitude '\(lon)' is not a number from -180 to 180")
        }
        return (latitude, longitude)
    }

    /// A decimal number with a point or, as in semicolon-separated European exports, a comma.
    static func number(_ text: String) -> Double? {
        Double(text) ?? Double(text.replacing(",", with: "."))
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `label` names the field in the reason.
    static func date(_ text: String?, label: String) throws(Rejection) -> String? {
        guard let text else { return nil }
        guard let date = PartialDate(text) else {
            throw Rejection(reason: "\(label) '\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        return date.description
    }

    static func visibility(_ text: String?) throws(Rejection) -> Visibility? {
        guard let text else { return nil }
        guard let level = Visibility(rawValue: Normalizer.normalize(text)) else {
            throw Rejection(reason: "visibility '\(text)' is not one of public, partners, private")
        }
        return level
    }

    /// Yes or no, in the languages the headers are read in, and XML's `true` and `false`; nil when absent
    /// (the other sources decide).
    static func sensitive(_ text: String?) throws(Rejection) -> Bool? {
        guard let text else { return nil }
        switch Normalizer.normalize(text) {
        case "yes", "y", "true", "1", "si", "oui", "ja", "sim": return true
        case "no", "n", "false", "0", "non", "nein", "nao": return false
        default: throw Rejection(reason: "sensitive '\(text)' is not yes or no")
        }
    }
}
