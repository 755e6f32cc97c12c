/// What a node of the directory graph is.
public enum EntityKind: String, Sendable, Codable, CaseIterable {
    case city
    case organization
    case campaign
    case event
    case theme
    case article

    /// The kinds a CSV list or a `--kind` flag may hold; themes and articles only arise from other records.
    public static let listable: [EntityKind] = [.city, .organization, .campaign, .event]

    /// Recognises a kind written by a person: singular or plural, in English, Spanish, French, German or
    /// Portuguese ("ciudades", "Organisation", "campanhas").
    public init?(loosely text: String) {
        let word = Normalizer.normalize(text)
        guard let kind = Self.words[word] else { return nil }
        self = kind
    }

    private static let words: [String: EntityKind] = {
        let names: [EntityKind: [String]] = [
            .city: ["city", "cities", "ciudad", "ciudades", "ville", "villes", "stadt", "stadte", "cidade", "cidades"],
            .organization: [
                "organization", "organizations", "organisation", "organisations", "org", "orgs", "organizacion",
                "organizaciones", "organizacao", "organizacoes",
            ],
            .campaign: [
                "campaign", "campaigns", "campana", "campanas", "campagne", "campagnes", "kampagne", "kampagnen",
                "campanha", "campanhas",
            ],
            .event: [
                "event", "events", "evento", "eventos", "evenement", "evenements", "veranstaltung",
                "veranstaltungen",
            ],
            .theme: ["theme", "themes", "tema", "temas", "thema", "themen"],
            .article: ["article", "articles", "articulo", "articulos", "artikel", "artigo", "artigos"],
        ]
        var table: [String: EntityKind] = [:]
        for (kind, list) in names { for word in list { table[word] = kind } }
        return table
    }()
}
