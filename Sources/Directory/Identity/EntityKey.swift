/// Stable identities: the same thing described twice gets the same key, so importing again changes nothing.
///
/// - a city is `city:<normalised name>:<country>`;
/// - an organization is its website's canonical address (``WebAddress``) when it has one, else
///   `org:<normalised name>:<country>` (or `org:<normalised name>` when the country is unknown);
/// - a campaign, event, theme or article is `<kind>:<normalised name>`;
/// - an item of a feed is `item:<its id>` (``item(id:scope:)``), so that it stays itself when its title changes.
public enum EntityKey {
    /// The key of a feed's item from its id (a guid, an Atom id, or its link). An id with a URI scheme
    /// (`https:`, `tag:`, `urn:`) is meant to be unique everywhere; any other ("42") only within its feed, so
    /// it is kept under `scope`, the feed's source.
    public static func item(id: String, scope: String) -> String {
        let id = Normalizer.trim(id)
        return hasScheme(id) ? "item:\(id)" : "item:\(scope)#\(id)"
    }

    /// Whether the key was made by ``item(id:scope:)``.
    public static func isItem(_ key: String) -> Bool { key.hasPrefix("item:") }

    /// RFC 3986: a letter, then letters, digits, `+`, `-` or `.`, then a colon.
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon].unicodeScalars
        guard let first = scheme.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return scheme.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || "0123456789+-.".unicodeScalars.contains($0))
        }
    }

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
