import Directory

/// What a column of a partner's list holds, whatever its header says.
enum Column: String, CaseIterable, Sendable {
    case kind, name, aliases, description, city, country, region, lat, lon, website, themes, campaigns
    case memberOf = "member_of"
    case organizers
    case partOf = "part_of"
    case allies, status, starts, ends, visibility, sensitive

    /// The column a header names, matched case- and accent-insensitively against English, Spanish, French,
    /// German and Portuguese words ("Ciudad", "thèmes", "Sitio web", "Breitengrad").
    init?(header: String) {
        guard let column = Self.headers[Normalizer.normalize(header)] else { return nil }
        self = column
    }

    private static let headers: [String: Column] = {
        let words: [Column: [String]] = [
            .kind: ["kind", "type", "tipo", "typ", "art", "genre", "categoria", "category"],
            .name: [
                "name", "nombre", "nom", "nome", "title", "titulo", "titre", "titel", "designation", "bezeichnung",
            ],
            .aliases: [
                "aliases", "alias", "aka", "also known as", "other names", "alternate names", "otros nombres",
                "autres noms", "andere namen", "outros nomes",
            ],
            .description: [
                "description", "descripcion", "descricao", "beschreibung", "about", "summary", "resumen", "resume",
                "resumo", "notes", "notas",
            ],
            .city: [
                "city", "ciudad", "ville", "stadt", "cidade", "town", "municipality", "municipio", "commune",
                "gemeinde", "ort", "localidad", "localidade", "location", "lugar", "lieu", "place",
            ],
            .country: [
                "country", "pais", "pays", "land", "country code", "codigo pais", "code pays", "landercode", "nation",
                "staat",
            ],
            .region: [
                "region", "state", "province", "provincia", "estado", "bundesland", "etat", "departement",
                "departamento", "regiao",
            ],
            .lat: ["lat", "latitude", "latitud", "breite", "breitengrad"],
            .lon: ["lon", "lng", "long", "longitude", "longitud", "lange", "laenge", "langengrad", "laengengrad"],
            .website: [
                "website", "web site", "url", "web", "sitio web", "sitio", "site", "site web", "webseite",
                "homepage", "pagina web", "link", "enlace", "lien", "internetseite",
            ],
            .themes: [
                "themes", "theme", "topics", "topic", "tags", "issues", "temas", "tema", "thematiques", "thematique",
                "sujets", "themen", "thema", "schwerpunkte", "movements", "movimientos", "mouvements",
            ],
            .campaigns: [
                "campaigns", "campaign", "campanas", "campana", "campagnes", "campagne", "kampagnen", "kampagne",
                "campanhas", "campanha",
            ],
            .memberOf: [
                "member of", "members of", "membership", "memberships", "networks", "network", "miembro de",
                "redes", "red", "membre de", "reseaux", "reseau", "mitglied von", "mitglied in", "netzwerke",
                "membro de", "rede",
            ],
            .organizers: [
                "organizers", "organizer", "organisers", "organiser", "organized by", "organised by",
                "organizadores", "organizador", "organizado por", "organisateurs", "organisateur", "organise par",
                "veranstalter", "organizadoras",
            ],
            .partOf: ["part of", "parte de", "partie de", "fait partie de", "teil von", "faz parte de"],
            .allies: [
                "allies", "allied with", "aliados", "aliadas", "allies de", "verbundete", "verbuendete", "aliados de",
            ],
            .status: ["status", "estatus", "statut", "situacion", "situacao", "zustand", "sanctuary status"],
            .starts: [
                "starts", "start", "start date", "begins", "from", "date", "fecha", "fecha inicio", "inicio", "desde",
                "since", "debut", "date debut", "beginn", "datum", "data", "data inicio",
            ],
            .ends: [
                "ends", "end", "end date", "until", "to", "fecha fin", "fin", "hasta", "date fin", "ende", "bis", "fim",
                "data fim",
            ],
            .visibility: ["visibility", "visibilidad", "visibilite", "sichtbarkeit", "visibilidade"],
            .sensitive: ["sensitive", "sensible", "sensibel", "sensivel", "sensitivo"],
        ]
        var table: [String: Column] = [:]
        for (column, list) in words {
            table[Normalizer.normalize(column.rawValue)] = column
            for word in list { table[Normalizer.normalize(word)] = column }
        }
        return table
    }()
}
