/// A language of the synthetic network: the countries that speak it, the words its organizations are named
/// with, and the syllables its invented city names are made of. Several scripts, so that identity and search
/// meet Greek, Cyrillic, Arabic and Japanese as well as accented Latin.
struct Language: Sendable {
    /// Alpha-2 code and the spellings a partner may write in a country column (all known to the importer).
    var countries: [(code: String, spellings: [String])]
    var heads: [String]
    var tails: [String]
    var syllables: [String]
    /// Whether names join syllables without capitals (scripts without case).
    var caseless = false

    static let all: [Language] = [
        Language(
            countries: [
                ("MX", ["MX", "Mexico", "México"]), ("ES", ["ES", "Spain", "España"]), ("AR", ["AR", "Argentina"]),
                ("CO", ["CO", "Colombia"]), ("CL", ["CL", "Chile"]),
            ],
            heads: ["Red", "Colectivo", "Asamblea", "Coordinadora", "Frente", "Casa", "Movimiento", "Comité"],
            tails: [
                "Migrante", "Solidaria", "Antifascista", "por la Dignidad", "de Mujeres", "Vecinal", "sin Fronteras",
                "de Acogida",
            ],
            syllables: ["va", "lle", "mo", "ra", "cor", "do", "ba", "gua", "te", "pec", "san", "tor", "ñe", "jí"]
        ),
        Language(
            countries: [
                ("FR", ["FR", "France"]), ("BE", ["BE", "Belgique", "Belgium"]), ("SN", ["SN", "Sénégal", "Senegal"]),
                ("MA", ["MA", "Maroc", "Morocco", "Marruecos"]), ("TN", ["TN", "Tunisie", "Tunisia"]),
            ],
            heads: ["Collectif", "Réseau", "Association", "Comité", "Maison", "Coordination", "Cercle"],
            tails: [
                "des Exilés", "Solidaire", "Antifasciste", "pour l'Accueil", "Sans Papiers", "Féministe",
                "du Quartier",
            ],
            syllables: ["bel", "mont", "é", "ville", "roc", "pré", "sau", "lé", "mar", "cy", "gné", "beau"]
        ),
        Language(
            countries: [
                ("DE", ["DE", "Deutschland", "Germany", "Allemagne"]), ("AT", ["AT", "Österreich", "Austria"]),
                ("CH", ["CH", "Schweiz", "Suisse", "Switzerland"]),
            ],
            heads: ["Netzwerk", "Initiative", "Bündnis", "Verein", "Kollektiv", "Arbeitskreis"],
            tails: ["für Geflüchtete", "gegen Rechts", "Solidarität", "Zuflucht", "Bleiberecht", "Stadt für Alle"],
            syllables: ["berg", "hau", "sen", "mün", "dorf", "kö", "lin", "stadt", "brü", "weil", "ü", "ß"]
        ),
        Language(
            countries: [("BR", ["BR", "Brasil", "Brazil"]), ("PT", ["PT", "Portugal"])],
            heads: ["Coletivo", "Rede", "Movimento", "Associação", "Frente", "Casa"],
            tails: ["Migrante", "Solidária", "Antifascista", "pela Moradia", "de Mulheres", "Sem Fronteiras"],
            syllables: ["são", "ri", "ão", "lu", "ça", "bo", "ta", "ma", "gi", "ni", "cá", "pe"]
        ),
        Language(
            countries: [("GR", ["GR", "Greece", "Grèce"])],
            heads: ["Δίκτυο", "Συλλογικότητα", "Πρωτοβουλία"],
            tails: ["Αλληλεγγύης", "Προσφύγων", "κατά του Φασισμού"],
            syllables: ["Κα", "λα", "μά", "ρι", "πο", "λη", "θε", "νί", "κη", "σα"]
        ),
        Language(
            countries: [("UA", ["UA", "Ukraine"])],
            heads: ["Мережа", "Ініціатива", "Спілка"],
            tails: ["Солідарності", "Мігрантів", "проти Фашизму"],
            syllables: ["Бо", "ри", "сла", "ві", "ка", "до", "ль", "мир", "ів", "ге"]
        ),
        Language(
            countries: [("EG", ["EG", "Egypt", "Égypte"]), ("JO", ["JO", "Jordan", "Jordanie"])],
            heads: ["شبكة", "جمعية", "مبادرة"],
            tails: ["التضامن", "المهاجرين", "ضد الفاشية"],
            syllables: ["مر", "كا", "سا", "لي", "دة", "بي", "نا", "رة"],
            caseless: true
        ),
        Language(
            countries: [("JP", ["JP", "Japan", "Japon"])],
            heads: ["移住者", "難民", "市民"],
            tails: ["連帯ネットワーク", "支援会", "反ファシズム会議"],
            syllables: ["山", "川", "田", "中", "島", "野", "本", "松", "浜"],
            caseless: true
        ),
        Language(
            countries: [("TR", ["TR", "Türkiye", "Turkey"])],
            heads: ["Göçmen", "Mülteci", "Kent"],
            tails: ["Dayanışma Ağı", "Derneği", "İnisiyatifi"],
            syllables: ["kı", "şla", "yö", "rü", "çe", "li", "İz", "ba", "ğı", "sa"]
        ),
        Language(
            countries: [
                ("US", ["US", "USA", "United States"]), ("GB", ["GB", "UK", "United Kingdom"]),
                ("CA", ["CA", "Canada"]), ("ZA", ["ZA", "South Africa"]),
            ],
            heads: ["Network", "Coalition", "Alliance", "Collective", "Project", "Union"],
            tails: ["for Migrant Justice", "Against Fascism", "Sanctuary", "Solidarity", "for Housing", "of Tenants"],
            syllables: ["ash", "ford", "well", "ton", "brook", "ham", "field", "mere", "ly", "wick"]
        ),
    ]
}
