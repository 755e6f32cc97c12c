/// Stable identities: the same thing described twice gets the same key, so importing again changes nothing.
///
/// - a city is `city:<normalised name>:<country>`;
/// - an organization is its website's canonical address (``WebAddress``) when it has one, else
///   `org:<normalised name>:<country>` (or `org:<normalised name>` when the country is unknown);
/// - a campaign, event, theme or article is `<kind>:<normalised name>`.
public enum EntityKey {
    /// The key of an entity, or nil when its name normalises to nothing (a city also needs a country).
    public static func make(kind: EntityKind, name: String, country: String?, website: String?) -> String? {
        let normalized = Normalizer.normalize(name)
        switch kind {
        case .city:
            guard !normalized.isEmpty, let country, !country.isEmpty else { return nil }
            return "city:\(normalized):\(country.lowercased())"
        case .organization:
            if let website, let address = WebAddress.canonical(website) { return address }
            guard !normalized.isEmpty else { return nil }
            guard let country, !country.isEmpty else { return "org:\(normalized)" }
            return "org:\(normalized):\(country.lowercased())"
        case .campaign, .event, .theme, .article:
            guard !normalized.isEmpty else { return nil }
            return "\(kind.rawValue):\(normalized)"
        }
    }
}
